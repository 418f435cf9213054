import { ScoredAssessment } from '../assessment-result';
import { scoreInstrument } from '../score-instrument';
import { answersFromValues } from '../testing/answers-from-values';
import { PROQOL_5 } from './proqol-5';

const CS = [3, 6, 12, 16, 18, 20, 22, 24, 27, 30];
const BO = [1, 4, 8, 10, 15, 17, 19, 21, 26, 29];
const STS = [2, 5, 7, 9, 11, 13, 14, 23, 25, 28];
const REVERSED = [1, 4, 15, 17, 29];
const every = (value: number) => Object.fromEntries(PROQOL_5.items.map((i) => [i.id, value]));

function scored(values: Record<string, number>): ScoredAssessment {
  const result = scoreInstrument(PROQOL_5, answersFromValues(PROQOL_5, values));
  if (result.status !== 'scored') throw new Error('not scored');
  return result;
}
const score = (r: ScoredAssessment, id: string) => r.scales.find((s) => s.scaleId === id);

/** Raw answers on `items` that sum to `total` (each 1–5). */
function summing(items: readonly number[], total: number): Record<string, number> {
  let left = total - items.length;
  return Object.fromEntries(items.map((n) => {
    const extra = Math.min(4, left);
    left -= extra;
    return [`q${n}`, 1 + extra];
  }));
}

describe('ProQOL 5', () => {
  it('sums three subscales of ten items, with no total', () => {
    const r = scored(every(3));
    expect(r.scales.map((s) => [s.scaleId, s.score])).toEqual([
      ['compassion-satisfaction', 30], ['burnout', 30], ['secondary-traumatic-stress', 30],
    ]);
  });

  it('reverses burnout items 1, 4, 15, 17 and 29 as 6 − x (self-score sheet)', () => {
    // All "Never": the five reversed items count 5 each, the other five 1 each.
    expect(score(scored(every(1)), 'burnout')?.score).toBe(30);
    expect(score(scored(every(5)), 'burnout')?.score).toBe(30);
  });

  for (const n of REVERSED) {
    it(`lowers burnout when item ${n} is answered higher`, () => {
      const low = score(scored({ ...every(3), [`q${n}`]: 1 }), 'burnout')?.score ?? NaN;
      const high = score(scored({ ...every(3), [`q${n}`]: 5 }), 'burnout')?.score ?? NaN;
      expect(low - high).toBe(4);
    });
  }

  it('does not reverse the other burnout items', () => {
    expect((score(scored({ ...every(3), q8: 5 }), 'burnout')?.score ?? 0) - 30).toBe(2);
  });

  // Self-score sheet: 22 or less low, 23–41 moderate, 42 or more high, for each subscale.
  const bands: [number, string][] = [[10, 'low'], [22, 'low'], [23, 'moderate'], [41, 'moderate'], [42, 'high'], [50, 'high']];
  for (const [total, band] of bands) {
    it(`puts a subscale sum of ${total} in ${band}`, () => {
      const r = scored({ ...every(3), ...summing(CS, total), ...summing(STS, total) });
      expect(score(r, 'compassion-satisfaction')?.score).toBe(total);
      expect(score(r, 'compassion-satisfaction')?.band?.id).toBe(band);
      expect(score(r, 'secondary-traumatic-stress')?.band?.id).toBe(band);
    });
  }

  it('reads burnout through the reversal: all "Very Often" on the unreversed five and "Never" on the reversed is 50, high', () => {
    const values = Object.fromEntries(BO.map((n) => [`q${n}`, REVERSED.includes(n) ? 1 : 5]));
    const burnout = score(scored({ ...every(3), ...values }), 'burnout');
    expect(burnout?.score).toBe(50);
    expect(burnout?.band?.id).toBe('high');
  });

  it('needs all thirty items', () => {
    const values = every(3);
    delete values['q30'];
    const r = scoreInstrument(PROQOL_5, answersFromValues(PROQOL_5, values));
    expect(r.status === 'incomplete' && r.missingItemIds).toEqual(['q30']);
  });

  it('keeps the published "[helper]" wording and the recall period', () => {
    expect(PROQOL_5.items.filter((i) => i.text.includes('[helper]')).map((i) => i.number)).toEqual([7, 10, 12, 19, 27]);
    expect(PROQOL_5.recallPeriod).toBe('in the last 30 days');
    expect(PROQOL_5.terms.text).toContain('(c) it is not sold');
  });
});
