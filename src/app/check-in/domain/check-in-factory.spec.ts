import { defaultCheckInDraft } from './check-in-draft';
import { createCheckIn, updateCheckIn } from './check-in-factory';

const draft = { ...defaultCheckInDraft(), mood: 4, energy: 2, stress: 3, tagIds: ['a', 'b', 'a'], note: '  tired but ok \n' };

describe('createCheckIn', () => {
  it('creates a check-in on the shift-aware day, in the zone it was made', () => {
    const result = createCheckIn(draft, { now: '2026-03-08T02:30:00-05:00', zone: 'America/New_York' });
    if (!result.ok) return fail(result.issues);
    expect(result.value).toEqual({
      day: '2026-03-07',
      zone: 'America/New_York',
      mood: 4,
      energy: 2,
      stress: 3,
      sleepHours: 7,
      sleepQuality: 3,
      hoursWorked: 8,
      shift: 'day',
      tagIds: ['a', 'b'],
      note: 'tired but ok',
      createdAt: '2026-03-08T07:30:00.000Z',
      updatedAt: '2026-03-08T07:30:00.000Z',
    });
  });

  it('honours a configured day start and an explicit day', () => {
    const now = new Date('2026-03-08T07:30:00Z');
    const atMidnight = createCheckIn(draft, { now, zone: 'America/New_York', dayStartHour: 0 });
    const forYesterday = createCheckIn(draft, { now, zone: 'America/New_York', day: '2026-03-06' });
    expect(atMidnight.ok && atMidnight.value.day).toBe('2026-03-08');
    expect(forYesterday.ok && forYesterday.value.day).toBe('2026-03-06');
  });

  it('returns the problems instead of a check-in when the draft is incomplete', () => {
    const result = createCheckIn(defaultCheckInDraft(), { now: new Date(), zone: 'UTC' });
    expect(result.ok).toBeFalse();
    expect(!result.ok && result.issues.length).toBe(3);
  });
});

describe('updateCheckIn', () => {
  it('changes the values and the update time, never the day, zone or creation time', () => {
    const created = createCheckIn(draft, { now: '2026-06-10T22:00:00-04:00', zone: 'America/New_York' });
    if (!created.ok) return fail(created.issues);
    const updated = updateCheckIn(created.value, { ...draft, mood: 2 }, '2026-06-11T12:00:00+02:00');
    if (!updated.ok) return fail(updated.issues);
    expect(updated.value).toEqual({
      ...created.value,
      mood: 2,
      updatedAt: '2026-06-11T10:00:00.000Z',
    });
  });

  it('leaves the check-in alone when the edit is invalid', () => {
    const created = createCheckIn(draft, { now: '2026-06-10T22:00:00Z', zone: 'UTC' });
    if (!created.ok) return fail(created.issues);
    const updated = updateCheckIn(created.value, { ...draft, mood: 9 }, new Date());
    expect(updated.ok).toBeFalse();
  });
});
