import { Page } from '@playwright/test';

/**
 * Waits until the service worker has cached every URL that ngsw.json lists for prefetch. Waiting
 * for `navigator.serviceWorker.ready` alone flakes: the cache fills after activation.
 */
export async function waitForPrefetchCached(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: timeoutMs });
  await page.waitForFunction(
    async () => {
      const manifest = await (await fetch('/ngsw.json', { cache: 'no-store' })).json();
      const urls: string[] = manifest.assetGroups
        .filter((group: { installMode: string }) => group.installMode === 'prefetch')
        .flatMap((group: { urls: string[] }) => group.urls);
      for (const url of urls) {
        let found = false;
        for (const name of await caches.keys()) {
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
