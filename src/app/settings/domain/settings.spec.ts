import { DEFAULT_SETTINGS, normalizeSettings } from './settings';

describe('normalizeSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    expect(normalizeSettings({ theme: 'dark', region: 'ie', dayStartHour: 6 })).toEqual({
      theme: 'dark',
      region: 'ie',
      dayStartHour: 6,
    });
  });

  const invalid: [string, unknown][] = [
    ['an unknown theme', { theme: 'neon' }],
    ['an unknown region', { region: 'fr' }],
    ['a fractional hour', { dayStartHour: 4.5 }],
    ['an hour past noon', { dayStartHour: 13 }],
    ['a negative hour', { dayStartHour: -1 }],
    ['an hour given as text', { dayStartHour: '4' }],
  ];
  invalid.forEach(([what, raw]) =>
    it(`replaces ${what} with the default`, () => {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }),
  );
});
