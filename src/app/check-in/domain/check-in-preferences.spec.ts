import {
  DEFAULT_CHECK_IN_PREFERENCES,
  isReminderDue,
  isTimeOfDay,
  normalizeCheckInPreferences,
  reminderDueAt,
} from './check-in-preferences';

describe('check-in preferences', () => {
  it('starts with streaks hidden and the reminder off', () => {
    expect(normalizeCheckInPreferences(undefined)).toEqual(DEFAULT_CHECK_IN_PREFERENCES);
    expect(DEFAULT_CHECK_IN_PREFERENCES.showStreak).toBeFalse();
    expect(DEFAULT_CHECK_IN_PREFERENCES.reminder.enabled).toBeFalse();
  });

  it('keeps valid stored values and replaces broken ones', () => {
    expect(
      normalizeCheckInPreferences({ showStreak: true, reminder: { enabled: true, time: '07:30', notify: true } }),
    ).toEqual({ showStreak: true, reminder: { enabled: true, time: '07:30', notify: true } });
    expect(normalizeCheckInPreferences({ showStreak: 'yes', reminder: { enabled: 1, time: '25:00' } })).toEqual(
      DEFAULT_CHECK_IN_PREFERENCES,
    );
  });

  for (const [value, valid] of [
    ['00:00', true],
    ['23:59', true],
    ['7:30', false],
    ['24:00', false],
    ['12:60', false],
    ['', false],
  ] as const) {
    it(`reads "${value}" as ${valid ? 'a' : 'no'} time of day`, () => expect(isTimeOfDay(value)).toBe(valid));
  }

  it('puts a small-hours reminder after the calendar date of the check-in day', () => {
    expect(reminderDueAt('2026-11-28', '20:00', 4)).toBe('2026-11-28T20:00');
    expect(reminderDueAt('2026-11-28', '02:30', 4)).toBe('2026-11-29T02:30');
    expect(reminderDueAt('2026-12-31', '00:15', 1)).toBe('2027-01-01T00:15');
  });

  describe('isReminderDue', () => {
    const reminder = { enabled: true, time: '20:00', notify: false };
    const at = (minute: string, checkedInToday = false) => ({ today: '2026-11-28', minute, dayStartHour: 4, checkedInToday });

    it('is due from the reminder time until the day ends', () => {
      expect(isReminderDue(reminder, at('2026-11-28T19:59'))).toBeFalse();
      expect(isReminderDue(reminder, at('2026-11-28T20:00'))).toBeTrue();
      expect(isReminderDue(reminder, at('2026-11-29T03:59'))).toBeTrue();
    });

    it('is never due once today has a check-in, or when turned off', () => {
      expect(isReminderDue(reminder, at('2026-11-28T21:00', true))).toBeFalse();
      expect(isReminderDue({ ...reminder, enabled: false }, at('2026-11-28T21:00'))).toBeFalse();
    });

    it('is not due before the clock has told the app which day it is', () => {
      expect(isReminderDue(reminder, { ...at('2026-11-28T21:00'), today: '' })).toBeFalse();
    });
  });
});
