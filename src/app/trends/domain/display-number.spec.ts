import { formatCorrelation, formatForDisplay, NO_VALUE, roundForDisplay } from './display-number';

describe('display numbers', () => {
  it('rounds to one decimal, half away from zero', () => {
    const cases: [number, number][] = [
      [3.44, 3.4],
      [3.45, 3.5],
      [2.25, 2.3],
      [-2.25, -2.3],
      // 10 / 3 = 3.333… → 3.3
      [10 / 3, 3.3],
      [7, 7],
    ];
    for (const [value, expected] of cases) {
      expect(roundForDisplay(value)).withContext(String(value)).toBe(expected);
    }
    // 1.005 is stored as 1.00499999…; people expect 1.01.
    expect(roundForDisplay(1.005, 2)).toBe(1.01);
  });

  it('formats whole numbers without a trailing .0 and gaps as a dash', () => {
    expect(formatForDisplay(3.96)).toBe('4');
    expect(formatForDisplay(3.64)).toBe('3.6');
    expect(formatForDisplay(-0.04)).toBe('0');
    expect(formatForDisplay(null)).toBe(NO_VALUE);
    expect(formatForDisplay(Number.NaN)).toBe(NO_VALUE);
  });

  it('formats correlations with two decimals and a true minus sign', () => {
    expect(formatCorrelation(0.4)).toBe('0.40');
    expect(formatCorrelation(-0.0549)).toBe('−0.05');
    expect(formatCorrelation(-0.001)).toBe('0.00');
  });
});
