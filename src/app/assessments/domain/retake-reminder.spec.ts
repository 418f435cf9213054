import { dueAssessments, reminderDueOn } from './retake-reminder';

describe('re-take reminders', () => {
  const zone = 'America/Toronto';

  it('falls due on the local day of the last result plus the interval', () => {
    // 02:30 UTC on 1 March is the evening of 28 February in Toronto.
    const taken = '2025-03-01T02:30:00.000Z';
    expect(reminderDueOn(taken, 'every-2-weeks', zone)).toBe('2025-03-14');
    expect(reminderDueOn(taken, 'monthly', zone)).toBe('2025-03-28');
    expect(reminderDueOn(taken, 'every-3-months', zone)).toBe('2025-05-28');
    expect(reminderDueOn(taken, 'off', zone)).toBeNull();
    expect(reminderDueOn('garbage', 'monthly', zone)).toBeNull();
  });

  it('uses calendar months', () => {
    expect(reminderDueOn('2024-01-31T12:00:00.000Z', 'monthly', 'UTC')).toBe('2024-02-29');
  });

  it('lists reminders that are due today or overdue, most overdue first', () => {
    const due = dueAssessments(
      { 'phq-9': 'every-2-weeks', 'who-5': 'monthly', 'gad-7': 'monthly', cbi: 'monthly' },
      { 'phq-9': '2025-03-01T12:00:00.000Z', 'who-5': '2025-02-10T12:00:00.000Z', 'gad-7': '2025-03-10T12:00:00.000Z' },
      '2025-03-15',
      'UTC',
    );
    expect(due).toEqual([
      { instrumentId: 'who-5', shortTitle: 'WHO-5', lastTakenAt: '2025-02-10T12:00:00.000Z', dueOn: '2025-03-10', path: '/assess/who-5' },
      { instrumentId: 'phq-9', shortTitle: 'PHQ-9', lastTakenAt: '2025-03-01T12:00:00.000Z', dueOn: '2025-03-15', path: '/assess/phq-9' },
    ]);
  });
});
