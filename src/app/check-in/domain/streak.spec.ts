import { checkInStreak, checkInStreakSince, streakLabel } from './streak';

describe('checkInStreak', () => {
  const cases: [string, string[], string, number][] = [
    ['no check-ins', [], '2026-03-10', 0],
    ['only today', ['2026-03-10'], '2026-03-10', 1],
    ['three days ending today', ['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10', 3],
    ['today still open after two days', ['2026-03-08', '2026-03-09'], '2026-03-10', 2],
    ['a gap before yesterday', ['2026-03-06', '2026-03-09', '2026-03-10'], '2026-03-10', 2],
    ['last check-in two days ago', ['2026-03-07', '2026-03-08'], '2026-03-10', 0],
    ['across a month end', ['2026-02-27', '2026-02-28', '2026-03-01'], '2026-03-01', 3],
  ];
  for (const [why, days, today, expected] of cases) {
    it(`is ${expected} with ${why}`, () => {
      expect(checkInStreak(days, today)).toBe(expected);
    });
  }
});

describe('checkInStreakSince', () => {
  const days = ['2026-03-07', '2026-03-08', '2026-03-09'];

  it('counts as usual once every day has been read', () => {
    expect(checkInStreakSince(days, '2026-03-10', null)).toBe(3);
  });

  it('counts a streak that starts after the first day read', () => {
    expect(checkInStreakSince(days, '2026-03-10', '2026-03-06')).toBe(3);
    expect(checkInStreakSince(['2026-03-05', ...days.slice(1)], '2026-03-09', '2026-03-05')).toBe(2);
  });

  it('is unknown when the streak reaches the first day read: the days before decide it', () => {
    expect(checkInStreakSince(days, '2026-03-10', '2026-03-07')).toBeUndefined();
    expect(checkInStreakSince([...days, '2026-03-10'], '2026-03-10', '2026-03-07')).toBeUndefined();
  });

  it('is zero without a check-in today or yesterday, whatever came before', () => {
    expect(checkInStreakSince(days, '2026-03-12', '2026-03-07')).toBe(0);
  });
});

describe('streakLabel', () => {
  it('says nothing at all when there is no streak', () => {
    expect(streakLabel(0)).toBeNull();
  });

  it('describes a streak in neutral words', () => {
    expect(streakLabel(1)).toBe('1 day');
    expect(streakLabel(12)).toBe('12 days in a row');
  });
});
