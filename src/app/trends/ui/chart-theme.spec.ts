import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartTheme } from './chart-theme';

describe('ChartTheme', () => {
  const root = document.documentElement;

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));
  afterEach(() => root.removeAttribute('data-color-scheme'));

  it('resolves the Material tokens to colours a canvas can use', () => {
    root.setAttribute('data-color-scheme', 'light');
    const palette = TestBed.inject(ChartTheme).palette();
    for (const colour of [palette.line, palette.accent, palette.text, palette.surface, ...palette.bands]) {
      expect(colour).toMatch(/^rgba?\(/);
    }
    expect(palette.line).not.toBe(palette.accent);
  });

  it('re-reads them when the scheme changes', async () => {
    root.setAttribute('data-color-scheme', 'light');
    const theme = TestBed.inject(ChartTheme);
    const light = theme.palette();
    root.setAttribute('data-color-scheme', 'dark');
    await new Promise((resolve) => setTimeout(resolve));
    expect(theme.palette().surface).not.toBe(light.surface);
    expect(theme.palette().text).not.toBe(light.text);
  });
});
