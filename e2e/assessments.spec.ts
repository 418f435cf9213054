import { expect, Locator, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

// These journeys are about answering, scoring and safety, not offline use (offline.spec.ts covers
// that). Without the service worker, its first-visit prefetch cannot hold up lazy routes on a busy machine.
test.use({ serviceWorkers: 'block' });

/** The fieldset of question n (its legend says "Question n of …", after any section title). */
const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`Question ${n} of \\d+`) });

async function answer(page: Page, n: number, option: string): Promise<void> {
  await question(page, n).getByRole('radio', { name: option, exact: true }).check();
}

/**
 * How many answers the instrument's stored draft holds. Each answer is written at once, but a
 * reload in the same few milliseconds can still beat the write, so journeys that reload wait on it.
 */
async function storedAnswerCount(page: Page, instrumentId: string): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('drafts').objectStore('drafts').get(key);
          read.onsuccess = () => {
            open.result.close();
            resolve(Object.keys(read.result?.v?.answers ?? {}).length);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    `assessment:${instrumentId}`,
  );
}

/** True when `first` comes before `second` in document order. */
async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate((a, b) => !!(a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), handle);
}

test.describe('on a phone, one question per screen', () => {
  test.use({ viewport: PHONE });

  test('PHQ-9: an item 9 answer above 0 brings crisis resources at once, before item 10 and before any score', async ({ page }) => {
    test.slow(); // Five axe runs.
    await page.goto('/assess');
    await page.getByRole('link', { name: /PHQ-9/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /PHQ-9/ })).toBeVisible();
    await expect(page.getByText('stored only on this device')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Source and licence' })).toBeVisible();
    await expectNoAxeViolations(page, 'PHQ-9 intro');

    await page.getByRole('link', { name: 'Start the PHQ-9' }).click();
    for (let n = 1; n <= 8; n++) {
      await answer(page, n, 'Not at all');
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(question(page, 9)).toBeVisible();
    await expectNoAxeViolations(page, 'PHQ-9 question');
    await expect(page.getByTestId('safety-notice')).toHaveCount(0);

    await answer(page, 9, 'Several days');
    const crisisHeading = page.getByRole('heading', { name: 'Support is here for you now' });
    await expect(crisisHeading).toBeVisible();
    await expect(crisisHeading).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('better off dead');
    await expect(page.getByText('Only you can see this.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 988' }).first()).toBeVisible();
    // Still on item 9: item 10 has not been shown, let alone answered, and nothing is scored.
    await expect(question(page, 10)).toHaveCount(0);
    await expect(page.getByText('Scores')).toHaveCount(0);
    await expectNoAxeViolations(page, 'PHQ-9 question with crisis resources');

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(question(page, 10)).toBeVisible();
    await expect(crisisHeading).toBeVisible();
    await page.getByRole('button', { name: 'Review answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review your PHQ-9 answers' })).toBeVisible();
    await expectNoAxeViolations(page, 'PHQ-9 review');

    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your PHQ-9 result' })).toBeVisible();
    const scores = page.getByRole('heading', { level: 2, name: 'Scores' });
    await expect(scores).toBeVisible();
    await expect(crisisHeading).toBeVisible();
    expect(await precedes(crisisHeading, scores)).toBe(true);
    await expect(page.getByText('Minimal depression symptoms')).toBeVisible();
    await expect(page.getByText('screening, not diagnosis')).toBeVisible();
    await expectNoAxeViolations(page, 'PHQ-9 result');
  });

  test('a half-finished assessment resumes after a reload', async ({ page }) => {
    await page.goto('/assess/gad-7/take');
    await answer(page, 1, 'Several days');
    await page.getByRole('button', { name: 'Next' }).click();
    await answer(page, 2, 'More than half the days');
    await page.getByRole('button', { name: 'Next' }).click();
    await answer(page, 3, 'Not at all');
    await expect(page.getByText('3 of 8 answered')).toBeVisible();
    await expect.poll(() => storedAnswerCount(page, 'gad-7')).toBe(3);

    await page.reload();
    await expect(question(page, 4)).toBeVisible();
    await expect(page.getByText('3 of 8 answered')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(question(page, 3).getByRole('radio', { name: 'Not at all' })).toBeChecked();

    await page.goto('/assess/gad-7');
    await expect(page.getByRole('heading', { name: 'You have an unfinished GAD-7' })).toBeVisible();
    await expect(page.getByText('3 of 8 questions answered')).toBeVisible();
    await page.getByRole('link', { name: 'Continue' }).click();
    await expect(question(page, 4)).toBeVisible();
  });

  test('the review points out missing answers with links that jump to them', async ({ page }) => {
    await page.goto('/assess/who-5/take');
    await answer(page, 1, 'Most of the time');
    await expect.poll(() => storedAnswerCount(page, 'who-5')).toBe(1);
    await page.goto('/assess/who-5/review');
    await expect(page.getByRole('heading', { name: '4 questions still need an answer' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'See my result' })).toHaveCount(0);
    await page.getByRole('link', { name: /^Question 3:/ }).click();
    await expect(question(page, 3)).toBeVisible();
    await expect(question(page, 3).getByRole('radio').first()).toBeFocused();
  });
});

test.describe('on a wide screen, every question on one page', () => {
  test.use({ viewport: WIDE });

  for (const [id, scored] of [
    ['phq-9', 9],
    ['gad-7', 7],
  ] as const) {
    test(`${id}: one click on Review answers reviews, with the optional difficulty question left blank`, async ({ page }) => {
      await page.goto(`/assess/${id}/take`);
      for (let n = 1; n <= scored; n++) await answer(page, n, 'Not at all');
      await page.getByRole('button', { name: 'Review answers' }).click();
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Review your ${id.toUpperCase()} answers$`) })).toBeVisible();
      await expect(page.getByRole('button', { name: 'See my result' })).toBeVisible();
    });
  }

  test('CBI with two personal items answered: one click reviews, and the review says what each scale needs', async ({ page }) => {
    await page.goto('/assess/cbi/take');
    await answer(page, 1, 'Often');
    await answer(page, 2, 'Sometimes');
    await page.getByRole('button', { name: 'Review answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review your CBI answers' })).toBeVisible();
    const missing = page.getByRole('region', { name: 'No scale can be scored yet' });
    await expect(missing).toBeVisible();
    await expect(missing.getByRole('listitem').filter({ hasText: 'Personal burnout' })).toHaveText(
      'Personal burnout: 1 more answer gives a score (4 unanswered)',
    );
    await expect(missing.getByRole('listitem').filter({ hasText: 'Work-related burnout' })).toHaveText(
      'Work-related burnout: 4 more answers give a score (7 unanswered)',
    );
    await expect(page.getByText(/questions still need an answer/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'See my result' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'CBI review, no scale scored');

    await page.getByRole('link', { name: /^Question 3:/ }).click();
    await answer(page, 3, 'Seldom');
    await page.getByRole('button', { name: 'Review answers' }).click();
    await expect(page.getByRole('button', { name: 'See my result' })).toBeVisible();
    await expect(page.getByText('Work-related burnout: 4 more answers give a score (7 unanswered)')).toBeVisible();
  });
});

test('CBI: three scale scores, each with its band and source', async ({ page }) => {
  await page.goto('/assess/cbi');
  await page.getByRole('link', { name: 'Start the CBI' }).click();
  const groups = page.getByRole('group', { name: /Question \d+ of 19/ });
  await expect(groups).toHaveCount(19);
  for (let n = 1; n <= 19; n++) await question(page, n).getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your CBI result' })).toBeVisible();
  for (const scale of ['Personal burnout', 'Work-related burnout', 'Patient-related burnout']) {
    await expect(page.getByRole('heading', { level: 3, name: scale })).toBeVisible();
  }
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByText('occupational phenomenon, not a medical condition')).toBeVisible();
  await expect(page.getByText('Elevated (50 or more, by convention)').first()).toBeVisible();
  await expectNoAxeViolations(page, 'CBI result');
});

for (const [screen, viewport] of [
  ['a wide screen', WIDE],
  ['a phone', PHONE],
] as const) {
  test(`WHO-5 by keyboard alone on ${screen}: digits choose, Enter moves on, and the result suggests the PHQ-9`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/assess/who-5');
    const start = page.getByRole('link', { name: 'Start the WHO-5' });
    for (let presses = 0; presses < 40 && !(await start.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question(page, 1)).toBeVisible();
    await expect(page).toHaveTitle('Questions · Tend');

    // Option 5 is "Some of the time" (1 point): 5 × 1 × 4 = 20, in the range that suggests the PHQ-9.
    for (let n = 1; n <= 5; n++) {
      await page.keyboard.press('5');
      const chosen = question(page, n).getByRole('radio', { name: 'Some of the time' });
      await expect(chosen).toBeChecked();
      await expect(chosen).toBeFocused();
      await page.keyboard.press('Enter');
      if (n < 5) await expect(question(page, n + 1).getByRole('radio').first()).toBeFocused();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Review your WHO-5 answers' })).toBeVisible();
    await expect(page).toHaveTitle('Review answers · Tend');
    const submit = page.getByRole('button', { name: 'See my result' });
    for (let presses = 0; presses < 20 && !(await submit.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your WHO-5 result' })).toBeVisible();
    await expect(page.locator('.value')).toHaveText('20');
    await expect(page.getByText('Very low well-being')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the PHQ-9' })).toBeVisible();
    // Browser history keeps titles: they do not say which questionnaire was taken.
    await expect(page).toHaveTitle('Result · Tend');
  });
}

test('history: the change since last time, delete with confirmation, and undo', async ({ page }) => {
  for (const option of ['Most of the time', 'Some of the time']) {
    await page.goto('/assess/who-5/take');
    for (let n = 1; n <= 5; n++) await answer(page, n, option);
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your WHO-5 result' })).toBeVisible();
  }
  await expect(page.getByText(/Down 60 since/)).toBeVisible();
  await expect(page.getByText('That is a meaningful change')).toBeVisible();

  await page.getByLabel('Remind me on Today to take the WHO-5 again').selectOption({ label: 'Monthly' });
  await page.getByRole('link', { name: 'Your WHO-5 history' }).click();
  await expect(page.getByLabel('Remind me on Today to take the WHO-5 again')).toHaveValue('monthly');
  await expect(page.getByRole('button', { name: /^Delete the result from/ })).toHaveCount(2);

  await page.getByRole('button', { name: /^Delete the result from/ }).first().click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete result' }).click();
  await expect(page.getByText(/^Deleted the result from/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Delete the result from/ })).toHaveCount(1);
  await expectNoAxeViolations(page, 'WHO-5 history');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Delete the result from/ })).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Delete the result from/ })).toHaveCount(2);
});

test('ProQOL names the profession given; AUDIT-C skips questions 2 and 3 after "Never" and uses the stated sex', async ({ page }) => {
  await page.goto('/assess/proqol-5');
  await page.getByLabel('Your profession (optional)').fill('nurse');
  await page.getByRole('link', { name: 'Start the ProQOL 5' }).click();
  await expect(question(page, 7)).toContainText('my life as a nurse.');
  await page.goto('/assess/proqol-5');
  const site = page.getByRole('link', { name: /proqol\.org/ });
  await expect(site).toHaveAttribute('href', 'https://proqol.org/');
  await expect(site).toHaveAttribute('rel', 'noopener noreferrer');

  await page.goto('/assess/audit-c');
  await page.getByRole('radio', { name: 'Female' }).check();
  await page.getByRole('link', { name: 'Start the AUDIT-C' }).click();
  await answer(page, 1, 'Never');
  await expect(page.getByRole('group', { name: /Question \d+ of/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('Below the screening cut-off for women (3)')).toBeVisible();
});

test('a list of instruments by group, with those deliberately left out', async ({ page }) => {
  await page.goto('/assess');
  for (const group of ['Burnout', 'Well-being', 'Mood and anxiety', 'Resilience and self-compassion', 'Alcohol']) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Why some well-known instruments are not here' })).toBeVisible();
  await expect(page.getByText('Maslach Burnout Inventory (MBI)')).toBeVisible();
  await expect(page.getByText('Utrecht Work Engagement Scale (UWES)')).toBeVisible();
  await page.goto('/assess/mbi');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('malformed stored records are skipped and reported, and the pages still work', async ({ page }) => {
  await page.goto('/assess');
  await expect(page.getByRole('heading', { level: 1, name: 'Assess' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['assessments', 'drafts'], 'readwrite');
          tx.objectStore('assessments').put({ k: 'broken', v: { id: 'broken', instrumentId: 'who-5', answers: 'nonsense' } });
          tx.objectStore('drafts').put({ k: 'assessment:phq-9', v: 'not a draft' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '2 stored results or drafts could not be read' })).toBeVisible();
  await page.getByRole('link', { name: /PHQ-9/ }).click();
  await expect(page.getByRole('link', { name: 'Start the PHQ-9' })).toBeVisible();
  await page.getByRole('link', { name: 'Start the PHQ-9' }).click();
  await expect(question(page, 1)).toBeVisible();
});
