import { CheckIn } from './check-in';
import { firstReadDay, recentDays, recentDaysLabel } from './recent-days';

const on = (day: string): CheckIn => ({ day, mood: 3 }) as CheckIn;

describe('recentDays', () => {
  const checkIns = [on('2026-03-01'), on('2026-03-03'), on('2026-03-07'), on('2026-02-20')];

  it('lists the last seven days up to today, oldest first, with or without a check-in', () => {
    const days = recentDays(checkIns, '2026-03-07');
    expect(days.map((d) => d.day)).toEqual([
      '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07',
    ]);
    expect(days.map((d) => d.checkIn !== null)).toEqual([true, false, true, false, false, false, true]);
    expect(days[0].checkIn).toBe(checkIns[0]);
  });

  it('can cover another number of days', () => {
    expect(recentDays(checkIns, '2026-03-03', 3).map((d) => d.day)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('describes the week as a plain count', () => {
    expect(recentDaysLabel(recentDays(checkIns, '2026-03-07'))).toBe('Checked in on 3 of the last 7 days');
    expect(recentDaysLabel(recentDays([], '2026-03-07'))).toBe('Checked in on 0 of the last 7 days');
  });
});

describe('firstReadDay', () => {
  it('starts six weeks before the check-in day, which starts at 04:00', () => {
    // 02:30 in Chicago on 29 November still belongs to the 28th.
    expect(firstReadDay(new Date('2026-11-29T08:30:00Z'), 'America/Chicago')).toBe('2026-10-17');
    expect(firstReadDay(new Date('2026-11-29T12:00:00Z'), 'America/Chicago')).toBe('2026-10-18');
  });
});
