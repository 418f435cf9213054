import { CheckIn } from './check-in';
import { CheckInDraft, defaultCheckInDraft } from './check-in-draft';
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
      sleepHours: null,
      sleepQuality: null,
      hoursWorked: null,
      shift: null,
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

  it('returns the problem instead of a check-in when the mood is not answered', () => {
    const result = createCheckIn(defaultCheckInDraft(), { now: new Date(), zone: 'UTC' });
    expect(result.ok).toBeFalse();
    expect(!result.ok && result.issues.map((issue) => issue.field)).toEqual(['mood']);
  });

  type Answers = Pick<CheckIn, 'mood' | 'energy' | 'stress' | 'sleepHours' | 'sleepQuality' | 'hoursWorked' | 'shift'>;
  const unanswered = { energy: null, stress: null, sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null };
  const stores: { taps: string; answered: Partial<CheckInDraft>; stored: Answers }[] = [
    { taps: 'a mood alone', answered: { mood: 4 }, stored: { ...unanswered, mood: 4 } },
    { taps: 'mood, energy and stress (the three taps)', answered: { mood: 2, energy: 1, stress: 5 }, stored: { ...unanswered, mood: 2, energy: 1, stress: 5 } },
    { taps: 'a mood and the hours slept', answered: { mood: 3, sleepHours: 5.5 }, stored: { ...unanswered, mood: 3, sleepHours: 5.5 } },
    { taps: 'a mood and a day off', answered: { mood: 5, shift: 'off', hoursWorked: 0 }, stored: { ...unanswered, mood: 5, shift: 'off', hoursWorked: 0 } },
    {
      taps: 'everything',
      answered: { mood: 1, energy: 2, stress: 4, sleepHours: 0, sleepQuality: 1, hoursWorked: 24, shift: 'call24' },
      stored: { mood: 1, energy: 2, stress: 4, sleepHours: 0, sleepQuality: 1, hoursWorked: 24, shift: 'call24' },
    },
  ];
  for (const { taps, answered, stored } of stores) {
    it(`stores only what was answered, for ${taps} on a first check-in`, () => {
      const result = createCheckIn({ ...defaultCheckInDraft(), ...answered }, { now: '2026-12-07T18:00:00Z', zone: 'UTC' });
      if (!result.ok) return fail(result.issues);
      const { mood, energy, stress, sleepHours, sleepQuality, hoursWorked, shift } = result.value;
      expect({ mood, energy, stress, sleepHours, sleepQuality, hoursWorked, shift }).toEqual(stored);
    });
  }
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

  const later: [string, string, string][] = [
    ['a later clock', '2026-06-11T12:00:00.000Z', '2026-06-11T12:00:00.000Z'],
    ['the same instant', '2026-06-11T02:00:00.000Z', '2026-06-11T02:00:00.001Z'],
    ['a clock set back', '2026-06-10T20:00:00.000Z', '2026-06-11T02:00:00.001Z'],
  ];
  for (const [clock, now, updatedAt] of later) {
    it(`always makes the edit later than the check-in it replaces, with ${clock}`, () => {
      const created = createCheckIn(draft, { now: '2026-06-11T02:00:00.000Z', zone: 'UTC' });
      if (!created.ok) return fail(created.issues);
      const updated = updateCheckIn(created.value, { ...draft, mood: 1 }, now);
      expect(updated.ok && updated.value.updatedAt).toBe(updatedAt);
    });
  }

  it('clears an answer the user took back, rather than keeping the old one', () => {
    const created = createCheckIn({ ...draft, sleepHours: 6, shift: 'night' }, { now: '2026-06-10T22:00:00Z', zone: 'UTC' });
    if (!created.ok) return fail(created.issues);
    const updated = updateCheckIn(created.value, { ...draft, sleepHours: null, shift: null, energy: null }, '2026-06-11T08:00:00Z');
    if (!updated.ok) return fail(updated.issues);
    expect([updated.value.sleepHours, updated.value.shift, updated.value.energy]).toEqual([null, null, null]);
  });

  it('leaves the check-in alone when the edit is invalid', () => {
    const created = createCheckIn(draft, { now: '2026-06-10T22:00:00Z', zone: 'UTC' });
    if (!created.ok) return fail(created.issues);
    const updated = updateCheckIn(created.value, { ...draft, mood: 9 }, new Date());
    expect(updated.ok).toBeFalse();
  });
});
