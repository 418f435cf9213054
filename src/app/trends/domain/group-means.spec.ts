import { CheckIn, Rating, ShiftType } from '../../check-in/domain';
import { aCheckIn } from './check-in-fixture';
import { meansByShift, meansByTag } from './group-means';

/** Consecutive days in March 2026 from `startDay`. */
function days(startDay: number, shift: ShiftType | null, rows: [Rating, Rating | null, Rating | null][]): CheckIn[] {
  return rows.map(([mood, energy, stress], i) =>
    aCheckIn(`2026-03-${String(startDay + i).padStart(2, '0')}`, { shift, mood, energy, stress }),
  );
}

describe('meansByShift', () => {
  const checkIns = [
    // Day shifts: mood {3, 4, 4, 5, 3} = 19 / 5 = 3.8; energy {3, 3, 3, 3, 4} = 16 / 5 = 3.2;
    // stress {2, 2, 3, 3, 3} = 13 / 5 = 2.6.
    ...days(1, 'day', [[3, 3, 2], [4, 3, 2], [4, 3, 3], [5, 3, 3], [3, 4, 3]]),
    // Nights: mood {2, 2, 3, 2, 3, 2} = 14 / 6 = 2.33 → 2.3; energy recorded on 5 nights {2 × 5} = 2;
    // stress {4, 4, 5, 4, 4, 5} = 26 / 6 = 4.33 → 4.3.
    ...days(6, 'night', [[2, 2, 4], [2, 2, 4], [3, null, 5], [2, 2, 4], [3, 2, 4], [2, 2, 5]]),
    ...days(12, 'call24', [[1, 1, 5], [2, 1, 5]]),
    ...days(14, null, [[5, 5, 1]]),
  ];

  it('means each shift with n, in the form’s order, and suppresses small ones', () => {
    const insight = meansByShift(checkIns);
    expect(insight.shown).toEqual([
      {
        key: 'day',
        n: 5,
        means: { mood: { mean: 3.8, n: 5 }, energy: { mean: 3.2, n: 5 }, stress: { mean: 2.6, n: 5 } },
      },
      {
        key: 'night',
        n: 6,
        means: { mood: { mean: 2.3, n: 6 }, energy: { mean: 2, n: 5 }, stress: { mean: 4.3, n: 6 } },
      },
    ]);
    // Evening and off have no days at all, and the check-in without a shift belongs to no group.
    expect(insight.suppressed).toEqual([{ key: 'call24', n: 2, reason: 'fewer than 5 days' }]);
  });

  it('hides a metric recorded on fewer than 5 of a group’s days', () => {
    const imported = days(1, 'night', [[2, 2, null], [3, 2, null], [2, 2, 4], [3, 2, 4], [2, 2, 4]]);
    const [night] = meansByShift(imported).shown;
    // Stress on 3 nights only; mood {2, 3, 2, 3, 2} = 12 / 5 = 2.4.
    expect(night?.means.stress).toEqual({ mean: null, n: 3 });
    expect(night?.means.mood).toEqual({ mean: 2.4, n: 5 });
  });

  it('counts only days inside the window', () => {
    const insight = meansByShift(checkIns, { start: '2026-03-02', end: '2026-03-31' });
    expect(insight.shown.map((g) => g.key)).toEqual(['night']);
    expect(insight.suppressed.map((g) => [g.key, g.n])).toEqual([['day', 4], ['call24', 2]]);
  });
});

describe('meansByTag', () => {
  it('counts a check-in in each of its tags, largest group first', () => {
    const moods: Rating[] = [1, 2, 3, 4, 5, 5];
    const checkIns = moods.map((mood, i) =>
      aCheckIn(`2026-03-0${i + 1}`, { mood, tagIds: i === 0 ? ['clinic', 'clinic'] : i < 5 ? ['clinic', 'gym'] : ['clinic', 'rain'] }),
    );
    const insight = meansByTag(checkIns);
    // clinic: all six days {1, 2, 3, 4, 5, 5} = 20 / 6 = 3.33 → 3.3 (the doubled tag counts once).
    // gym: days 2–5 {2, 3, 4, 5}: 4 days, suppressed. rain: 1 day, suppressed.
    expect(insight.shown.map((g) => [g.key, g.n, g.means.mood.mean])).toEqual([['clinic', 6, 3.3]]);
    expect(insight.suppressed.map((g) => [g.key, g.n])).toEqual([['gym', 4], ['rain', 1]]);
  });
});
