import { describeSeries, SeriesDescription, trendDirection } from './series-summary';

const mood: SeriesDescription = {
  subject: 'Mood',
  period: 'the last 30 days',
  noun: ['check-in', 'check-ins'],
  similarWithin: 0.25,
};

describe('trendDirection', () => {
  it('compares the first and last thirds of the values', () => {
    // n = 7 → thirds of ⌊7 / 3⌋ = 2: first {2, 3} = 2.5, last {4, 4} = 4; +1.5 → up.
    expect(trendDirection([2, 3, 5, 1, 3, 4, 4], 0.25)).toBe('up');
    // first {4, 4} = 4, last {3, 3} = 3; −1 → down.
    expect(trendDirection([4, 4, 1, 5, 3, 3], 0.25)).toBe('down');
    // first {3, 4} = 3.5, last {3.5, 3.5} = 3.5; 0 → flat.
    expect(trendDirection([3, 4, 1, 5, 3.5, 3.5], 0.25)).toBe('flat');
    // first {3, 3} = 3, last {3, 3.5} = 3.25; +0.25 is not below 0.25 → up.
    expect(trendDirection([3, 3, 1, 1, 3, 3.5], 0.25)).toBe('up');
    // last {3, 3.4} = 3.2; +0.2 < 0.25 → flat.
    expect(trendDirection([3, 3, 1, 1, 3, 3.4], 0.25)).toBe('flat');
  });

  it('needs six values', () => {
    expect(trendDirection([1, 2, 3, 4, 5], 0.25)).toBeNull();
  });
});

describe('describeSeries', () => {
  it('states count, average, extremes and trend', () => {
    // 1, 2, 3, 4, 5, 5: sum 20, mean 20 / 6 = 3.33 → 3.3; first third {1, 2} = 1.5, last {5, 5} = 5 → up.
    expect(describeSeries([1, 2, 3, 4, 5, 5], mood)).toBe(
      'Mood over the last 30 days: 6 check-ins, average 3.3, lowest 1, highest 5, trending up.',
    );
    // 4, 4, 4, 4, 4, 3: mean 23 / 6 = 3.83 → 3.8; first {4, 4} = 4, last {4, 3} = 3.5; −0.5 → down.
    expect(describeSeries([4, 4, 4, 4, 4, 3], mood)).toBe(
      'Mood over the last 30 days: 6 check-ins, average 3.8, lowest 3, highest 4, trending down.',
    );
    expect(describeSeries([3, 3, 3, 3, 3, 3], mood)).toBe(
      'Mood over the last 30 days: 6 check-ins, average 3, lowest 3, highest 3, steady.',
    );
  });

  it('puts units on every number', () => {
    const sleep = { ...mood, subject: 'Sleep', period: 'the last 7 days', unit: 'hours', similarWithin: 0.5 };
    // 6 + 6.5 + 7 + 7.5 + 8 + 8 = 43, / 6 = 7.17 → 7.2; first {6, 6.5} = 6.25, last {8, 8} = 8 → up.
    expect(describeSeries([6, 6.5, 7, 7.5, 8, 8], sleep)).toBe(
      'Sleep over the last 7 days: 6 check-ins, average 7.2 hours, lowest 6 hours, highest 8 hours, trending up.',
    );
  });

  it('is honest about no and little data', () => {
    expect(describeSeries([], mood)).toBe('Mood over the last 30 days: no check-ins.');
    expect(describeSeries([4], mood)).toBe('Mood over the last 30 days: 1 check-in, 4; too few to show a trend.');
    // (2 + 5) / 2 = 3.5
    expect(describeSeries([2, 5], mood)).toBe(
      'Mood over the last 30 days: 2 check-ins, average 3.5, lowest 2, highest 5; too few to show a trend.',
    );
  });
});
