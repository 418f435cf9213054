import { expect, Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support/axe';

const DAYS = 90;
/** A string only chart.js's code holds (its error for a reused canvas). */
const CHART_JS_MARK = 'Canvas is already in use';
/** Generous: on a busy two-core machine a cold lazy route can take several seconds. */
const READY_MS = 20_000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Opens Trends once so the app creates and migrates the database, then writes `DAYS` check-ins
 * ending today straight into its `checkins` store, in the repositories' `{ k, v }` layout.
 */
async function seedCheckIns(page: Page, tag?: string): Promise<void> {
  await page.goto('/trends');
  await expect(page.locator('tend-trends-page[data-state="ready"]')).toBeAttached({ timeout: READY_MS });
  await page.evaluate(async ({ count, tag }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const pad = (n: number) => String(n).padStart(2, '0');
    const shifts = ['day', 'evening', 'night', 'call24', 'off'];
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['checkins', 'tags'], 'readwrite');
      if (tag) tx.objectStore('tags').put({ k: 'tag-1', v: { id: 'tag-1', name: tag, archived: false } });
      for (let i = 0; i < count; i++) {
        const date = new Date();
        date.setDate(date.getDate() - i);
        const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
        const stamp = `${day}T20:00:00.000Z`;
        const checkIn = {
          day,
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          mood: (i % 5) + 1,
          energy: ((i + 2) % 5) + 1,
          stress: ((i + 1) % 5) + 1,
          sleepHours: 5 + (i % 7) * 0.5,
          sleepQuality: ((i + 3) % 5) + 1,
          hoursWorked: i % 5 === 4 ? 0 : 8 + (i % 3) * 2,
          shift: shifts[i % 5],
          tagIds: tag && i % 2 ? ['tag-1'] : [],
          note: '',
          createdAt: stamp,
          updatedAt: stamp,
        };
        tx.objectStore('checkins').put({ k: day, v: checkIn });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { count: DAYS, tag });
}

const trendsPage = (page: Page) => page.locator('tend-trends-page');
const checkInChart = (page: Page) => page.locator('tend-trend-chart').first();

async function openTrends(page: Page, path = '/trends'): Promise<void> {
  await page.goto(path);
  await expect(trendsPage(page)).toHaveAttribute('data-state', 'ready', { timeout: READY_MS });
  await expect(page.getByRole('img', { name: /over the last|over all time/ })).toBeVisible();
}

/** Chooses a range and waits until the chart has drawn it. */
async function chooseRange(page: Page, name: string): Promise<void> {
  const drawn = () => page.evaluate(() => performance.getEntriesByName('tend:trends-drawn', 'mark').at(-1)?.startTime ?? 0);
  const before = await drawn();
  await page.getByRole('group', { name: 'Range' }).getByRole('radio', { name }).check();
  await expect.poll(drawn).not.toBe(before);
}

async function drawnValues(page: Page): Promise<(number | null)[][]> {
  return JSON.parse((await checkInChart(page).getAttribute('data-values')) ?? '[]');
}

/** The table's first value column, read as the chart would hold it. */
async function tableColumn(page: Page, column: number): Promise<(number | null)[]> {
  const cells = await checkInChart(page).locator('tbody tr').evaluateAll(
    (rows, i) => rows.map((row) => row.querySelectorAll('td')[i]?.textContent ?? ''),
    column,
  );
  return cells.map((text) => (text === '—' ? null : Number(text)));
}

test('charts 90 days of check-ins by range, with a table of the same numbers, kept across a reload', async ({ page }) => {
  await seedCheckIns(page);
  await openTrends(page);
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  expect((await drawnValues(page))[0].filter((v) => v !== null).length).toBeGreaterThanOrEqual(29);

  await chooseRange(page, '7 days');
  await expect(page).toHaveURL(/range=7d/);
  await checkInChart(page).getByRole('button', { name: /Show as table/ }).click();
  await expect(checkInChart(page).getByRole('table')).toBeVisible();
  let values = await drawnValues(page);
  expect(values[0].length).toBe(7);
  expect(await tableColumn(page, 0)).toEqual(values[0]);
  expect(await tableColumn(page, 1)).toEqual(values[1]);

  await chooseRange(page, '90 days');
  values = await drawnValues(page);
  expect(values[0].length).toBe(90);
  expect(await tableColumn(page, 0)).toEqual(values[0]);

  await page.getByRole('group', { name: 'Measure' }).getByRole('radio', { name: 'Sleep hours' }).check();
  await expect(page).toHaveURL(/metric=sleepHours/);
  await expect(page.getByRole('img', { name: 'Sleep over the last 90 days' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'By shift type' })).toBeVisible();
  await expect(page.getByText(/Spearman/)).toBeVisible();

  await page.reload();
  await expect(trendsPage(page)).toHaveAttribute('data-state', 'ready', { timeout: READY_MS });
  await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Sleep hours' })).toBeChecked();

  // Long ranges become weeks or months on a phone, never more points than pixels.
  await page.setViewportSize({ width: 390, height: 844 });
  await chooseRange(page, 'All time');
  await expect.poll(async () => (await drawnValues(page))[0].length).toBeLessThanOrEqual(170);
});

test('the range radios move with the arrow keys, and focus stays on them', async ({ page }) => {
  await seedCheckIns(page);
  await openTrends(page);
  await page.getByRole('radio', { name: '30 days' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
  await expect(page).toHaveURL(/range=90d/);
  await expect(page.getByRole('radio', { name: '90 days' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '1 year' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '1 year' })).toBeFocused();
  await expect(page).toHaveURL(/range=365d&metric=mood/);
});

test('the legend’s buttons hide and show a series by keyboard, across a range switch', async ({ page }) => {
  await seedCheckIns(page);
  await openTrends(page);
  const pixels = () => checkInChart(page).locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  const bothDrawn = await pixels();
  const rolling = checkInChart(page).getByRole('button', { name: /^7-day average/ });
  await expect(rolling).toHaveAttribute('aria-pressed', 'true');
  expect((await rolling.boundingBox())!.height).toBeGreaterThanOrEqual(48);

  await rolling.focus();
  await page.keyboard.press('Space');
  await expect(rolling).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(pixels).not.toBe(bothDrawn);

  await chooseRange(page, '7 days');
  await expect(rolling).toHaveAttribute('aria-pressed', 'false');
  await chooseRange(page, '30 days');
  await rolling.focus();
  await page.keyboard.press('Enter');
  await expect(rolling).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(pixels).toBe(bothDrawn);
});

test('saves a chart as a PNG file', async ({ page }) => {
  await seedCheckIns(page);
  await openTrends(page);
  const download = page.waitForEvent('download');
  await checkInChart(page).getByRole('button', { name: /Save as PNG/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tend-mood-30d-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.length).toBeGreaterThan(2000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Trends with charts, tables and patterns passes axe in ${colorScheme} mode`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await seedCheckIns(page);
    await openTrends(page);
    await checkInChart(page).getByRole('button', { name: /Show as table/ }).click();
    await expectNoAxeViolations(page, `trends (${colorScheme})`);
  });
}

test('with charts and tables open, text zoomed to 200 % reflows without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedCheckIns(page);
  await openTrends(page, '/trends?range=7d');
  await checkInChart(page).getByRole('button', { name: /Show as table/ }).click();
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await expect(checkInChart(page).getByRole('table')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('chart.js loads with Trends, and not with Today even once the other screens’ code has loaded; pointing at Trends starts it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('tend:route-warm-up', 'measure').length > 0);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((code) => code.includes(CHART_JS_MARK))).toBe(false);

  // Pointing at the link loads the chart code before any click.
  const trendsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' });
  await trendsLink.hover();
  await expect.poll(() => scripts.some((code) => code.includes(CHART_JS_MARK))).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await trendsLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
});

test('on a phone, the by-tag table and its caption fit the card, even with a long tag name', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seedCheckIns(page, 'Interdisciplinary');
  await openTrends(page);
  const card = page.locator('tend-group-means-table').filter({ has: page.getByRole('heading', { name: 'By tag' }) });
  await expect(card.getByRole('rowheader', { name: 'Interdisciplinary' })).toBeVisible();
  const region = card.getByRole('region');
  const fits = await region.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const caption = el.querySelector('caption')!.getBoundingClientRect();
    return { overflow: el.scrollWidth - el.clientWidth, captionPastEdge: caption.right - box.right };
  });
  expect(fits.overflow).toBeLessThanOrEqual(0);
  expect(fits.captionPastEdge).toBeLessThanOrEqual(0);
});
