import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('Breathe: start a one-minute session, follow the words, stop', async ({ page }) => {
  await page.goto('/practice');
  await page.getByRole('link', { name: 'Start breathing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breathe' })).toBeFocused();
  await expectNoAxeViolations(page, 'breathe setup');

  await page.getByRole('radio', { name: /Slow breathing/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  const phase = page.locator('#breathe-phase');
  await expect(phase).toHaveText('Breathe in');
  await expect(phase).toHaveText('Breathe out', { timeout: 6000 });
  await expectNoAxeViolations(page, 'breathe session');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('Breathe with reduced motion keeps the circle still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/practice/breathe');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(1500);
  const transform = await page.locator('.circle').evaluate((el) => getComputedStyle(el).transform);
  expect(transform).toBe('none');
});
