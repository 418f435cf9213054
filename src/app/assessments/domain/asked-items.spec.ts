import { askedItems, scoreDecimals } from './asked-items';
import { AUDIT_C } from './instruments/audit-c';
import { BRS } from './instruments/brs';
import { CBI } from './instruments/cbi';
import { PHQ_9 } from './instruments/phq-9';
import { evaluateSafety } from './evaluate-safety';
import { safetyAnchorItemId } from './safety-anchor';
import { WHO_5 } from './instruments/who-5';

describe('askedItems', () => {
  it('asks every item until a skip rule fires', () => {
    expect(askedItems(AUDIT_C, {}).map((i) => i.id)).toEqual(['q1', 'q2', 'q3']);
    expect(askedItems(AUDIT_C, { q1: 'monthly-or-less' }).map((i) => i.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('leaves out AUDIT-C questions 2 and 3 after "Never"', () => {
    expect(askedItems(AUDIT_C, { q1: 'never' }).map((i) => i.id)).toEqual(['q1']);
  });
});

describe('scoreDecimals', () => {
  it('shows sums whole and means with decimals fitting their range', () => {
    expect(scoreDecimals(PHQ_9, 'total')).toBe(0);
    expect(scoreDecimals(WHO_5, 'percentage')).toBe(0);
    expect(scoreDecimals(BRS, 'resilience')).toBe(2);
    expect(scoreDecimals(CBI, 'personal')).toBe(1);
  });
});

describe('safetyAnchorItemId', () => {
  it('is the item the fired rule watches', () => {
    expect(safetyAnchorItemId(PHQ_9, evaluateSafety(PHQ_9, { q9: 'several-days' }))).toBe('q9');
    expect(safetyAnchorItemId(PHQ_9, evaluateSafety(PHQ_9, { q9: 'not-at-all' }))).toBeNull();
  });
});
