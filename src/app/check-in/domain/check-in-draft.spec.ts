import { CheckIn } from './check-in';
import { CheckInDraft, CheckInField, defaultCheckInDraft, draftFromCheckIn, hasRoutine, routineOf, validateCheckInDraft } from './check-in-draft';

const complete: CheckInDraft = { ...defaultCheckInDraft(), mood: 4, energy: 3, stress: 2 };

describe('defaultCheckInDraft', () => {
  it('starts with nothing answered, and a mood alone completes it', () => {
    const draft = defaultCheckInDraft();
    expect(draft).toEqual({ mood: null, energy: null, stress: null, sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null, tagIds: [], note: '' });
    expect(validateCheckInDraft({ ...draft, mood: 3 })).toEqual([]);
  });
});

describe('routineOf', () => {
  const previous = { mood: 2, energy: 2, stress: 5, sleepHours: 5.5, sleepQuality: 2, hoursWorked: 13, shift: 'night' } as CheckIn;

  it("offers the previous check-in's sleep, work and shift, never its ratings", () => {
    expect(routineOf(previous)).toEqual({ sleepHours: 5.5, sleepQuality: 2, hoursWorked: 13, shift: 'night' });
  });

  it('offers nothing without a previous check-in, or when it answered none of them', () => {
    expect(routineOf(null)).toBeNull();
    expect(routineOf({ ...previous, sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null })).toBeNull();
  });

  it('tells when the draft already holds those answers', () => {
    const routine = routineOf(previous)!;
    expect(hasRoutine(defaultCheckInDraft(), routine)).toBeFalse();
    expect(hasRoutine({ ...defaultCheckInDraft(), ...routine, mood: 4 }, routine)).toBeTrue();
  });
});

describe('validateCheckInDraft', () => {
  const cases: { why: string; change: Partial<CheckInDraft>; field: CheckInField; message: RegExp }[] = [
    { why: 'no mood', change: { mood: null }, field: 'mood', message: /Choose how your mood is, from 1 to 5/ },
    { why: 'energy out of range', change: { energy: 0 }, field: 'energy', message: /Energy must be a whole number from 1 to 5/ },
    { why: 'stress out of range', change: { stress: 6 }, field: 'stress', message: /whole number from 1 to 5/ },
    { why: 'a fractional rating', change: { mood: 2.5 }, field: 'mood', message: /whole number/ },
    { why: 'sleep quality 0', change: { sleepQuality: 0 }, field: 'sleepQuality', message: /1 to 5/ },
    { why: 'negative sleep', change: { sleepHours: -1 }, field: 'sleepHours', message: /between 0 and 24/ },
    { why: 'more than a day of sleep', change: { sleepHours: 24.5 }, field: 'sleepHours', message: /between 0 and 24/ },
    { why: 'sleep in quarter hours', change: { sleepHours: 6.25 }, field: 'sleepHours', message: /half hours/ },
    { why: 'sleep not a number', change: { sleepHours: NaN }, field: 'sleepHours', message: /between 0 and 24/ },
    { why: 'more than 36 hours worked', change: { hoursWorked: 37 }, field: 'hoursWorked', message: /between 0 and 36/ },
    { why: 'an unknown shift', change: { shift: 'swing' as never }, field: 'shift', message: /shift type/ },
    { why: 'an empty tag id', change: { tagIds: [''] }, field: 'tagIds', message: /tags/ },
    { why: 'a note over the limit', change: { note: 'a'.repeat(1001) }, field: 'note', message: /1,000 characters \(it has 1,001\)/ },
  ];

  for (const c of cases) {
    it(`explains ${c.why}`, () => {
      const issues = validateCheckInDraft({ ...complete, ...c.change });
      expect(issues.length).toBe(1);
      expect(issues[0].field).toBe(c.field);
      expect(issues[0].message).toMatch(c.message);
    });
  }

  const accepted: [string, Partial<CheckInDraft>][] = [
    ['the edges of every range', { mood: 1, energy: 5, sleepHours: 0, hoursWorked: 36, sleepQuality: 5 }],
    ['24 hours of sleep and half hours', { sleepHours: 24, hoursWorked: 12.5 }],
    ['unrecorded sleep, work and shift', { sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null }],
    ['unanswered energy and stress', { energy: null, stress: null }],
    ['a note of exactly 1,000 emoji', { note: '🌿'.repeat(1000) }],
    ['surrounding spaces beyond the limit', { note: ` ${'a'.repeat(1000)}\n` }],
  ];
  for (const [why, change] of accepted) {
    it(`accepts ${why}`, () => {
      expect(validateCheckInDraft({ ...complete, ...change })).toEqual([]);
    });
  }

  it('reports every problem at once', () => {
    const fields = validateCheckInDraft({ ...defaultCheckInDraft(), stress: 7, sleepHours: 30 }).map((i) => i.field);
    expect(fields).toEqual(['mood', 'stress', 'sleepHours']);
  });
});

describe('draftFromCheckIn', () => {
  it('copies the recorded values for editing without sharing the tag list', () => {
    const checkIn = { ...complete, tagIds: ['t1'], day: '2026-01-01', zone: 'UTC', createdAt: '', updatedAt: '' } as CheckIn;
    const draft = draftFromCheckIn(checkIn);
    draft.tagIds.push('t2');
    expect(checkIn.tagIds).toEqual(['t1']);
    expect(draft.mood).toBe(4);
  });
});
