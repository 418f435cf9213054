import { scoreInstrument } from '../score-instrument';
import { answersFromValues } from '../testing/answers-from-values';
import { SCS_SF } from './scs-sf';

const REVERSED = [1, 4, 8, 9, 11, 12];
const FORWARD = [2, 3, 5, 6, 7, 10];
const every = (value: number) => Object.fromEntries(SCS_SF.items.map((i) => [i.id, value]));
const scs = (values: Record<string, number>) => {
  const r = scoreInstrument(SCS_SF, answersFromValues(SCS_SF, values));
  if (r.status !== 'scored') throw new Error('not scored');
  return r;
};
/** Neutral answers, with `extra` scored points added through forward items. */
const plus = (extra: number) => {
  const values = every(3);
  for (const n of FORWARD) {
    const add = Math.min(2, extra);
    values[`q${n}`] = 3 + add;
    extra -= add;
  }
  return values;
};
const minus = (less: number) => {
  const values = every(3);
  for (const n of FORWARD) {
    const take = Math.min(2, less);
    values[`q${n}`] = 3 - take;
    less -= take;
  }
  return values;
};

describe('Self-Compassion Scale – Short Form', () => {
  it('reports the total only', () => {
    expect(scs(every(3)).scales.map((s) => s.scaleId)).toEqual(['total']);
  });

  // Neff's sheet: 1.0–2.49 low, 2.5–3.5 moderate, 3.51–5.0 high (a rough guide).
  const table: [Record<string, number>, number, string][] = [
    [minus(7), 29 / 12, 'low'],
    [minus(6), 2.5, 'moderate'],
    [every(3), 3, 'moderate'],
    [plus(6), 3.5, 'moderate'],
    [plus(7), 43 / 12, 'high'],
  ];
  for (const [values, mean, band] of table) {
    it(`scores a mean of ${mean.toFixed(3)} as ${band}`, () => {
      const total = scs(values).scales[0];
      expect(total.score).toBeCloseTo(mean, 9);
      expect(total.band?.id).toBe(band);
      expect(total.band?.note).toContain('rough guide');
    });
  }

  it('scores the extremes 1 and 5 through the reversed items', () => {
    const lowest = Object.fromEntries(SCS_SF.items.map((i) => [i.id, REVERSED.includes(i.number) ? 5 : 1]));
    const highest = Object.fromEntries(SCS_SF.items.map((i) => [i.id, REVERSED.includes(i.number) ? 1 : 5]));
    expect(scs(lowest).scales[0].score).toBe(1);
    expect(scs(highest).scales[0].score).toBe(5);
  });

  for (const n of REVERSED) {
    it(`reverses item ${n}: answering it more often lowers self-compassion`, () => {
      expect(scs({ ...every(3), [`q${n}`]: 5 }).scales[0].score).toBeCloseTo(34 / 12, 9);
    });
  }
});
