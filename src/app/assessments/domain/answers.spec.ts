import { resolveAnswers, scoredValues } from './answers';
import { AUDIT_C } from './instruments/audit-c';
import { BRS } from './instruments/brs';
import { CBI } from './instruments/cbi';
import { PHQ_9 } from './instruments/phq-9';

describe('resolveAnswers', () => {
  it('maps option ids to their values', () => {
    const resolved = resolveAnswers(PHQ_9, { q1: 'not-at-all', q9: 'nearly-every-day' });
    expect(resolved.raw.get('q1')).toBe(0);
    expect(resolved.raw.get('q9')).toBe(3);
    expect(resolved.raw.has('q2')).toBeFalse();
  });

  it('reports option ids that do not exist for the item, and ignores unknown items', () => {
    const resolved = resolveAnswers(PHQ_9, { q1: 'always', q2: 'several-days', q42: 'not-at-all' });
    expect(resolved.invalidItemIds).toEqual(['q1']);
    expect(resolved.raw.has('q1')).toBeFalse();
    expect(resolved.raw.size).toBe(1);
  });

  it('reads null, undefined and malformed values as unanswered without throwing', () => {
    expect(resolveAnswers(PHQ_9, null).raw.size).toBe(0);
    expect(resolveAnswers(PHQ_9, undefined).raw.size).toBe(0);
    const junk = { q1: 3, q2: null, q3: '' } as unknown as Record<string, string>;
    const resolved = resolveAnswers(PHQ_9, junk);
    expect(resolved.raw.size).toBe(0);
    expect(resolved.invalidItemIds).toEqual(['q1']);
  });

  it('applies skip rules over any answer given to a skipped item', () => {
    const resolved = resolveAnswers(AUDIT_C, { q1: 'never', q2: '10-plus' });
    expect(resolved.skippedItemIds).toEqual(['q2', 'q3']);
    expect(resolved.raw.get('q2')).toBe(0);
    expect(resolved.raw.get('q3')).toBe(0);
  });
});

describe('scoredValues', () => {
  it('reverses within the option range: 1–5 becomes 6 − x', () => {
    const values = scoredValues(BRS, resolveAnswers(BRS, { q1: 'agree', q2: 'agree' }));
    expect(values.get('q1')).toBe(4);
    expect(values.get('q2')).toBe(2);
  });

  it('reverses 0–100 as 100 − x (CBI work item 7)', () => {
    const values = scoredValues(CBI, resolveAnswers(CBI, { 'work-7': 'often', 'work-6': 'often' }));
    expect(values.get('work-7')).toBe(25);
    expect(values.get('work-6')).toBe(75);
  });
});
