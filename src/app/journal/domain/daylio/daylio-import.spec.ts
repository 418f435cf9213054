import { Rating, Tag } from '../../../check-in/domain';
import { checkInsToCsv } from '../../../check-in/domain/check-in-csv';
import { endsEarlyMessage, NOT_DAYLIO_MESSAGE } from './daylio-file';
import { DaylioExisting, DaylioImportOptions, DaylioImportPreview, previewDaylioImport } from './daylio-import';

// A current Daylio export: newest first, LF line ends, 12-hour times, stray spaces, a little HTML.
const CURRENT_EXPORT = `full_date,date,weekday,time,mood,activities,note_title,note
2026-03-10,March 10,Tuesday,9:14 PM,good,"work | friends | good sleep","","Handover was smooth.<br>Dinner with Ana &amp; Luis."
2026-03-10,March 10,Tuesday,7:02 AM,meh,"work | bad sleep","Before the shift","Tired, but ""okay"""
2026-03-09,March 9,Monday,11:40 PM,rad ,"family | movies / tv ","",""
2026-03-08,March 8,Sunday,10:00 pm,awful,"Work | night shift","Hard night","Lost a patient tonight.
Stayed with the family."
2026-03-08,March 8,Sunday,8:00 am,bad,"","",""
`;

// An older export: no note_title column, CRLF line ends, 24-hour times.
const OLDER_EXPORT =
  'full_date,date,weekday,time,mood,activities,note\r\n' +
  '2019-06-02,2 June,Sunday,21:30,good,"reading | walk","Quiet Sunday, finally."\r\n' +
  '2019-06-01,1 June,Saturday,09:05,bad,"call","Post-call."\r\n';

// Custom moods, as Daylio lets users rename or add them.
const CUSTOM_MOODS_EXPORT = `full_date,date,weekday,time,mood,activities,note_title,note
2021-05-12,12 May,Wednesday,18:52,OK,"work","",""
2020-08-31,31 August,Monday,08:13,Refreshed,"Sleeping ","",""
2020-08-28,28 August,Friday,20:01,good,"movies | good meal","",""
2020-08-27,27 August,Thursday,20:01,ok,"","",""
`;

const tags: Tag[] = [{ id: 'tag-work', name: 'work', archived: false }];
const TODAY = '2026-03-12';
const nothing: DaylioExisting = { checkIns: [], journalEntries: [], tags };

function preview(text: string, existing = nothing, options: Partial<DaylioImportOptions> = {}): DaylioImportPreview {
  let n = 0;
  const result = previewDaylioImport(text, existing, { zone: 'Europe/Madrid', today: TODAY, newId: () => `id-${++n}`, ...options });
  if (!result.ok) throw new Error(result.error);
  return result.preview;
}

describe('previewDaylioImport', () => {
  describe('a current export', () => {
    const p = preview(CURRENT_EXPORT);
    const tagName = (id: string) => [...tags, ...p.newTags].find((t) => t.id === id)?.name;

    it('makes one check-in per day, mood from the last entry, activities merged', () => {
      expect(p.checkIns.map((c) => [c.day, c.mood, c.tagIds.map(tagName)])).toEqual([
        ['2026-03-08', 1, ['work', 'night shift']],
        ['2026-03-09', 5, ['family', 'movies / tv']],
        ['2026-03-10', 4, ['work', 'bad sleep', 'friends', 'good sleep']],
      ]);
      expect(p.checkIns[2]).toEqual(jasmine.objectContaining({
        zone: 'Europe/Madrid', energy: null, stress: null, sleepHours: null, sleepQuality: null,
        hoursWorked: null, shift: null, note: '', createdAt: '2026-03-10T20:14:00.000Z',
      }));
    });

    it('turns each title and note into a plain-text journal entry at its own time', () => {
      expect(p.journalEntries.map((e) => [e.createdAt, e.mood, e.text, e.tagIds.map(tagName)])).toEqual([
        ['2026-03-08T21:00:00.000Z', 1, 'Hard night\n\nLost a patient tonight.\nStayed with the family.', ['work', 'night shift']],
        ['2026-03-10T06:02:00.000Z', 3, 'Before the shift\n\nTired, but "okay"', ['work', 'bad sleep']],
        ['2026-03-10T20:14:00.000Z', 4, 'Handover was smooth.\nDinner with Ana & Luis.', ['work', 'friends', 'good sleep']],
      ]);
      expect(p.journalEntries.every((e) => e.promptId === null && e.updatedAt === e.createdAt)).toBeTrue();
    });

    it('reuses existing tags whatever their case and creates each missing one once', () => {
      expect(p.newTags.map((t) => t.name)).toEqual(['night shift', 'family', 'movies / tv', 'bad sleep', 'friends', 'good sleep']);
      expect(new Set(p.newTags.map((t) => t.id)).size).toBe(6);
      expect(p.issues).toEqual([]);
      expect(p.unknownMoods).toEqual([]);
    });
  });

  it('reads an older export without note titles', () => {
    const p = preview(OLDER_EXPORT, nothing, { zone: 'America/New_York' });
    expect(p.checkIns.map((c) => [c.day, c.mood])).toEqual([['2019-06-01', 2], ['2019-06-02', 4]]);
    expect(p.journalEntries.map((e) => [e.createdAt, e.text])).toEqual([
      ['2019-06-01T13:05:00.000Z', 'Post-call.'],
      ['2019-06-03T01:30:00.000Z', 'Quiet Sunday, finally.'],
    ]);
  });

  it('reads local times on the day the clocks change as wall-clock times', () => {
    const text = 'full_date,date,weekday,time,mood,activities,note\n' +
      '2026-03-29,29 March,Sunday,21:30,good,"","Clocks went forward."\n' +
      '2026-03-29,29 March,Sunday,01:30,meh,"",""\n';
    const p = preview(text, nothing, { today: '2026-03-29' });
    expect(p.journalEntries.map((e) => e.createdAt)).toEqual(['2026-03-29T19:30:00.000Z']);
    expect(p.checkIns[0].createdAt).toBe('2026-03-29T19:30:00.000Z');
  });

  it('skips days and notes already in Tend, creating no tag only they would use', () => {
    const existing: DaylioExisting = {
      checkIns: [{ day: '2026-03-09' }],
      journalEntries: [{ createdAt: '2026-03-08T22:00:00+01:00', text: 'Hard night\n\nLost a patient tonight.\nStayed with the family.' }],
      tags,
    };
    const p = preview(CURRENT_EXPORT, existing);
    expect(p.duplicateDays).toEqual(['2026-03-09']);
    expect(p.duplicateEntries).toBe(1);
    expect(p.checkIns.map((c) => c.day)).toEqual(['2026-03-08', '2026-03-10']);
    expect(p.journalEntries.length).toBe(2);
    expect(p.newTags.map((t) => t.name)).not.toContain('family');
  });

  it('counts a note repeated in the file once', () => {
    const lines = CURRENT_EXPORT.split('\n');
    const p = preview([...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\n'));
    expect(p.journalEntries.length).toBe(3);
    expect(p.duplicateEntries).toBe(1);
  });

  describe('custom moods', () => {
    it('reports each row with an unknown mood instead of guessing', () => {
      const p = preview(CUSTOM_MOODS_EXPORT);
      expect(p.checkIns.map((c) => c.day)).toEqual(['2020-08-28']);
      expect(p.unknownMoods).toEqual(['OK', 'Refreshed']);
      expect(p.issues.map((i) => i.row)).toEqual([2, 3, 5]);
      expect(p.issues[0].message).toBe(
        'Row 2 (2021-05-12): “OK” is not one of Daylio\'s default moods (rad, good, meh, bad, awful). ' +
          'Choose a Tend mood for it to import this row.',
      );
    });

    it('flags a mood named like a property of every object as unknown, and imports it once mapped', () => {
      const text = `full_date,date,weekday,time,mood,activities,note_title,note
2026-03-03,3 March,Tuesday,10:00,constructor,"work","","Noted."
2026-03-02,2 March,Monday,10:00,__proto__,"","",""
2026-03-01,1 March,Sunday,10:00,toString,"","",""
`;
      const p = preview(text);
      expect(p.checkIns).toEqual([]);
      expect(p.journalEntries).toEqual([]);
      expect(p.unknownMoods).toEqual(['constructor', '__proto__', 'toString']);
      expect(p.issues.map((i) => i.row)).toEqual([2, 3, 4]);

      const customMoods = Object.fromEntries([['constructor', 4], ['__proto__', 2], ['toString', 3]]) as Record<string, Rating>;
      const mapped = preview(text, nothing, { customMoods });
      expect(mapped.checkIns.map((c) => [c.day, c.mood])).toEqual([['2026-03-01', 3], ['2026-03-02', 2], ['2026-03-03', 4]]);
      expect(mapped.journalEntries.map((e) => e.mood)).toEqual([4]);
      expect(() => structuredClone(mapped)).not.toThrow();
    });

    it('imports them once the user has mapped them', () => {
      const p = preview(CUSTOM_MOODS_EXPORT, nothing, { customMoods: { ok: 3, Refreshed: 5 } });
      expect(p.checkIns.map((c) => [c.day, c.mood])).toEqual([
        ['2020-08-27', 3], ['2020-08-28', 4], ['2020-08-31', 5], ['2021-05-12', 3],
      ]);
      expect(p.issues).toEqual([]);
    });
  });

  it('reports rows it cannot read and imports the rest', () => {
    const text = `full_date,date,weekday,time,mood,activities,note_title,note
2026-02-30,30 February,Monday,10:00,good,"","",""
2026-03-01,1 March,Sunday,25:00,good,"","",""
2026-03-02,2 March,Monday,10:00,good
2026-03-03,3 March,Tuesday,10:00,,"","",""

2026-03-04,4 March,Wednesday,10:00,good,"${'x'.repeat(41)} | fine","",""
`;
    const p = preview(text);
    expect(p.issues.map((i) => i.message)).toEqual([
      'Row 2: “2026-02-30” is not a date (expected YYYY-MM-DD), so the row was skipped.',
      'Row 3 (2026-03-01): “25:00” is not a time of day, so the row was skipped.',
      'Row 4 has 5 columns instead of 8, so it was skipped.',
      'Row 5 (2026-03-03) has no mood, so it was skipped.',
      `Row 7: the activity “${'x'.repeat(41)}” was not added as a tag. Keep tag names to 40 characters (this one has 41).`,
    ]);
    expect(p.checkIns.map((c) => c.day)).toEqual(['2026-03-04']);
    expect(p.newTags.map((t) => t.name)).toEqual(['fine']);
  });

  // Dates no check-in can have, by the rule of the check-in form (check-in/domain/check-in-day-rule).
  const impossibleDays: [string, string][] = [
    ['0000-01-01', '0000-01-01 is before 2000-01-01, the first day Tend keeps'],
    ['1900-01-01', '1900-01-01 is before 2000-01-01, the first day Tend keeps'],
    ['1999-12-31', '1999-12-31 is before 2000-01-01, the first day Tend keeps'],
    ['2026-03-13', '2026-03-13 has not come yet (today is 2026-03-12)'],
    ['2099-12-31', '2099-12-31 has not come yet (today is 2026-03-12)'],
  ];
  for (const [day, reason] of impossibleDays) {
    it(`skips a row dated ${day} and says why, importing the rest`, () => {
      const text = `full_date,date,weekday,time,mood,activities,note_title,note
${day},x,x,21:00,good,"only there","","A note that day."
2026-03-01,1 March,Sunday,21:00,meh,"work","",""
`;
      const p = preview(text);
      expect(p.issues.map((i) => i.message)).toEqual([`Row 2: ${reason}, so the row was skipped.`]);
      expect(p.checkIns.map((c) => c.day)).toEqual(['2026-03-01']);
      expect(p.journalEntries).toEqual([]);
      expect(p.newTags).toEqual([]);
    });
  }

  it('judges a future day by the clock of the import', () => {
    const text = 'full_date,date,weekday,time,mood,activities,note\n2026-03-13,13 March,Friday,08:00,good,"",""\n';
    expect(preview(text, nothing, { today: '2026-03-12' }).checkIns).toEqual([]);
    expect(preview(text, nothing, { today: '2026-03-13' }).checkIns.map((c) => c.day)).toEqual(['2026-03-13']);
  });

  // A Daylio export cut off inside a quoted field: N is the line the unclosed quote opens on.
  const HEADER = 'full_date,date,weekday,time,mood,activities,note_title,note';
  const cutOff: [string, string, number][] = [
    ['in the first row', `${HEADER}\n2026-03-01,1 March,Sunday,21:00,good,"",Title,"A long note that`, 2],
    [
      'after a note of several lines',
      `${HEADER}\r\n2026-03-02,2 March,Monday,21:00,good,"","","One\r\ntwo\r\nthree"\r\n2026-03-01,1 March,Sunday,21:00,meh,"work | fri`,
      5,
    ],
    ['in a title', `${HEADER}\n2026-03-01,1 March,Sunday,21:00,good,"",Title,""\n2026-02-28,28 February,Saturday,21:00,bad,"","Hard`, 3],
  ];
  for (const [where, text, line] of cutOff) {
    it(`says where a file cut off inside quotes ends early, ${where}`, () => {
      expect(previewDaylioImport(text, nothing, { zone: 'UTC', today: TODAY })).toEqual({
        ok: false,
        error: endsEarlyMessage(line),
      });
      expect(endsEarlyMessage(line)).toMatch(new RegExp(`^The file ends early, at line ${line}\\b`));
    });
  }

  const notDaylio: [string, string][] = [
    ['an empty file', ''],
    ['a Tend check-in export', checkInsToCsv([], [])],
    ['plain text', 'Dear diary,\nToday was long.'],
    ['a spreadsheet with other columns', 'date,mood,note\r\n2026-03-01,4,fine\r\n'],
    ['another file cut off inside quotes', 'name,amount\nrent,"800'],
    ['binary data', '\u0000\u0001PK\u0003\u0004\u0014\u0000"\u0008'],
  ];
  for (const [why, text] of notDaylio) {
    it(`gives one clear message for ${why}`, () => {
      expect(previewDaylioImport(text, nothing, { zone: 'UTC', today: TODAY })).toEqual({ ok: false, error: NOT_DAYLIO_MESSAGE });
    });
  }

  it('reports how far it has got, rising to 1, about every 1 %', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
      return `${day},x,x,${(i % 12) + 8}:00,good,"work | walk","","Note ${i}, a line long."`;
    });
    const fractions: number[] = [];
    preview(`full_date,date,weekday,time,mood,activities,note_title,note\n${rows.join('\n')}\n`, nothing, {
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(fractions.length).toBeGreaterThan(20);
    expect(fractions.length).toBeLessThanOrEqual(101);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f > fractions[i - 1]))).toBeTrue();
    expect(fractions.at(-1)).toBe(1);
  });

  it('changes nothing it was given', () => {
    const existing = Object.freeze({
      checkIns: Object.freeze([Object.freeze({ day: '2026-03-09' })]),
      journalEntries: Object.freeze([]),
      tags: Object.freeze([Object.freeze({ ...tags[0] })]),
    }) as DaylioExisting;
    expect(() => preview(CURRENT_EXPORT, existing)).not.toThrow();
    expect(existing.tags.length).toBe(1);
  });

  it('generates ids with crypto when none are supplied', () => {
    const result = previewDaylioImport(OLDER_EXPORT, nothing, { zone: 'UTC', today: TODAY });
    expect(result.ok && result.preview.journalEntries[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
