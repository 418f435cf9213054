import { toEpochDay } from '../../shared/time/calendar-day';
import { dateLabel, dayLabel, monthKey, monthLabel, weekKey, weekLabel } from './period-label';

describe('period labels', () => {
  it('names days, weeks and months', () => {
    expect(dateLabel(toEpochDay('2026-03-04'))).toBe('4 Mar 2026');
    expect(dayLabel(toEpochDay('2026-03-04'))).toBe('Wed 4 Mar 2026');
    expect(weekLabel(toEpochDay('2025-12-29'))).toBe('Week of 29 Dec 2025');
    // 2025 × 12 + 11 = 24311 is December 2025.
    expect(monthLabel(24311)).toBe('Dec 2025');
    expect(monthKey(24311)).toBe('2025-12');
    expect(monthKey(24312)).toBe('2026-01');
  });

  it('keys ISO weeks by the year of their Thursday', () => {
    expect(weekKey(toEpochDay('2025-12-29'))).toBe('2026-W01');
    expect(weekKey(toEpochDay('2027-01-03'))).toBe('2026-W53');
    expect(weekKey(toEpochDay('2026-03-04'))).toBe('2026-W10');
  });
});
