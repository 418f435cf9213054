import { DAYLIO_MAX_BYTES, daylioFileSizeProblem, readDaylioFile } from './daylio-file';

const TODAY = '2026-03-12';

describe('readDaylioFile', () => {
  it('finds the columns by name, in any order, ignoring case and a byte-order mark', () => {
    const file = readDaylioFile('\uFEFFMood,Full_Date,date,weekday,time,activities,note\r\nmeh,2026-03-01,1 March,Sunday,9:00 AM,"a | b",hi\r\n', TODAY);
    expect(file).toEqual({
      ok: true,
      issues: [],
      rows: [{ row: 2, day: '2026-03-01', minutes: 540, mood: 'meh', activities: ['a', 'b'], title: '', note: 'hi' }],
    });
  });

  const sizes: [number, string | null][] = [
    [0, null],
    [3 * 1024 * 1024, null],
    [DAYLIO_MAX_BYTES, null],
    [DAYLIO_MAX_BYTES + 1, '20.0 MB'],
    [30 * 1024 * 1024, '30.0 MB'],
  ];
  for (const [bytes, shown] of sizes) {
    it(`${shown ? 'refuses' : 'accepts'} a file of ${bytes} bytes`, () => {
      const problem = daylioFileSizeProblem(bytes);
      if (shown === null) {
        expect(problem).toBeNull();
      } else {
        expect(problem).toContain(`This file is ${shown}.`);
        expect(problem).toContain('up to 20 MB');
      }
    });
  }

  it('accepts a header with no entries', () => {
    expect(readDaylioFile('full_date,date,weekday,time,mood,activities,note_title,note\n', TODAY)).toEqual({ ok: true, rows: [], issues: [] });
  });
});
