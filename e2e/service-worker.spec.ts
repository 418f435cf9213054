import { expect, test } from '@playwright/test';
import { waitForPrefetchCached } from './support/service-worker';

test("Tend's worker wraps Angular's: it controls the page and answers update checks", async ({ page }) => {
  await page.goto('/');
  await waitForPrefetchCached(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/tend-worker\.js$/);

  const answer = await page.evaluate(
    () =>
      new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event) => {
          if (event.data?.type === 'OPERATION_COMPLETED' && event.data.nonce === 7) resolve(event.data);
        });
        navigator.serviceWorker.controller!.postMessage({ action: 'CHECK_FOR_UPDATES', nonce: 7 });
      }),
  );
  expect(answer).toEqual(expect.objectContaining({ result: false }));

  // The worker script is fetched by the browser itself; caching it as an app file would be waste.
  const manifest = await page.evaluate(async () => (await fetch('/ngsw.json')).json());
  expect(manifest.assetGroups.flatMap((group: { urls: string[] }) => group.urls)).not.toContain('/tend-worker.js');
});
