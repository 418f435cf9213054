import { scoreInstrument } from '../score-instrument';
import { answersFromValues } from '../testing/answers-from-values';
import { BRS } from './brs';

const brs = (values: Record<string, number>) => {
  const r = scoreInstrument(BRS, answersFromValues(BRS, values));
  if (r.status !== 'scored') throw new Error('not scored');
  return r.scales[0];
};
const neutral = { q1: 3, q2: 3, q3: 3, q4: 3, q5: 3, q6: 3 };

describe('Brief Resilience Scale', () => {
  // Mean after reversing 2, 4 and 6. Smith et al. 2013: < 3.00 low, 3.00–4.30 normal, > 4.30 high.
  const table: [Record<string, number>, number, string][] = [
    [{ q1: 1, q2: 5, q3: 1, q4: 5, q5: 1, q6: 5 }, 1, 'low'],
    [{ ...neutral, q1: 2 }, 17 / 6, 'low'],
    [neutral, 3, 'normal'],
    [{ ...neutral, q1: 5, q3: 5, q5: 5, q2: 2 }, 25 / 6, 'normal'],
    [{ ...neutral, q1: 5, q3: 5, q5: 5, q2: 1 }, 26 / 6, 'high'],
    [{ q1: 5, q2: 1, q3: 5, q4: 1, q5: 5, q6: 1 }, 5, 'high'],
  ];
  for (const [values, mean, band] of table) {
    it(`scores ${mean.toFixed(2)} as ${band}`, () => {
      const scale = brs(values);
      expect(scale.score).toBeCloseTo(mean, 9);
      expect(scale.band?.id).toBe(band);
    });
  }

  for (const item of ['q2', 'q4', 'q6']) {
    it(`reverses ${item}: agreeing more lowers resilience`, () => {
      expect(brs({ ...neutral, [item]: 5 }).score).toBeCloseTo(16 / 6, 9);
      expect(brs({ ...neutral, [item]: 1 }).score).toBeCloseTo(20 / 6, 9);
    });
  }

  it('does not reverse items 1, 3 and 5', () => {
    expect(brs({ ...neutral, q3: 5 }).score).toBeCloseTo(20 / 6, 9);
  });

  it('needs all six items before scoring', () => {
    const r = scoreInstrument(BRS, answersFromValues(BRS, { q1: 5, q2: 1, q3: 5, q4: 1, q5: 5 }));
    expect(r.status === 'incomplete' && r.missingItemIds).toEqual(['q6']);
  });
});
