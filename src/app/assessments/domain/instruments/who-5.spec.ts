import { ScoredAssessment } from '../assessment-result';
import { scoreInstrument } from '../score-instrument';
import { answersFromValues, valuesSummingTo } from '../testing/answers-from-values';
import { WHO_5 } from './who-5';

const ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5'];

function who5(raw: number): ScoredAssessment {
  const result = scoreInstrument(WHO_5, answersFromValues(WHO_5, valuesSummingTo(ITEMS, raw, 5)));
  if (result.status !== 'scored') throw new Error('not scored');
  return result;
}

describe('WHO-5', () => {
  // Raw score × 4; ≤ 28 likely depression, ≤ 50 poor well-being (Topp et al. 2015).
  const table: [number, number, string, boolean][] = [
    [0, 0, 'likely-depression', true],
    [7, 28, 'likely-depression', true],
    [8, 32, 'poor', true],
    [12, 48, 'poor', true],
    [13, 52, 'not-poor', false],
    [25, 100, 'not-poor', false],
  ];
  for (const [raw, percentage, band, offersPhq9] of table) {
    it(`turns raw ${raw} into ${percentage} (${band}), ${offersPhq9 ? 'offering' : 'not offering'} the PHQ-9`, () => {
      const r = who5(raw);
      expect(r.scales[0].rawSum).toBe(raw);
      expect(r.scales[0].score).toBe(percentage);
      expect(r.scales[0].band?.id).toBe(band);
      expect(r.nextSteps.map((s) => s.suggestInstrumentId)).toEqual(offersPhq9 ? ['phq-9'] : []);
    });
  }

  it('scores the form\'s own example: "more than half of the time" on every item is raw 15, 60 %', () => {
    const r = scoreInstrument(WHO_5, Object.fromEntries(ITEMS.map((id) => [id, 'more-than-half'])));
    expect(r.status === 'scored' && r.scales[0].score).toBe(60);
  });

  it('needs all five items', () => {
    const r = scoreInstrument(WHO_5, { q1: 'all', q2: 'all', q3: 'all', q4: 'all' });
    expect(r.status === 'incomplete' && r.missingItemIds).toEqual(['q5']);
  });

  it('publishes a meaningful change of 10 points', () => {
    expect(WHO_5.changeRules).toEqual([jasmine.objectContaining({ scaleId: 'percentage', minimumChange: 10 })]);
  });

  it('keeps the published options, highest first', () => {
    expect(WHO_5.optionSets[0].options.map((o) => `${o.value} ${o.label}`)).toEqual([
      '5 All of the time', '4 Most of the time', '3 More than half of the time',
      '2 Less than half of the time', '1 Some of the time', '0 At no time',
    ]);
  });
});
