import { expect, test } from '@playwright/test';

test('keyboard only: from Today, reach and open Get help now', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const help = page.getByRole('link', { name: 'Get help now' });
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab');
    if (await help.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(help).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('Get help now shows the region chosen in Settings', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Crisis lines shown in Get help now').selectOption({ label: 'United Kingdom' });
  await page.getByRole('link', { name: 'Get help now' }).click();
  await expect(page.getByRole('link', { name: /Call 116 123/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /999/ }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /Call 116 123/ }).first()).toBeVisible();
});
