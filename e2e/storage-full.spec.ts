import { expect, Page, test } from '@playwright/test';
import { waitForPrefetchCached } from './support/service-worker';

const FULL = /This device's storage for Tend is full/;

/**
 * Caps the origin's quota just under what it already uses, so every further write fails with
 * QuotaExceededError. Under, not at: a deleted cache (the app's own storage check) is freed
 * only once nothing holds it, so the usage read here can still drop a little. (A quota of 0
 * would reset the override.)
 */
async function fillQuota(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.max(1, usage - 256 * 1024) });
}

async function installWorker(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await waitForPrefetchCached(page);
}

test('with storage full, Get help now still loads and the shell says storage is full', async ({ page }) => {
  await installWorker(page);
  await fillQuota(page);

  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: FULL })).toContainText(/free space|export/i);

  await page.reload();
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
});

test('offline with storage full, Get help now still loads from the cache', async ({ page, context }) => {
  await installWorker(page);
  await fillQuota(page);
  await context.setOffline(true);

  await page.goto('/help');
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: FULL })).toBeVisible();
});

test('a first visit with storage full shows Get help now and says storage is full', async ({ page, baseURL }) => {
  // Nothing is stored yet, so even creating the database fails (a quota of 0 would reset the override).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 });
  await page.goto('/help');
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: FULL })).toBeVisible();
});

test('saving a journal entry on a full disk names the cause once, without contradictions', async ({ page }) => {
  await page.goto('/journal/new');
  await expect(page.getByLabel('Your entry')).toBeVisible();
  await fillQuota(page);
  await page.getByLabel('Your entry').fill('Long shift, and the storage is full.');
  await page.getByRole('button', { name: 'Save entry' }).click();

  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveText([
    "Neither the entry nor its draft could be saved: This device's storage for Tend is full. Free space on the device, or export your data and delete old entries. Your words are still here while this page stays open.",
  ]);
  await expect(page.getByLabel('Your entry')).toHaveValue('Long shift, and the storage is full.');
});

test('a Daylio import on a full disk says why nothing was imported', async ({ page }) => {
  await page.goto('/journal/import');
  await page.getByLabel('Daylio CSV export').setInputFiles({
    name: 'daylio_export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('full_date,date,weekday,time,mood,activities,note_title,note\n2026-03-02,March 2,Monday,21:14,good,work,,A note.\n'),
  });
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
  await fillQuota(page);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Nothing was imported: This device's storage for Tend is full\. Free space on the device/);
});
