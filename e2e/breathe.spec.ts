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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the breathing circle uses the theme's calm colours in ${colorScheme} mode, its ring at 3:1 or more`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('/practice/breathe');
    await page.getByRole('button', { name: 'Start' }).click();
    const colours = await page.locator('.circle').evaluate((el) => {
      const rgb = (css: string) => {
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.fillStyle = css;
        probe.fillRect(0, 0, 1, 1);
        return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const style = getComputedStyle(el);
      return { fill: rgb(style.backgroundColor), ring: rgb(style.borderTopColor), page: rgb(getComputedStyle(document.body).backgroundColor) };
    });
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    // A muted fill: no channel far from the others (the vivid #0ff primary container has 255).
    expect(Math.max(...colours.fill) - Math.min(...colours.fill), `fill ${colours.fill}`).toBeLessThanOrEqual(64);
    expect(contrast(colours.ring, colours.page), `ring ${colours.ring} on ${colours.page}`).toBeGreaterThanOrEqual(3);
  });
}
