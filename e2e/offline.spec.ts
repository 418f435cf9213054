import { expect, test } from '@playwright/test';
import { waitForPrefetchCached } from './support/service-worker';

test('after the first visit the shell and Get help now work offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForPrefetchCached(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.getByRole('link', { name: 'Get help now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();

  // A deep link typed while offline is served from the cache too.
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.goto('/help');
  await expect(page.getByRole('link', { name: /Physician Support Line|1-888-409-0141/ }).first()).toBeVisible();
});
