import { ScoredAssessment } from '../assessment-result';
import { scoreInstrument } from '../score-instrument';
import { answersFromValues, valuesSummingTo } from '../testing/answers-from-values';
import { PHQ_9 } from './phq-9';

const ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'];

function scored(values: Record<string, number>): ScoredAssessment {
  const result = scoreInstrument(PHQ_9, answersFromValues(PHQ_9, values));
  if (result.status !== 'scored') throw new Error(`not scored: missing ${result.missingItemIds.join(', ')}`);
  return result;
}
const scale = (r: ScoredAssessment, id: string) => r.scales.find((s) => s.scaleId === id);

describe('PHQ-9', () => {
  // Kroenke, Spitzer & Williams 2001: 5, 10, 15 and 20 start mild, moderate, moderately severe, severe.
  const bands: [number, string][] = [
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately-severe'], [19, 'moderately-severe'], [20, 'severe'], [27, 'severe'],
  ];
  for (const [total, band] of bands) {
    it(`puts a total of ${total} in ${band}`, () => {
      const result = scale(scored(valuesSummingTo(ITEMS, total, 3)), 'total');
      expect(result?.score).toBe(total);
      expect(result?.band?.id).toBe(band);
      expect(result?.band?.source).toContain('Kroenke');
    });
  }

  // PHQ-2 (items 1 + 2), positive at 3 or more (Kroenke, Spitzer & Williams 2003).
  const phq2: [number, number, string][] = [
    [0, 0, 'negative'], [1, 1, 'negative'], [2, 0, 'negative'], [2, 1, 'positive'], [0, 3, 'positive'], [3, 3, 'positive'],
  ];
  for (const [q1, q2, band] of phq2) {
    it(`reads PHQ-2 ${q1} + ${q2} as ${band}`, () => {
      const r = scored({ ...valuesSummingTo(ITEMS, 0, 3), q1, q2 });
      expect(scale(r, 'phq-2')?.score).toBe(q1 + q2);
      expect(scale(r, 'phq-2')?.band?.id).toBe(band);
      expect(scale(r, 'phq-2')?.role).toBe('derived');
    });
  }

  it('signals safety when item 9 is 1 or more, whatever the total', () => {
    const r = scored({ ...valuesSummingTo(ITEMS, 0, 3), q9: 1 });
    expect(scale(r, 'total')?.band?.id).toBe('minimal');
    expect(r.safetySignals.map((s) => s.ruleId)).toEqual(['item-9']);
  });

  it('does not signal safety on a severe total with item 9 at 0', () => {
    const r = scored({ ...valuesSummingTo(ITEMS.slice(0, 8), 24, 3), q9: 0 });
    expect(scale(r, 'total')?.band?.id).toBe('severe');
    expect(r.safetySignals).toEqual([]);
  });

  it('scores nothing until all nine items are answered, but still signals safety', () => {
    const r = scoreInstrument(PHQ_9, answersFromValues(PHQ_9, { q1: 3, q9: 2 }));
    expect(r.status).toBe('incomplete');
    if (r.status === 'incomplete') expect(r.missingItemIds).toEqual(['q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
    expect(r.safetySignals.length).toBe(1);
  });

  it('treats the difficulty question as optional and unscored', () => {
    const without = scored(valuesSummingTo(ITEMS, 12, 3));
    const withIt = scored({ ...valuesSummingTo(ITEMS, 12, 3), difficulty: 3 });
    expect(scale(withIt, 'total')?.score).toBe(12);
    expect(withIt.scales).toEqual(without.scales);
  });

  it('counts an unknown option id as unanswered and reports it', () => {
    const r = scoreInstrument(PHQ_9, { ...answersFromValues(PHQ_9, valuesSummingTo(ITEMS, 9, 3)), q4: 'sometimes' });
    expect(r.status).toBe('incomplete');
    expect(r.invalidItemIds).toEqual(['q4']);
    if (r.status === 'incomplete') expect(r.missingItemIds).toEqual(['q4']);
  });

  it('keeps the published wording', () => {
    expect(PHQ_9.items[0].text).toBe('Little interest or pleasure in doing things');
    expect(PHQ_9.items[8].text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(PHQ_9.optionSets[0].options.map((o) => o.label)).toEqual([
      'Not at all', 'Several days', 'More than half the days', 'Nearly every day',
    ]);
    expect(PHQ_9.terms.text).toContain('No permission required to reproduce, translate, display or distribute.');
  });
});
