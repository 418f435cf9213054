import { firstDayRead, isInWindow, rangePhrase, rangeWindow, windowLength } from './trend-range';

describe('rangeWindow', () => {
  it('ends today and counts today as the first of n days', () => {
    // 2026-03-10 − 6 days = 2026-03-04: 4, 5, 6, 7, 8, 9, 10 March is 7 days.
    expect(rangeWindow('7d', '2026-03-10')).toEqual({ start: '2026-03-04', end: '2026-03-10' });
    // 30 days across February (28 days in 2026): 9–28 Feb (20) + 1–10 Mar (10) = 30.
    expect(rangeWindow('30d', '2026-03-10')).toEqual({ start: '2026-02-09', end: '2026-03-10' });
    // 90 days: 11–31 Dec (21) + Jan (31) + Feb (28) + 1–10 Mar (10) = 90.
    expect(rangeWindow('90d', '2026-03-10')).toEqual({ start: '2025-12-11', end: '2026-03-10' });
    // 365 days in a span holding 29 Feb 2024: 2024-12-31 − 364 = 2024-01-02.
    expect(rangeWindow('365d', '2024-12-31')).toEqual({ start: '2024-01-02', end: '2024-12-31' });
  });

  it('starts "all" at the first check-in, or today without one', () => {
    expect(rangeWindow('all', '2026-03-10', '2023-05-01')).toEqual({ start: '2023-05-01', end: '2026-03-10' });
    expect(rangeWindow('all', '2026-03-10')).toEqual({ start: '2026-03-10', end: '2026-03-10' });
    expect(rangeWindow('all', '2026-03-10', '2026-04-01')).toEqual({ start: '2026-03-10', end: '2026-03-10' });
  });

  it('measures windows inclusively and tests membership', () => {
    expect(windowLength(rangeWindow('90d', '2026-03-10'))).toBe(90);
    expect(windowLength({ start: '2025-12-30', end: '2026-01-02' })).toBe(4);
    expect(isInWindow('2026-01-02', { start: '2025-12-30', end: '2026-01-02' })).toBeTrue();
    expect(isInWindow('2026-01-03', { start: '2025-12-30', end: '2026-01-02' })).toBeFalse();
  });

  it('names ranges for sentences', () => {
    expect(rangePhrase('30d')).toBe('the last 30 days');
    expect(rangePhrase('all')).toBe('all time');
  });
});

describe('firstDayRead', () => {
  it("is the window's first day less the six days that feed its first rolling mean", () => {
    // 7 days ending 31 March start on the 25th; the rolling mean reaches back to the 19th.
    expect(firstDayRead('7d', '2026-03-31')).toBe('2026-03-19');
    // 30 days start on 2 March; six before that is 24 February.
    expect(firstDayRead('30d', '2026-03-31')).toBe('2026-02-24');
    expect(firstDayRead('all', '2026-03-31')).toBeNull();
  });
});
