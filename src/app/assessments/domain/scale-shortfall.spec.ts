import { CBI } from './instruments/cbi';
import { INSTRUMENTS } from './instruments/registry';
import { PHQ_9 } from './instruments/phq-9';
import { scaleShortfalls } from './scale-shortfall';
import { scoreInstrument } from './score-instrument';

/** The first `count` items' ids of each CBI scale, answered with their first option. */
function cbi(personal: number, work: number, patient: number): Record<string, string> {
  const counts: Record<string, number> = { personal, work, patient };
  return Object.fromEntries(
    CBI.items.filter((item) => item.number <= counts[item.sectionId!]).map((item) => [item.id, firstOption(item.optionSetId)]),
  );
}
const firstOption = (optionSetId: string) => CBI.optionSets.find((set) => set.id === optionSetId)!.options[0].id;

describe('scaleShortfalls', () => {
  // CBI minimums (PUMA scoring): 3 of 6 personal, 4 of 7 work-related, 3 of 6 patient-related.
  const table: { answered: [number, number, number]; expected: [string, number, number][] }[] = [
    { answered: [0, 0, 0], expected: [['personal', 3, 6], ['work', 4, 7], ['patient', 3, 6]] },
    { answered: [2, 0, 0], expected: [['personal', 1, 4], ['work', 4, 7], ['patient', 3, 6]] },
    { answered: [3, 0, 0], expected: [['work', 4, 7], ['patient', 3, 6]] },
    { answered: [6, 3, 2], expected: [['work', 1, 4], ['patient', 1, 4]] },
    { answered: [3, 4, 3], expected: [] },
    { answered: [6, 7, 6], expected: [] },
  ];
  for (const { answered, expected } of table) {
    it(`CBI with ${answered.join('/')} personal/work/patient answers: ${expected.map((e) => e.join(' ')).join('; ') || 'every scale scored'}`, () => {
      const shortfalls = scaleShortfalls(CBI, cbi(...answered));
      expect(shortfalls.map((s) => [s.scaleId, s.needed, s.unanswered])).toEqual(expected);
    });
  }

  it('names each scale as the instrument does', () => {
    expect(scaleShortfalls(CBI, cbi(2, 0, 0)).map((s) => s.label)).toEqual([
      'Personal burnout',
      'Work-related burnout',
      'Patient-related burnout',
    ]);
  });

  it('agrees with scoring: a scale has a score exactly when it has no shortfall, in every per-scale instrument', () => {
    const perScale = INSTRUMENTS.filter((d) => d.missingItemRule.kind === 'min-answered-per-scale');
    expect(perScale.length).toBeGreaterThan(0);
    for (const d of perScale) {
      // Answer the first k items of every scale, k = 0…the longest scale.
      const longest = Math.max(...d.scales.map((s) => s.itemIds.length));
      for (let k = 0; k <= longest; k++) {
        const answers = Object.fromEntries(
          d.scales.flatMap((s) => s.itemIds.slice(0, k)).map((id) => {
            const item = d.items.find((i) => i.id === id)!;
            return [id, d.optionSets.find((set) => set.id === item.optionSetId)!.options[0].id];
          }),
        );
        const short = new Set(scaleShortfalls(d, answers).map((s) => s.scaleId));
        const result = scoreInstrument(d, answers);
        for (const scale of d.scales.filter((s) => s.role === 'primary')) {
          const scored = result.status === 'scored' && result.scales.find((r) => r.scaleId === scale.id)?.score !== null;
          expect(scored).withContext(`${d.id} ${scale.id} with ${k} answered`).toBe(!short.has(scale.id));
        }
      }
    }
  });

  it('is empty for instruments that need every answer', () => {
    expect(scaleShortfalls(PHQ_9, { q1: 'not-at-all' })).toEqual([]);
  });
});
