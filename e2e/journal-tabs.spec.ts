import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test.describe.configure({ timeout: 120_000 });

/** Saves a first entry and returns the address of its page. */
async function saveFirstEntry(page: Page, text: string): Promise<string> {
  await page.goto('/journal/new');
  await page.getByLabel('Your entry').fill(text);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Types a line at the end of the entry's text, as a user adds one. */
async function addLine(page: Page, line: string): Promise<void> {
  const text = page.getByLabel('Your entry');
  await text.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(`\n${line}`);
}

async function waitForAutosave(page: Page): Promise<void> {
  await expect(page.getByText(/Draft kept on this device at/)).toBeVisible();
}

test('two tabs edit one entry: A adds a line and saves, then B adds a line and saves, and both lines stay', async ({ page: a, context }) => {
  const entryPage = await saveFirstEntry(a, 'Night shift.');
  const b = await context.newPage();
  await b.goto(`${entryPage}/edit`);
  await expect(b.getByLabel('Your entry')).toHaveValue('Night shift.');
  await a.goto(`${entryPage}/edit`);

  await addLine(a, 'Line from A.');
  await a.getByRole('button', { name: 'Save entry' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();

  // B had no unsaved edits, so it shows A's version as soon as A has saved.
  await expect(b.getByLabel('Your entry')).toHaveValue('Night shift.\nLine from A.');
  await addLine(b, 'Line from B.');
  await b.getByRole('button', { name: 'Save entry' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  await expect(b.locator('main .text')).toHaveText('Night shift.\nLine from A.\nLine from B.');

  // A's entry page learns of B's save without a reload.
  await expect(a.locator('main .text')).toHaveText('Night shift.\nLine from A.\nLine from B.');
});

test('a save that would overwrite another tab’s asks which to keep; Keep both keeps their text, a blank line, then mine', async ({ page: a, context }) => {
  const entryPage = await saveFirstEntry(a, 'Night shift.');
  const b = await context.newPage();
  await b.goto(`${entryPage}/edit`);
  await addLine(b, 'Line from B.');
  await waitForAutosave(b);

  await a.goto(`${entryPage}/edit`);
  await addLine(a, 'Line from A.');
  await a.getByRole('button', { name: 'Save entry' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();

  // B keeps its unsaved words and says what happened.
  await expect(b.getByRole('status').filter({ hasText: 'This entry changed in another tab.' })).toBeVisible();
  await expect(b.getByLabel('Your entry')).toHaveValue('Night shift.\nLine from B.');

  await b.getByRole('button', { name: 'Save entry' }).click();
  const choice = b.getByRole('region', { name: 'This entry changed in another tab' });
  await expect(choice).toBeFocused();
  await expect(choice.getByRole('region', { name: 'The other tab’s version' })).toHaveText('Night shift.\nLine from A.');
  await expectNoAxeViolations(b, 'save conflict');

  // The words stay in B's draft until the choice is made, and reopened, the choice is asked again.
  b.on('dialog', (dialog) => void dialog.accept());
  await b.reload();
  await expect(b.getByLabel('Your entry')).toHaveValue('Night shift.\nLine from B.');
  await expect(choice).toBeFocused();
  await b.getByRole('button', { name: 'Save entry' }).click();
  await expect(choice).toBeFocused();

  // By keyboard: their text (it scrolls), Keep mine, Keep theirs, Keep both.
  for (let i = 0; i < 4; i++) await b.keyboard.press('Tab');
  await expect(choice.getByRole('button', { name: 'Keep both' })).toBeFocused();
  await b.keyboard.press('Enter');
  await expect(b.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  const both = 'Night shift.\nLine from A.\n\nNight shift.\nLine from B.';
  await expect(b.locator('main .text')).toHaveText(both);
  await expect(a.locator('main .text')).toHaveText(both);
});

test('Keep theirs drops my edits and opens the other tab’s version', async ({ page: a, context }) => {
  const entryPage = await saveFirstEntry(a, 'Night shift.');
  const b = await context.newPage();
  await b.goto(`${entryPage}/edit`);
  await addLine(b, 'Line from B.');
  await a.goto(`${entryPage}/edit`);
  await addLine(a, 'Line from A.');
  await a.getByRole('button', { name: 'Save entry' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();

  await b.getByRole('button', { name: 'Save entry' }).click();
  await b.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(b.locator('main .text')).toHaveText('Night shift.\nLine from A.');
  await b.goto(`${entryPage}/edit`);
  await expect(b.getByLabel('Your entry')).toHaveValue('Night shift.\nLine from A.');
  await expect(b.getByText(/Restored your unsaved draft/)).toHaveCount(0);
});

test('the journal list shows an entry saved in another tab without a reload', async ({ page: a, context }) => {
  await a.goto('/journal');
  await expect(a.getByText('No entries yet')).toBeVisible();
  const b = await context.newPage();
  await saveFirstEntry(b, 'Written in the other tab.');
  await expect(a.getByText('Written in the other tab.')).toBeVisible();
  await expect(a.getByText('1 entry, newest first.')).toBeVisible();
});

test('two tabs write two new entries; A closes unsaved, and a new entry restores A’s words while B’s stay', async ({ page: a, context }) => {
  await a.goto('/journal/new');
  await a.getByLabel('Your entry').fill('Words from A.');
  await waitForAutosave(a);
  const b = await context.newPage();
  await b.goto('/journal/new');
  await expect(b.getByText(/Restored your unsaved draft/)).toHaveCount(0);
  await expect(b.getByLabel('Your entry')).toHaveValue('');
  await b.getByLabel('Your entry').fill('Words from B.');
  await waitForAutosave(b);

  await a.close();
  const c = await context.newPage();
  await c.goto('/journal/new');
  await expect(c.getByLabel('Your entry')).toHaveValue('Words from A.');
  await expect(c.getByRole('status').filter({ hasText: /Restored your unsaved draft from/ })).toBeVisible();
  await expect(b.getByLabel('Your entry')).toHaveValue('Words from B.');

  await b.close();
  const d = await context.newPage();
  await d.goto('/journal/new');
  await expect(d.getByLabel('Your entry')).toHaveValue('Words from B.');
});
