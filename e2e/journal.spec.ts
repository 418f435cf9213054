import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { waitForPrefetchCached } from './support/service-worker';

test.describe.configure({ timeout: 120_000 });

const DAYLIO_CSV = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2026-03-02,March 2,Monday,21:14,good,work | friends,Good day,"Coffee with Sam, then a long walk home."',
  '2026-03-01,March 1,Sunday,08:30,meh,sleep,,',
  '2026-02-28,February 28,Saturday,9:00 PM,awful,work,,"Long shift<br>Lost a patient."',
].join('\n');

/** Writes and saves an entry through the editor, as a user would. */
async function writeEntry(page: Page, text: string, options: { mood?: string; newTag?: string } = {}): Promise<void> {
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill(text);
  if (options.mood) await page.getByRole('radio', { name: options.mood, exact: true }).check();
  if (options.newTag) {
    await page.getByLabel('New tag').fill(options.newTag);
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('checkbox', { name: options.newTag })).toBeChecked();
  }
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
}

test('a draft survives a reload mid-sentence', async ({ page }) => {
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').pressSequentially('The pager went off in the middle of', { delay: 20 });
  await page.waitForTimeout(1_500);
  // Leaving with unsaved words asks first (beforeunload); the test says leave.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByLabel('Your entry')).toHaveValue('The pager went off in the middle of');
  await expect(page.getByRole('status').filter({ hasText: /Restored your unsaved draft from/ })).toBeVisible();

  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await page.goto('/journal/new');
  await expect(page.getByLabel('Your entry')).toHaveValue('');
  await expect(page.getByText(/Restored your unsaved draft/)).toHaveCount(0);
});

test('a draft survives going offline and a reload while offline', async ({ page, context }) => {
  await page.goto('/journal');
  await waitForPrefetchCached(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'New entry' }).click();
  await page.getByLabel('Your entry').fill('Written on the ward with no signal');
  await page.waitForTimeout(1_500);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByLabel('Your entry')).toHaveValue('Written on the ward with no signal');
});

test('leaving the editor with unsaved words asks: keep editing, discard or save', async ({ page }) => {
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill('Not finished');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this entry before you go?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
  await expect(page.getByLabel('Your entry')).toHaveValue('Not finished');

  await page.getByRole('link', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByRole('link', { name: /\d{4}/ })).toHaveCount(1);
});

test('search finds an entry by a word and by a tag, and highlights the match', async ({ page }) => {
  await writeEntry(page, 'Quiet night. Tea with the charge nurse at 3am.', { mood: 'Good', newTag: 'Nights' });
  await writeEntry(page, 'Busy clinic, no lunch, but a grateful patient.', { mood: 'Low' });

  await page.goto('/journal');
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Words to find').fill('charge');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 entry found.' })).toBeVisible();
  await expect(page.locator('mark')).toHaveText(['charge']);

  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByText('Filters: dates, mood and tags').click();
  await page.getByRole('checkbox', { name: 'Nights' }).check();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 entry found.' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Quiet night. Tea with the charge nurse')).toBeVisible();
  await expect(page.getByText('Busy clinic')).toHaveCount(0);
});

test('a 100,000-character entry saves and reloads intact; one above the maximum is refused', async ({ page }) => {
  const line = 'After the code I sat in the car for a while before driving home. ';
  const text = (line.repeat(Math.ceil(100_000 / line.length)) + '\n').slice(0, 99_999) + '.';
  expect(text.length).toBe(100_000);
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill(text);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await page.reload();
  const body = page.locator('main .text');
  await expect(body).toBeVisible();
  expect(await body.evaluate((el) => el.textContent)).toBe(text);

  await page.goto('/journal');
  const snippet = page.locator('tend-entry-summary .snippet');
  expect((await snippet.innerText()).length).toBeLessThan(200);

  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill('x'.repeat(200_001));
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText(/This entry has 200,001 characters; one entry holds up to 200,000/)).toBeVisible();
  await expect(page.getByLabel('Your entry')).toBeFocused();
  await page.getByLabel('Your entry').fill('');
  await page.goto('/journal');
  await expect(page.getByText('1 entry, newest first.')).toBeVisible();
});

test('delete is real, and Undo puts the entry back', async ({ page }) => {
  await writeEntry(page, 'An entry to delete and bring back.');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: 'Entry deleted.' });
  await expect(status).toBeVisible();
  await expect(page.getByText('No entries yet')).toBeVisible();
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry restored.' })).toBeVisible();
  await expect(page.locator('tend-entry-summary a')).toBeFocused();
  await page.reload();
  await expect(page.getByText('An entry to delete and bring back.')).toBeVisible();

  await page.locator('tend-entry-summary a').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Entry deleted.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No entries yet')).toBeVisible();
});

for (const id of ['__proto__', 'constructor', 'toString']) {
  test(`a link to /journal/${id} says the entry is not found`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/journal/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Entry not found' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a Daylio export imports check-ins, tags and notes; another file is refused and nothing is stored', async ({ page }) => {
  await page.goto('/journal/import');
  const file = page.getByLabel('Daylio CSV export');
  await file.setInputFiles({ name: 'bank.csv', mimeType: 'text/csv', buffer: Buffer.from('date,amount,payee\n2026-03-01,12.50,Cafe\n') });
  await expect(page.getByRole('alert')).toHaveText(/This file is not a Daylio export/);
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);

  await file.setInputFiles({ name: 'daylio_export.csv', mimeType: 'text/csv', buffer: Buffer.from(DAYLIO_CSV) });
  const preview = page.getByRole('region', { name: 'Preview of daylio_export.csv' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('definition')).toHaveText(['3', '2', '3', '0']);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText(/Imported 3 check-ins, 2 journal entries and 3 new tags\./);

  await page.getByRole('link', { name: 'Open the journal' }).click();
  await expect(page.getByText('2 entries, newest first.')).toBeVisible();
  await expect(page.getByText('Coffee with Sam')).toBeVisible();

  // The same file again adds nothing.
  await page.goto('/journal/import');
  await page.getByLabel('Daylio CSV export').setInputFiles({ name: 'daylio_export.csv', mimeType: 'text/csv', buffer: Buffer.from(DAYLIO_CSV) });
  await expect(page.getByText('There is nothing new to import from this file.')).toBeVisible();
});

test('a prompt from the library starts an entry with the prompt above the text', async ({ page }) => {
  await page.goto('/journal/prompts');
  const section = page.getByRole('region', { name: 'Gratitude' });
  await section.getByRole('link', { name: 'Write about this' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
  await expect(page.locator('blockquote')).toHaveText('Who made your work easier today, perhaps without knowing it?');
  await page.getByLabel('Your entry').fill('The porter who found the wheelchair.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Who made your work easier today')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`journal screens in ${colorScheme} mode have no axe violations`, () => {
    test.use({ colorScheme });

    test('entry and list', async ({ page }) => {
      await writeEntry(page, 'Tea with the charge nurse.', { mood: 'Good', newTag: 'Nights' });
      await expectNoAxeViolations(page, `entry (${colorScheme})`);
      await page.goto('/journal');
      await expect(page.getByText('1 entry, newest first.')).toBeVisible();
      await expectNoAxeViolations(page, `list (${colorScheme})`);
    });

    test('editor, with a field error and the leave dialog', async ({ page }) => {
      await writeEntry(page, 'Tea with the charge nurse.', { newTag: 'Nights' });
      await page.goto('/journal/new');
      await page.getByLabel('Your entry').fill('A draft.');
      await page.getByLabel('New tag').fill('Nights');
      await page.getByRole('button', { name: 'Add tag' }).click();
      await expect(page.getByText('There is already a tag called “Nights”.')).toBeVisible();
      await expectNoAxeViolations(page, `editor (${colorScheme})`);
      await page.getByRole('link', { name: 'Cancel' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `leave dialog (${colorScheme})`);
    });

    test('search with results', async ({ page }) => {
      await writeEntry(page, 'Tea with the charge nurse.', { mood: 'Good', newTag: 'Nights' });
      await page.goto('/journal/search');
      await page.getByLabel('Words to find').fill('tea');
      await page.getByText('Filters: dates, mood and tags').click();
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page.locator('mark').first()).toBeVisible();
      await expectNoAxeViolations(page, `search (${colorScheme})`);
    });

    test('prompts', async ({ page }) => {
      await page.goto('/journal/prompts');
      await expect(page.getByRole('heading', { level: 1, name: 'Prompts' })).toBeVisible();
      await expectNoAxeViolations(page, `prompts (${colorScheme})`);
    });

    test('import preview with a custom mood, and the printable view', async ({ page }) => {
      await page.goto('/journal/import');
      await page.getByLabel('Daylio CSV export').setInputFiles({
        name: 'daylio.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(DAYLIO_CSV + '\n2026-02-27,February 27,Friday,20:00,zen,,,'),
      });
      await expect(page.getByLabel('Tend mood for “zen”')).toBeVisible();
      await expectNoAxeViolations(page, `import preview (${colorScheme})`);
      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('status')).toHaveText(/Imported/);
      await page.goto('/journal/print');
      await expect(page.locator('article').first()).toBeVisible();
      await expectNoAxeViolations(page, `print (${colorScheme})`);
    });
  });
}
