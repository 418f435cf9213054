import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForPrefetchCached } from './support/service-worker';

test('Chromium reports no installability error for the manifest', async ({ baseURL }, testInfo) => {
  // A test's default context is incognito, where nothing is installable: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'tend-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForPrefetchCached(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest is complete: ids, colours, icons incl. maskable, shortcuts', async ({ page }) => {
  await page.goto('/');
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toEqual(
    expect.objectContaining({
      id: '/',
      name: expect.stringContaining('Tend'),
      short_name: 'Tend',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#/),
      background_color: expect.stringMatching(/^#/),
    }),
  );
  const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  expect(manifest.shortcuts.map((s: { name: string }) => s.name)).toEqual(['Check in', 'Breathe']);
  const sources: string[] = [
    ...manifest.icons.map((i: { src: string }) => i.src),
    ...manifest.shortcuts.flatMap((s: { icons: { src: string }[] }) => s.icons.map((i) => i.src)),
  ];
  for (const src of sources) {
    const status = await page.evaluate(async (url) => (await fetch(url)).status, src);
    expect(status, src).toBe(200);
  }
});

test('"Not now" on Today hides the install card, and it stays hidden after a reload', async ({ page }) => {
  const offerInstall = () =>
    page.evaluate(() => {
      const offer = { prompt: () => Promise.resolve(), userChoice: Promise.resolve({ outcome: 'dismissed' }) };
      dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), offer));
    });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await offerInstall();
  const card = page.getByRole('region', { name: 'Install Tend' });
  await expect(card.getByRole('button', { name: 'Install' })).toBeVisible();
  await card.getByRole('button', { name: 'Not now' }).click();
  await expect(card).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await offerInstall();
  await page.waitForTimeout(500);
  await expect(card).toHaveCount(0);
});
