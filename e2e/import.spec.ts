import { expect, Page, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { waitForPrefetchCached } from './support/service-worker';

// A fixed afternoon in Chicago, so "today" is Saturday 28 November whenever the suite runs.
test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });
test.describe.configure({ timeout: 180_000 });
const NOW = new Date('2026-11-28T15:00:00-06:00');

const DAYLIO_CSV = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2026-11-27,November 27,Friday,21:14,good,work | ward 9,Good day,"Coffee with Sam, then a long walk home."',
  '2026-11-26,November 26,Thursday,08:30,meh,sleep,,',
  '2026-11-25,November 25,Wednesday,9:00 PM,awful,work,,"Long shift<br>Lost a patient."',
].join('\n');

/** Moves within the app as a user does, through its links: the page is never reloaded. */
async function follow(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).first().click();
}
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openToday(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Recent days' }).getByText('Friday, Nov 27: no check-in')).toBeAttached();
  await waitForPrefetchCached(page);
}

test('an import shows in History, Today and Trends at once, without a reload', async ({ page }) => {
  await openToday(page);
  await mainNav(page).getByRole('link', { name: 'Check-in' }).click();
  await follow(page, 'History and export');
  await expect(page.getByText('No check-ins yet.')).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Journal' }).click();
  await follow(page, 'Import from Daylio');
  await page.getByLabel('Daylio CSV export').setInputFiles({ name: 'daylio_export.csv', mimeType: 'text/csv', buffer: Buffer.from(DAYLIO_CSV) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText(/Imported 3 check-ins, 2 journal entries and 3 new tags\./);

  await mainNav(page).getByRole('link', { name: 'Check-in' }).click();
  await follow(page, 'History and export');
  await expect(page.getByRole('heading', { name: 'Friday, Nov 27' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wednesday, Nov 25' })).toBeVisible();
  await expect(page.getByText('No check-ins yet.')).toHaveCount(0);

  await mainNav(page).getByRole('link', { name: 'Today' }).click();
  const recent = page.getByRole('list', { name: 'Recent days' });
  await expect(recent.getByText('Friday, Nov 27: mood Good')).toBeAttached();
  await expect(recent.getByText('Wednesday, Nov 25: mood Very low')).toBeAttached();

  await page.getByRole('link', { name: 'Trends' }).first().click();
  const trends = page.locator('tend-trends-page');
  await expect(trends).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect
    .poll(async () => JSON.parse((await page.locator('tend-trend-chart').first().getAttribute('data-values')) ?? '[[]]')[0].filter((v: number | null) => v !== null))
    .toEqual([1, 3, 4]);
});

test("a tag made in a journal entry is in the check-in's tag picker, without a reload", async ({ page }) => {
  await openToday(page);
  await mainNav(page).getByRole('link', { name: 'Check-in' }).click();
  await page.getByText('Sleep, work, tags and note').click();
  await expect(page.getByRole('checkbox', { name: 'Ward 7' })).toHaveCount(0);

  await mainNav(page).getByRole('link', { name: 'Journal' }).click();
  await follow(page, 'New entry');
  await page.getByLabel('Your entry').fill('Handover on Ward 7 went well.');
  await page.getByLabel('New tag').fill('Ward 7');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('checkbox', { name: 'Ward 7' })).toBeChecked();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Check-in' }).click();
  await page.getByText('Sleep, work, tags and note').click();
  await expect(page.getByRole('checkbox', { name: 'Ward 7' })).not.toBeChecked();
});

/**
 * A Daylio export of about `megabytes` (three entries a day back from 2026-11-27, with long notes),
 * written to a file: a buffer handed to setInputFiles is decoded by script on the page's thread.
 */
async function largeExport(megabytes: number): Promise<string> {
  const note = 'Long shift, the ward was full; talked it over with Ana &amp; Luis.<br>Felt better after. '.repeat(12);
  const lines = ['full_date,date,weekday,time,mood,activities,note_title,note'];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const day = new Date(Date.UTC(2026, 10, 27) - Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    const line = `${day},x,x,${(i % 12) + 8}:${String(i % 60).padStart(2, '0')},${['rad', 'good', 'meh', 'bad', 'awful'][i % 5]},"work | walk","Entry ${i}","${note}"`;
    lines.push(line);
    size += line.length + 1;
  }
  const path = test.info().outputPath(`daylio-${megabytes}-mb.csv`);
  await writeFile(path, lines.join('\n'));
  return path;
}

test('a large Daylio file is read without holding the page, with its progress shown', async ({ page }) => {
  await openToday(page);
  await page.goto('/journal/import');
  // Long tasks on the page's thread while the file is read: the worker's time is not among them.
  await page.evaluate(() => {
    const tasks: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const file = await largeExport(12);
  await page.getByLabel('Daylio CSV export').setInputFiles(file);
  await expect(page.getByRole('progressbar', { name: /^Reading the file: \d+ %$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview of daylio-12-mb.csv' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  expect(longest).toBeLessThan(500);
});

test('a file over 20 MB is refused with the limit, and nothing is read or stored', async ({ page }) => {
  await openToday(page);
  await page.goto('/journal/import');
  await page.getByLabel('Daylio CSV export').setInputFiles(await largeExport(21));
  await expect(page.getByRole('alert')).toHaveText(/^This file is 21\.\d MB\. Tend imports Daylio exports of up to 20 MB/);
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
});
