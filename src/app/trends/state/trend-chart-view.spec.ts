import { tickLabel } from './trend-chart-view';

describe('tickLabel', () => {
  const cases: [string, Parameters<typeof tickLabel>, string][] = [
    ['a day', ['Wed 4 Mar 2026', 'day', false], '4 Mar'],
    ['a day in a range across a new year', ['Wed 31 Dec 2025', 'day', true], '31 Dec 2025'],
    ['a week', ['Week of 29 Dec 2025', 'week', false], '29 Dec'],
    ['a month', ['Jan 2026', 'month', false], 'Jan 2026'],
    ['a year', ['2026', 'year', true], '2026'],
  ];
  cases.forEach(([what, args, expected]) =>
    it(`shortens ${what}`, () => {
      expect(tickLabel(...args)).toBe(expected);
    }),
  );
});
