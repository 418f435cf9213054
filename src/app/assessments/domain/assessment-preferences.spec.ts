import { DEFAULT_PREFERENCES, normalizePreferences } from './assessment-preferences';

describe('normalizePreferences', () => {
  it('defaults anything that is not a record', () => {
    expect(normalizePreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(normalizePreferences('nurse')).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps valid fields and drops invalid ones', () => {
    expect(
      normalizePreferences({
        profession: 'nurse',
        sex: 'unstated',
        reminders: { 'phq-9': 'monthly', 'who-5': 'off', mbi: 'monthly', 'gad-7': 'weekly' },
      }),
    ).toEqual({ profession: 'nurse', sex: 'unstated', reminders: { 'phq-9': 'monthly' } });
    expect(normalizePreferences({ profession: 42, sex: 'x', reminders: [] })).toEqual(DEFAULT_PREFERENCES);
  });

  it('caps an overlong profession', () => {
    expect(normalizePreferences({ profession: 'x'.repeat(500) }).profession.length).toBe(60);
  });
});
