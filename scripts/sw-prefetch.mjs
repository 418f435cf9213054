/**
 * Waits until the service worker has cached every URL that ngsw.json lists for prefetch. Waiting
 * for `navigator.serviceWorker.ready` alone flakes: the cache fills after activation.
 * Shared by the e2e tests and the benchmark.
 */
export async function waitForPrefetchCached(page, timeoutMs = 30_000) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: timeoutMs });
  await page.waitForFunction(
    async () => {
      const manifest = await (await fetch('/ngsw.json', { cache: 'no-store' })).json();
      const urls = manifest.assetGroups.filter((g) => g.installMode === 'prefetch').flatMap((g) => g.urls);
      const names = await caches.keys();
      for (const url of urls) {
        let found = false;
        for (const name of names) {
          if (await (await caches.open(name)).match(url)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return urls.length > 0;
    },
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );
}
