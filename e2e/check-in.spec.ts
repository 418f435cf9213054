import { BrowserContext, expect, Locator, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { waitForPrefetchCached } from './support/service-worker';

// A fixed afternoon in Chicago, so "today" is Saturday 28 November whenever the suite runs.
test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });
// These journeys visit several pages and run axe often; other builds may share the machine.
test.describe.configure({ timeout: 180_000 });
const NOW = new Date('2026-11-28T15:00:00-06:00');

async function openCheckIn(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/check-in');
  await expect(page.getByText('Counts for Saturday, Nov 28 — your day starts at 04:00.')).toBeVisible();
}

/**
 * On a first visit the service worker fetches every file at once, and a lazy page asked for in
 * the meantime can wait many seconds on a busy machine. Journeys that move between pages wait
 * for that first.
 */
async function openCheckInInstalled(page: Page): Promise<void> {
  await openCheckIn(page);
  await waitForPrefetchCached(page);
}

const choice = (page: Page, group: string, name: string): Locator =>
  page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });

async function threeTapCheckIn(page: Page, mood: string, energy: string, stress: string): Promise<number> {
  let taps = 0;
  const tap = async (target: Locator) => {
    await target.click();
    taps++;
  };
  await tap(choice(page, 'Mood', mood));
  await tap(choice(page, 'Energy', energy));
  await tap(choice(page, 'Stress', stress));
  await tap(page.getByRole('button', { name: 'Save check-in' }));
  return taps;
}

test('a check-in takes three taps and Save, and then shows as done', async ({ page }) => {
  await openCheckIn(page);
  // Mood, energy, stress, then Save: everything else is already filled in.
  expect(await threeTapCheckIn(page, 'Good', 'Steady', 'Calm')).toBe(4);

  await expect(page.getByRole('status')).toHaveText('Check-in saved for Saturday, Nov 28.');
  await expect(page.getByText('Checked in for today.')).toBeVisible();
  await expect(page.getByText('Checked in on 1 of the last 7 days')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recent days' }).getByText('Saturday, Nov 28: mood Good')).toBeAttached();

  await page.reload();
  await expect(page.getByText('Checked in for today.')).toBeVisible();
  await expect(choice(page, 'Mood', 'Good')).toBeChecked();
});

test('a failed save explains what is missing and stores nothing', async ({ page }) => {
  await openCheckIn(page);
  await choice(page, 'Energy', 'Low').click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(choice(page, 'Mood', 'Very low')).toBeFocused();
  await expect(page.getByText('Choose how your mood is, from 1 to 5.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('');
  await page.reload();
  await expect(page.getByText('Checked in on 0 of the last 7 days')).toBeVisible();
});

test('works by keyboard alone', async ({ page }) => {
  await openCheckIn(page);
  await choice(page, 'Mood', 'Very low').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(choice(page, 'Mood', 'Okay')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(choice(page, 'Energy', 'Drained')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(choice(page, 'Stress', 'A little')).toBeChecked();
  await page.keyboard.press('Tab'); // the "Sleep, work, tags and note" summary
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Check-in saved for Saturday, Nov 28.');
});

test('offline after the first visit, a check-in is saved and is still there after a reload', async ({ page, context }) => {
  await openCheckIn(page);
  await waitForPrefetchCached(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await threeTapCheckIn(page, 'Low', 'Drained', 'High');
  await expect(page.getByRole('status')).toHaveText('Check-in saved for Saturday, Nov 28.');
  await page.reload();
  await expect(page.getByText('Checked in for today.')).toBeVisible();
  await expect(choice(page, 'Stress', 'High')).toBeChecked();
});

test('a past day can be checked in later and edited from the history', async ({ page }) => {
  await openCheckInInstalled(page);
  await page.getByRole('link', { name: 'History and export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in history' })).toBeVisible();
  await page.getByLabel('Day', { exact: true }).fill('2026-11-26');
  await page.getByRole('button', { name: 'Open that day' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in for a past day' })).toBeVisible();
  await expect(page.getByText('For Thursday, Nov 26.')).toBeVisible();
  await threeTapCheckIn(page, 'Very low', 'Drained', 'Overwhelming');
  await expect(page.getByRole('status')).toHaveText('Check-in saved for Thursday, Nov 26.');

  await page.getByRole('link', { name: 'Back to history' }).click();
  const day = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Thursday, Nov 26' }) });
  await expect(day).toContainText('Very low');
  await day.getByRole('link', { name: 'Edit Thursday, Nov 26' }).click();
  await expect(choice(page, 'Mood', 'Very low')).toBeChecked();
  await choice(page, 'Mood', 'Okay').click();
  await page.getByText('Sleep, work, tags and note').click();
  await page.getByLabel('Note (optional)').fill('Better than it felt.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status')).toHaveText('Check-in saved for Thursday, Nov 26.');

  await page.getByRole('link', { name: 'Back to history' }).click();
  await expect(day).toContainText('Okay');
  await expect(day).toContainText('Better than it felt.');
  // Today is still open: filling in Thursday did not count for today.
  await expect(page.getByRole('heading', { name: 'Saturday, Nov 28' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toBe('tend-check-ins-2026-11-28.csv');
});

test('tags are created on their page and in the check-in, which saves a new tag with it', async ({ page }) => {
  await openCheckInInstalled(page);
  await page.getByRole('link', { name: 'Manage tags' }).click();
  await page.getByLabel('New tag').fill('Trauma bay');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('status')).toHaveText('Tag “Trauma bay” added.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Trauma bay' })).toContainText('not used yet');
  await page.getByLabel('New tag').fill('trauma BAY');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('There is already a tag called “Trauma bay”.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to the check-in' }).click();
  await page.getByText('Sleep, work, tags and note').click();
  await page.getByRole('checkbox', { name: 'Trauma bay' }).check();
  await page.getByLabel('New tag').fill('Nights');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('checkbox', { name: 'Nights' })).toBeChecked();
  await threeTapCheckIn(page, 'Okay', 'Low', 'Moderate');
  await expect(page.getByRole('status')).toHaveText('Check-in saved for Saturday, Nov 28.');

  await page.getByRole('link', { name: 'Manage tags' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Nights' })).toContainText('used on 1 day');
  await expect(page.getByRole('listitem').filter({ hasText: 'Trauma bay' })).toContainText('used on 1 day');
  await page.getByRole('button', { name: 'Archive Nights' }).click();
  await expect(page.getByRole('status')).toHaveText('“Nights” archived. Past check-ins keep it.');
  await expect(page.getByRole('button', { name: 'Restore Nights' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`check-in, tag, history, reminder and print pages pass axe in ${colorScheme} mode`, async ({ page }) => {
    // No fixed clock here: axe measures its own time.
    await page.emulateMedia({ colorScheme });
    await page.goto('/check-in');
    await expect(page.getByText(/^Counts for/)).toBeVisible();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Sleep, work, tags and note').click();
    await expectNoAxeViolations(page, `check-in with errors (${colorScheme})`);
    await threeTapCheckIn(page, 'Great', 'Full of energy', 'Calm');
    await expect(page.getByRole('status')).not.toBeEmpty();
    await expectNoAxeViolations(page, `check-in saved (${colorScheme})`);

    await page.goto('/check-in/tags');
    await page.getByLabel('New tag').fill('Clinic');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('button', { name: 'Rename Clinic' }).click();
    await expectNoAxeViolations(page, `tags (${colorScheme})`);

    await page.goto('/check-in/history');
    await expect(page.getByRole('link', { name: /^Edit / })).toBeVisible();
    await expectNoAxeViolations(page, `history (${colorScheme})`);

    await page.goto('/check-in/reminder');
    await page.getByLabel('Remind me to check in each day').check();
    await expect(page.getByLabel('Also show a notification on this device')).toBeVisible();
    await expectNoAxeViolations(page, `reminder (${colorScheme})`);

    await page.goto('/check-in/print');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, `print (${colorScheme})`);
  });
}

test('the reminder page offers a calendar file and keeps streaks off until asked', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/check-in/reminder');
  await expect(page.getByLabel('Show how many days in a row I have checked in')).not.toBeChecked();
  await page.getByLabel('Time', { exact: true }).fill('07:30');
  await page.getByLabel('Time', { exact: true }).blur();
  await expect(page.getByRole('status')).toHaveText('Saved on this device.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('tend-check-in-reminder.ics');
  expect(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString())).toContain(
    'DTSTART:20261128T073000',
  );
});

async function downloadedText(page: Page, button: Locator): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  const chunks = await (await (await download).createReadStream()).toArray();
  return Buffer.concat(chunks).toString();
}

test('a mood-only check-in stores nothing the user did not answer, and yesterday is only offered', async ({ page }) => {
  await openCheckInInstalled(page);
  // Yesterday's check-in, with sleep and work answered.
  await page.goto('/check-in/day/2026-11-27');
  await choice(page, 'Mood', 'Okay').click();
  await page.getByText('Sleep, work, tags and note').click();
  await page.getByLabel('Hours slept').selectOption({ label: '5½ h' });
  await choice(page, 'Shift', 'Night shift').click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved' })).toHaveText('Check-in saved for Friday, Nov 27.');

  // Today: Check-in, a mood, Save. Nothing else is filled in for the user.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByText('Counts for Saturday, Nov 28')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Same as yesterday' })).toBeVisible();
  await page.getByText('Sleep, work, tags and note').click();
  await expect(page.getByLabel('Hours slept')).toHaveValue('');
  await expect(page.getByRole('group', { name: 'Shift' }).getByRole('radio', { checked: true })).toHaveCount(0);
  await choice(page, 'Mood', 'Good').click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved' })).toHaveText('Check-in saved for Saturday, Nov 28.');

  await page.goto('/check-in/history');
  const csv = await downloadedText(page, page.getByRole('button', { name: 'Download CSV' }));
  const rows = csv.trim().split(/\r?\n/);
  expect(rows[0]).toBe('day,zone,mood,energy,stress,sleep_hours,sleep_quality,hours_worked,shift,tags,note,created_at,updated_at');
  expect(rows[1]).toMatch(/^2026-11-27,America\/Chicago,3,,,5\.5,,,night,,,/);
  expect(rows[2]).toMatch(/^2026-11-28,America\/Chicago,4,,,,,,,,,/);
});

test('"Same as yesterday" fills sleep, work and shift in one tap, and they are saved', async ({ page }) => {
  await openCheckInInstalled(page);
  await page.goto('/check-in/day/2026-11-27');
  await choice(page, 'Mood', 'Okay').click();
  await page.getByText('Sleep, work, tags and note').click();
  await page.getByLabel('Hours slept').selectOption({ label: '6 h' });
  await page.getByLabel('Hours worked').fill('12.5');
  await choice(page, 'Shift', 'Night shift').click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();

  await page.goto('/check-in');
  await expect(page.getByText('Yesterday: Sleep 6 h · Night shift, 12½ h worked')).toBeVisible();
  await page.getByRole('button', { name: 'Same as yesterday' }).click();
  await choice(page, 'Mood', 'Low').click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();
  await page.reload();
  await page.getByText('Sleep, work, tags and note').click();
  await expect(page.getByLabel('Hours slept')).toHaveValue('6');
  await expect(page.getByLabel('Hours worked')).toHaveValue('12.5');
  await expect(choice(page, 'Shift', 'Night shift')).toBeChecked();
});

test('unsaved input is kept when leaving for the journal, and after a reload, until discarded', async ({ page }) => {
  // Reloading with unsaved input asks first (beforeunload); the test says leave.
  page.on('dialog', (dialog) => void dialog.accept());
  await openCheckInInstalled(page);
  await choice(page, 'Mood', 'Low').click();
  await choice(page, 'Energy', 'Drained').click();
  await page.getByText('Sleep, work, tags and note').click();
  await page.getByLabel('Note (optional)').fill('Three admissions before noon.');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await nav.getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByText('Restored your unsaved check-in')).toBeVisible();
  await expect(choice(page, 'Mood', 'Low')).toBeChecked();
  await expect(choice(page, 'Energy', 'Drained')).toBeChecked();
  await page.getByText('Sleep, work, tags and note').click();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Three admissions before noon.');
  await expectNoAxeViolations(page, 'check-in with a restored draft');

  await page.reload();
  await expect(page.getByText('Restored your unsaved check-in')).toBeVisible();
  await expect(choice(page, 'Mood', 'Low')).toBeChecked();
  await page.getByText('Sleep, work, tags and note').click();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Three admissions before noon.');

  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(choice(page, 'Mood', 'Low')).not.toBeChecked();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('');
  await page.reload();
  await expect(page.getByText('Counts for Saturday, Nov 28')).toBeVisible();
  await expect(page.getByText('Restored your unsaved check-in')).toHaveCount(0);
  await expect(choice(page, 'Mood', 'Low')).not.toBeChecked();
});

test.describe('two tabs', () => {
  // The fixed clock is the context's: every tab opened in it shares it, and IndexedDB.
  async function openSecondTab(context: BrowserContext): Promise<Page> {
    const b = await context.newPage();
    await b.goto('/check-in');
    await expect(b.getByText('Counts for Saturday, Nov 28')).toBeVisible();
    return b;
  }

  test("a save never silently undoes another tab's: it offers to keep mine or theirs", async ({ page: a, context }) => {
    await openCheckInInstalled(a);
    await threeTapCheckIn(a, 'Okay', 'Steady', 'Moderate');
    await expect(a.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();
    const b = await openSecondTab(context);
    await expect(choice(b, 'Mood', 'Okay')).toBeChecked();

    // B starts a note; A then sets the mood to Great and saves.
    await b.getByText('Sleep, work, tags and note').click();
    await b.getByLabel('Note (optional)').fill('Rough handover.');
    await choice(a, 'Mood', 'Great').click();
    await a.getByRole('button', { name: 'Save check-in' }).click();
    await expect(a.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();

    // B keeps its note, and says what happened.
    await expect(b.getByText('This check-in was changed in another tab.')).toBeVisible();
    await expect(b.getByLabel('Note (optional)')).toHaveValue('Rough handover.');
    await b.getByRole('button', { name: 'Save check-in' }).click();
    const conflict = b.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toBeFocused();
    await expect(conflict).toContainText('Mood: Great in the other tab, Okay in yours');
    await expect(conflict).toContainText('Note: none in the other tab, “Rough handover.” in yours');
    await expect(b.getByText(/^Check-in saved/)).toHaveCount(0);
    await expectNoAxeViolations(b, 'check-in conflict');

    await b.keyboard.press('Tab');
    await expect(b.getByRole('button', { name: 'Keep theirs' })).toBeFocused();
    await b.keyboard.press('Enter');
    await expect(conflict).toHaveCount(0);
    await expect(choice(b, 'Mood', 'Great')).toBeChecked();
    await expect(b.getByLabel('Note (optional)')).toHaveValue('');
    await b.reload();
    await expect(choice(b, 'Mood', 'Great')).toBeChecked();
    await expect(b.getByText('Restored your unsaved check-in')).toHaveCount(0);
  });

  test('"Keep mine" saves my form over theirs, and the other tab shows it', async ({ page: a, context }) => {
    await openCheckInInstalled(a);
    await threeTapCheckIn(a, 'Okay', 'Steady', 'Moderate');
    await expect(a.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();
    const b = await openSecondTab(context);
    await b.getByText('Sleep, work, tags and note').click();
    await b.getByLabel('Note (optional)').fill('Rough handover.');
    await choice(a, 'Mood', 'Great').click();
    await a.getByRole('button', { name: 'Save check-in' }).click();
    await expect(a.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();
    await expect(b.getByText('This check-in was changed in another tab.')).toBeVisible();

    await b.getByRole('button', { name: 'Save check-in' }).click();
    await b.getByRole('button', { name: 'Keep mine' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'Check-in saved' })).toHaveText('Check-in saved for Saturday, Nov 28.');
    // A had nothing unsaved: it shows what B saved, without a reload.
    await expect(choice(a, 'Mood', 'Okay')).toBeChecked();
    await a.getByText('Sleep, work, tags and note').click();
    await expect(a.getByLabel('Note (optional)')).toHaveValue('Rough handover.');
  });

  test("a tab with nothing unsaved shows another tab's check-in at once, and saving on top keeps it", async ({ page: a, context }) => {
    await openCheckInInstalled(a);
    await threeTapCheckIn(a, 'Okay', 'Steady', 'Moderate');
    await expect(a.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();
    const b = await openSecondTab(context);
    const today = await context.newPage();
    await today.goto('/');
    await expect(today.getByRole('list', { name: 'Recent days' }).getByText('Saturday, Nov 28: mood Okay')).toBeAttached();
    const history = await context.newPage();
    await history.goto('/check-in/history');
    const day = history.getByRole('listitem').filter({ has: history.getByRole('heading', { name: 'Saturday, Nov 28' }) });
    await expect(day).toContainText('Okay');

    await choice(a, 'Mood', 'Great').click();
    await a.getByRole('button', { name: 'Save check-in' }).click();
    await expect(a.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();

    await expect(choice(b, 'Mood', 'Great')).toBeChecked();
    await expect(today.getByRole('list', { name: 'Recent days' }).getByText('Saturday, Nov 28: mood Great')).toBeAttached();
    await expect(day).toContainText('Great');
    await b.getByText('Sleep, work, tags and note').click();
    await b.getByLabel('Note (optional)').fill('Rough handover.');
    await b.getByRole('button', { name: 'Save check-in' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'Check-in saved' })).toHaveText('Check-in saved for Saturday, Nov 28.');
    await b.reload();
    await expect(choice(b, 'Mood', 'Great')).toBeChecked();
    await b.getByText('Sleep, work, tags and note').click();
    await expect(b.getByLabel('Note (optional)')).toHaveValue('Rough handover.');
  });
});
