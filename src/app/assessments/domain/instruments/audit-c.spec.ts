import { ScaleResult } from '../assessment-result';
import { scoreInstrument } from '../score-instrument';
import { answersFromValues } from '../testing/answers-from-values';
import { AUDIT_C } from './audit-c';

const total = (values: Record<string, number>, sex?: 'female' | 'male'): ScaleResult => {
  const r = scoreInstrument(AUDIT_C, answersFromValues(AUDIT_C, values), sex ? { sex } : {});
  if (r.status !== 'scored') throw new Error('not scored');
  return r.scales[0];
};

describe('AUDIT-C', () => {
  it('scores Q1 "Never" as 0 without asking Q2 and Q3', () => {
    const r = scoreInstrument(AUDIT_C, { q1: 'never' });
    expect(r.status).toBe('scored');
    if (r.status !== 'scored') return;
    expect(r.scales[0].score).toBe(0);
    expect(r.skippedItemIds).toEqual(['q2', 'q3']);
  });

  it('ignores Q2 and Q3 answers left over after Q1 became "Never"', () => {
    const r = scoreInstrument(AUDIT_C, { q1: 'never', q2: '10-plus', q3: 'daily' });
    expect(r.status === 'scored' && r.scales[0].score).toBe(0);
  });

  it('needs Q2 and Q3 once Q1 is anything but "Never"', () => {
    const r = scoreInstrument(AUDIT_C, { q1: 'monthly-or-less' });
    expect(r.status === 'incomplete' && r.missingItemIds).toEqual(['q2', 'q3']);
  });

  // Positive at 4 or more for men, 3 or more for women (Bush et al. 1998; Bradley et al. 2003).
  const table: [Record<string, number>, number, string, string][] = [
    [{ q1: 0 }, 0, 'negative', 'negative'],
    [{ q1: 1, q2: 1, q3: 0 }, 2, 'negative', 'negative'],
    [{ q1: 2, q2: 1, q3: 0 }, 3, 'negative', 'positive'],
    [{ q1: 2, q2: 1, q3: 1 }, 4, 'positive', 'positive'],
    [{ q1: 4, q2: 4, q3: 4 }, 12, 'positive', 'positive'],
  ];
  for (const [values, sum, men, women] of table) {
    it(`reads a total of ${sum} as ${men} for men and ${women} for women`, () => {
      expect(total(values, 'male').score).toBe(sum);
      expect(total(values, 'male').band?.id).toBe(men);
      expect(total(values, 'female').band?.id).toBe(women);
    });
  }

  it('carries both cut-offs when sex is not stated', () => {
    const scale = total({ q1: 2, q2: 1, q3: 0 });
    expect(scale.band).toBeNull();
    expect(scale.bandBySex?.male?.id).toBe('negative');
    expect(scale.bandBySex?.female?.id).toBe('positive');
    expect(scale.bandBySex?.male?.min).toBe(0);
    const positiveFrom = (sex: 'female' | 'male') => AUDIT_C.scales[0].bandingBySex?.[sex].bands.find((b) => b.id === 'positive')?.min;
    expect(positiveFrom('male')).toBe(4);
    expect(positiveFrom('female')).toBe(3);
  });

  it('gives the stated sex its own band and still carries both', () => {
    const scale = total({ q1: 2, q2: 1, q3: 0 }, 'female');
    expect(scale.band?.id).toBe('positive');
    expect(scale.bandBySex?.male?.id).toBe('negative');
  });
});
