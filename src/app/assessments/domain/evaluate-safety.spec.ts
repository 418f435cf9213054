import { evaluateSafety } from './evaluate-safety';
import { INSTRUMENTS } from './instruments/registry';
import { PHQ_9 } from './instruments/phq-9';

describe('evaluateSafety', () => {
  it('fires the moment PHQ-9 item 9 is answered above 0, before any other item', () => {
    for (const option of ['several-days', 'more-than-half', 'nearly-every-day']) {
      const signals = evaluateSafety(PHQ_9, { q9: option });
      expect(signals.map((s) => s.ruleId)).withContext(option).toEqual(['item-9']);
      expect(signals[0].message).toContain('better off dead or of hurting yourself');
      expect(signals[0].source).toContain('PHQ');
    }
  });

  it('stays quiet when item 9 is "Not at all" or not yet answered', () => {
    expect(evaluateSafety(PHQ_9, { q9: 'not-at-all' })).toEqual([]);
    expect(evaluateSafety(PHQ_9, { q1: 'nearly-every-day', q2: 'nearly-every-day' })).toEqual([]);
    expect(evaluateSafety(PHQ_9, {})).toEqual([]);
    expect(evaluateSafety(PHQ_9, null)).toEqual([]);
  });

  it('ignores an invalid option id rather than guessing', () => {
    expect(evaluateSafety(PHQ_9, { q9: 'yes' })).toEqual([]);
  });

  it('fires on no shipped instrument without safety rules, whatever is answered', () => {
    for (const d of INSTRUMENTS.filter((i) => i.safetyRules.length === 0)) {
      const first = (setId: string) => d.optionSets.find((s) => s.id === setId)?.options[0].id ?? '';
      const worst = Object.fromEntries(d.items.map((item) => [item.id, first(item.optionSetId)]));
      expect(evaluateSafety(d, worst)).withContext(d.id).toEqual([]);
    }
  });
});
