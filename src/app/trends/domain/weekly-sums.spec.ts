import { sumWithin, weeklySums } from './weekly-sums';

describe('weeklySums', () => {
  it('totals ISO weeks across week 53 and the year end, zero for empty weeks', () => {
    const entries = [
      { day: '2026-12-28', amount: 30 }, // before the window
      { day: '2027-01-03', amount: 15 },
      { day: '2027-01-04', amount: 10 },
      { day: '2027-01-04', amount: 5 },
      { day: 'not a day', amount: 99 },
      { day: '2027-01-05', amount: Number.NaN },
    ];
    const weeks = weeklySums(entries, { start: '2026-12-30', end: '2027-01-12' });
    expect(weeks).toEqual([
      // Wed 30 Dec – Sun 3 Jan of 2026-W53: {15}.
      { key: '2026-W53', label: 'Week of 28 Dec 2026', start: '2026-12-30', end: '2027-01-03', total: 15, n: 1 },
      // 4–10 Jan: 10 + 5 = 15.
      { key: '2027-W01', label: 'Week of 4 Jan 2027', start: '2027-01-04', end: '2027-01-10', total: 15, n: 2 },
      { key: '2027-W02', label: 'Week of 11 Jan 2027', start: '2027-01-11', end: '2027-01-12', total: 0, n: 0 },
    ]);
  });
});

describe('sumWithin', () => {
  it('totals a window such as a license cycle, ends included', () => {
    const credits = [
      { day: '2024-01-01', amount: 2 },
      { day: '2025-06-30', amount: 1.5 },
      { day: '2025-12-31', amount: 0.25 },
      { day: '2026-01-01', amount: 4 },
    ];
    // 2 + 1.5 + 0.25 = 3.75 over the 2024–2025 cycle.
    expect(sumWithin(credits, { start: '2024-01-01', end: '2025-12-31' })).toEqual({ total: 3.75, n: 3 });
  });
});
