import { CheckIn, Rating } from '../../check-in/domain';
import { aCheckIn } from './check-in-fixture';
import { sleepMoodPattern } from './sleep-mood-pattern';

/**
 * 15 days from 1 March 2026. Day i (1–14) sleeps 4 + 0.5 i hours, so sleep ranks are 1…14 in
 * day order; `nextMoods[i − 1]` is the mood of day i + 1. That gives 14 pairs.
 */
function fortnight(nextMoods: Rating[]): CheckIn[] {
  return Array.from({ length: 15 }, (_, i) =>
    aCheckIn(`2026-03-${String(i + 1).padStart(2, '0')}`, {
      sleepHours: 4 + 0.5 * (i + 1),
      mood: i === 0 ? 3 : nextMoods[i - 1],
    }),
  );
}

/** Moods of 4 where the sleep rank is listed, 2 elsewhere. */
function foursAt(ranks: number[], high: Rating = 4, low: Rating = 2): Rating[] {
  return Array.from({ length: 14 }, (_, i) => (ranks.includes(i + 1) ? high : low));
}

// With seven 2s (average rank 4) and seven 4s (average rank 11), every dy = ±3.5 around 7.5.
// Σdx² = n(n² − 1) / 12 = 14 × 195 / 12 = 227.5; Σdy² = 14 × 3.5² = 171.5; √(227.5 × 171.5) = 197.525.
// Σdx·dy = 3.5 × (Σdx over the 4s − Σdx over the 2s) = 7 × (sum of the 4s' ranks − 7 × 7.5).
describe('sleepMoodPattern', () => {
  it('reads a moderate positive pattern without claiming a cause', () => {
    // 4s at ranks 2, 6, 7, 9, 11, 13, 14: sum 62 → 7 × (62 − 52.5) = 66.5; ρ = 66.5 / 197.525 = 0.337 → 0.34.
    const pattern = sleepMoodPattern(fortnight(foursAt([2, 6, 7, 9, 11, 13, 14])));
    expect(pattern).toEqual({
      status: 'pattern',
      n: 14,
      rho: 0.34,
      strength: 'moderate',
      reading:
        'On nights you slept more, your next-day mood tended to be higher (moderate pattern, ρ = 0.34, 14 days). ' +
        'This shows a pattern, not a cause.',
    });
  });

  it('reads negative, strong and absent patterns', () => {
    // Same ranks with 2 and 4 swapped: ρ = −0.34.
    expect(sleepMoodPattern(fortnight(foursAt([2, 6, 7, 9, 11, 13, 14], 2, 4))).reading).toBe(
      'On nights you slept more, your next-day mood tended to be lower (moderate pattern, ρ = −0.34, 14 days). ' +
        'This shows a pattern, not a cause.',
    );
    // 4s at ranks 8–14: sum 77 → 7 × 24.5 = 171.5; ρ = 171.5 / 197.525 = 0.868 → 0.87.
    const strong = sleepMoodPattern(fortnight(foursAt([8, 9, 10, 11, 12, 13, 14])));
    expect(strong.status === 'pattern' && [strong.rho, strong.strength]).toEqual([0.87, 'strong']);
    // 4s at ranks 1, 2, 7, 8, 9, 12, 13: sum 52 → 7 × (−0.5) = −3.5; ρ = −0.018 → −0.02.
    expect(sleepMoodPattern(fortnight(foursAt([1, 2, 7, 8, 9, 12, 13]))).reading).toBe(
      'There is no clear pattern between how long you slept and your next-day mood (ρ = −0.02, 14 days).',
    );
  });

  it('needs 14 pairs of consecutive days', () => {
    const days = fortnight(foursAt([8, 9, 10, 11, 12, 13, 14]));
    // 14 days make only 13 pairs.
    expect(sleepMoodPattern(days.slice(0, 14))).toEqual({
      status: 'too-few',
      n: 13,
      reading:
        'Looking for a pattern between sleep and next-day mood needs 14 pairs of check-ins on consecutive days; ' +
        'so far there are 13.',
    });
    // Without 8 March, pairs 7→8 and 8→9 are lost: 14 − 2 = 12.
    expect(sleepMoodPattern(days.filter((c) => c.day !== '2026-03-08')).n).toBe(12);
    // A window of 2–15 March drops the 1→2 pair.
    expect(sleepMoodPattern(days, { start: '2026-03-02', end: '2026-03-15' }).status).toBe('too-few');
  });

  it('says so when sleep never changed', () => {
    const days = fortnight(foursAt([8, 9, 10, 11, 12, 13, 14])).map((c) => ({ ...c, sleepHours: 7 }));
    expect(sleepMoodPattern(days)).toEqual({
      status: 'no-variation',
      n: 14,
      reading: 'Over these 14 days your sleep or your next-day mood did not change, so there is no pattern to show.',
    });
  });
});
