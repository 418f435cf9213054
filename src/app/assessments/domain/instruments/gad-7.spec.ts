import { ScoredAssessment } from '../assessment-result';
import { scoreInstrument } from '../score-instrument';
import { answersFromValues, valuesSummingTo } from '../testing/answers-from-values';
import { GAD_7 } from './gad-7';

const ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'];

function scored(values: Record<string, number>): ScoredAssessment {
  const result = scoreInstrument(GAD_7, answersFromValues(GAD_7, values));
  if (result.status !== 'scored') throw new Error('not scored');
  return result;
}
const scale = (r: ScoredAssessment, id: string) => r.scales.find((s) => s.scaleId === id);

describe('GAD-7', () => {
  // Spitzer et al. 2006: 5, 10 and 15 start mild, moderate and severe.
  const bands: [number, string][] = [
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe'],
  ];
  for (const [total, band] of bands) {
    it(`puts a total of ${total} in ${band}`, () => {
      const r = scored(valuesSummingTo([...ITEMS].reverse(), total, 3));
      expect(scale(r, 'total')?.score).toBe(total);
      expect(scale(r, 'total')?.band?.id).toBe(band);
    });
  }

  const gad2: [number, number, string][] = [[1, 1, 'negative'], [2, 0, 'negative'], [2, 1, 'positive'], [3, 0, 'positive']];
  for (const [q1, q2, band] of gad2) {
    it(`reads GAD-2 ${q1} + ${q2} as ${band}`, () => {
      expect(scale(scored({ ...valuesSummingTo(ITEMS, 0, 3), q1, q2 }), 'gad-2')?.band?.id).toBe(band);
    });
  }

  it('needs all seven items, not the difficulty question', () => {
    const r = scoreInstrument(GAD_7, answersFromValues(GAD_7, { ...valuesSummingTo(ITEMS.slice(0, 6), 6, 3), difficulty: 1 }));
    expect(r.status).toBe('incomplete');
    if (r.status === 'incomplete') expect(r.missingItemIds).toEqual(['q7']);
  });

  it('has no safety rule: GAD-7 asks nothing about self-harm', () => {
    expect(scored(valuesSummingTo(ITEMS, 21, 3)).safetySignals).toEqual([]);
  });

  it('labels the lowest option "Not at all", as on the Pfizer form', () => {
    expect(GAD_7.optionSets[0].options[0]).toEqual({ id: 'not-at-all', label: 'Not at all', value: 0 });
    expect(GAD_7.items.map((i) => i.text).slice(0, 7)).toEqual([
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid as if something awful might happen',
    ]);
  });
});
