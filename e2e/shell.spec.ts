import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { TOP_LEVEL_ROUTES } from './support/routes';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every screen in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const route of TOP_LEVEL_ROUTES) {
      test(`${route.path} renders its heading, title and no axe violation`, async ({ page }) => {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
        await expect(page).toHaveTitle(route.path === '/' ? 'Today · Tend' : `${route.heading} · Tend`);
        await expect(page.getByRole('link', { name: 'Get help now' })).toBeVisible();
        await expectNoAxeViolations(page, `${route.path} (${colorScheme})`);
      });
    }
  });
}

test('the phone layout has a bottom bar with More, and More leads to the other screens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Trends' })).toBeHidden();
  await nav.getByRole('link', { name: 'More' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'More' })).toBeFocused();
  await page.getByRole('main').getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
  await expectNoAxeViolations(page, 'phone layout');
});

test('an unknown address says so and leads back to Today', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('the dark override in Settings survives a reload', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await expectNoAxeViolations(page, 'settings (dark override)');
});

test('text zoomed to 200 % reflows without sideways scrolling on every screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const route of TOP_LEVEL_ROUTES) {
    await page.goto(route.path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route.path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test('once Today has settled, the main screens’ code is already loaded; under Save-Data it is not', async ({ browser }) => {
  /** The scripts a page requests while Check-in opens from Today, once `settle` has run. */
  async function scriptsOpeningCheckIn(settle: (page: Page) => Promise<void>, init?: () => void): Promise<string[]> {
    const page = await browser.newPage();
    if (init) await page.addInitScript(init);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await settle(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-in' }).click();
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
    await page.close();
    return scripts;
  }
  const saveData = () => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) });

  const withoutWarmUp = await scriptsOpeningCheckIn((page) => page.waitForTimeout(4000), saveData);
  const checkInCode = withoutWarmUp[0];
  expect(checkInCode, 'under Save-Data, opening Check-in fetches its code').toMatch(/\.js$/);

  const warmedUp = await scriptsOpeningCheckIn((page) =>
    page.waitForFunction(() => performance.getEntriesByName('tend:route-warm-up', 'measure').length > 0).then(() => undefined),
  );
  expect(warmedUp).not.toContain(checkInCode);
});
