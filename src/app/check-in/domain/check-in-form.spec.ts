import { CheckIn } from './check-in';
import { defaultCheckInDraft, draftFromCheckIn } from './check-in-draft';
import { CheckInForm, followStoredCheckIn, isFormEdited, openCheckInForm, sameAnswers } from './check-in-form';
import { StoredCheckInDraft } from './stored-check-in-draft';

const checkIn = (mood: CheckIn['mood'], updatedAt: string, change: Partial<CheckIn> = {}): CheckIn => ({
  day: '2026-12-07',
  zone: 'America/Chicago',
  mood,
  energy: 3,
  stress: null,
  sleepHours: null,
  sleepQuality: null,
  hoursWorked: null,
  shift: null,
  tagIds: [],
  note: '',
  createdAt: '2026-12-07T14:00:00.000Z',
  updatedAt,
  ...change,
});

const opened = checkIn(3, '2026-12-07T14:00:00.000Z');
const theirs = checkIn(5, '2026-12-07T15:00:00.000Z');
const withNote = (form: CheckInForm, note: string): CheckInForm => ({ ...form, draft: { ...form.draft, note } });

describe('sameAnswers', () => {
  it('compares what a save would store: the trimmed note, and tags as a set', () => {
    const draft = { ...defaultCheckInDraft(), mood: 3, tagIds: ['a', 'b'], note: 'Long day' };
    expect(sameAnswers(draft, { ...draft, tagIds: ['b', 'a', 'a'], note: ' Long day\n' })).toBeTrue();
    expect(sameAnswers(draft, { ...draft, mood: 4 })).toBeFalse();
  });
});

describe('openCheckInForm', () => {
  it('opens on the stored check-in, or on nothing answered', () => {
    expect(openCheckInForm('2026-12-07', opened)).toEqual({
      day: '2026-12-07', opened, draft: draftFromCheckIn(opened), newTags: [], restoredAt: null, changedElsewhere: false,
    });
    expect(openCheckInForm('2026-12-07', null).draft).toEqual(defaultCheckInDraft());
  });

  const draftOn = (base: CheckIn | null): StoredCheckInDraft => ({
    day: '2026-12-07',
    draft: { ...draftFromCheckIn(opened), note: 'Rough handover.' },
    newTags: [],
    opened: base,
    savedAt: '2026-12-07T14:30:00.000Z',
  });

  it('restores a draft left on the check-in still stored, and says when it was kept', () => {
    const form = openCheckInForm('2026-12-07', opened, draftOn(opened));
    expect(form.draft.note).toBe('Rough handover.');
    expect(form.opened).toBe(opened);
    expect(form.restoredAt).toBe('2026-12-07T14:30:00.000Z');
    expect(form.changedElsewhere).toBeFalse();
    expect(isFormEdited(form)).toBeTrue();
  });

  it('restores a draft whose check-in changed since, still on the one it was made to, and says so', () => {
    const form = openCheckInForm('2026-12-07', theirs, draftOn(opened));
    expect(form.draft.note).toBe('Rough handover.');
    expect(form.opened).toBe(opened);
    expect(form.changedElsewhere).toBeTrue();
  });

  it('has nothing to restore from a draft that holds only what is stored', () => {
    const form = openCheckInForm('2026-12-07', opened, { ...draftOn(opened), draft: draftFromCheckIn(opened) });
    expect(form.restoredAt).toBeNull();
  });
});

describe('followStoredCheckIn', () => {
  const clean = openCheckInForm('2026-12-07', opened);
  const edited = withNote(clean, 'Rough handover.');
  const cases: { when: string; form: CheckInForm; stored: CheckIn | null; savedHere?: CheckIn; expected: Partial<CheckInForm> }[] = [
    { when: 'nothing changed', form: edited, stored: opened, expected: edited },
    { when: 'another tab saved, and there are no edits', form: clean, stored: theirs, expected: { opened: theirs, draft: draftFromCheckIn(theirs), changedElsewhere: false } },
    { when: 'another tab saved under edits', form: edited, stored: theirs, expected: { opened, draft: edited.draft, changedElsewhere: true } },
    { when: 'another tab deleted it under edits', form: edited, stored: null, expected: { opened, changedElsewhere: true } },
    { when: 'another tab created it, and there are no edits', form: openCheckInForm('2026-12-07', null), stored: theirs, expected: { opened: theirs, draft: draftFromCheckIn(theirs) } },
    {
      when: 'this tab saved the edits',
      form: edited,
      stored: { ...opened, note: 'Rough handover.', updatedAt: '2026-12-07T16:00:00.000Z' },
      expected: { draft: { ...edited.draft }, changedElsewhere: false, restoredAt: null },
    },
    {
      when: 'this tab saved, and there were more edits since',
      form: withNote(clean, 'Rough handover. Then a code.'),
      stored: { ...opened, note: 'Rough handover.', updatedAt: '2026-12-07T16:00:00.000Z' },
      savedHere: { ...opened, note: 'Rough handover.', updatedAt: '2026-12-07T16:00:00.000Z' },
      expected: { draft: withNote(clean, 'Rough handover. Then a code.').draft, changedElsewhere: false },
    },
  ];
  for (const { when, form, stored, savedHere, expected } of cases) {
    it(`when ${when}`, () => {
      const next = followStoredCheckIn(form, stored, savedHere ?? null);
      expect(next).toEqual(jasmine.objectContaining(expected));
      if (savedHere) expect(next.opened).toBe(stored);
    });
  }
});
