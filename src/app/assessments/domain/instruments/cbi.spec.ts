import { ScoredAssessment } from '../assessment-result';
import { scoreInstrument } from '../score-instrument';
import { answersFromValues } from '../testing/answers-from-values';
import { CBI } from './cbi';

const ids = (scale: string, n: number) => Array.from({ length: n }, (_, i) => `${scale}-${i + 1}`);
const all = (scale: string, n: number, value: number) => Object.fromEntries(ids(scale, n).map((id) => [id, value]));
const FULL = { ...all('personal', 6, 50), ...all('work', 7, 50), ...all('patient', 6, 50) };

function scored(values: Record<string, number>): ScoredAssessment {
  const result = scoreInstrument(CBI, answersFromValues(CBI, values));
  if (result.status !== 'scored') throw new Error('not scored');
  return result;
}
const scale = (r: ScoredAssessment, id: string) => r.scales.find((s) => s.scaleId === id);

describe('CBI', () => {
  it('scores each scale as the mean of its items, with no total', () => {
    const r = scored({ ...FULL, ...all('personal', 6, 75), 'work-7': 50 });
    expect(r.scales.map((s) => s.scaleId)).toEqual(['personal', 'work', 'patient']);
    expect(scale(r, 'personal')?.score).toBe(75);
    expect(scale(r, 'work')?.score).toBe(50);
  });

  // ≥ 50 is "elevated" by convention (Creedy et al. 2017); the band says it is a convention.
  const bands: [Record<string, number>, number, string][] = [
    [{ 'personal-1': 50, 'personal-2': 50, 'personal-3': 25, 'personal-4': 75, 'personal-5': 50, 'personal-6': 50 }, 50, 'elevated'],
    [{ 'personal-1': 50, 'personal-2': 50, 'personal-3': 25, 'personal-4': 50, 'personal-5': 50, 'personal-6': 50 }, 275 / 6, 'below-50'],
    [all('personal', 6, 0), 0, 'below-50'],
    [all('personal', 6, 100), 100, 'elevated'],
  ];
  for (const [values, score, band] of bands) {
    it(`puts a personal burnout of ${score.toFixed(2)} in ${band}`, () => {
      const personal = scale(scored({ ...FULL, ...values }), 'personal');
      expect(personal?.score).toBeCloseTo(score, 9);
      expect(personal?.band?.id).toBe(band);
      expect(personal?.band?.note).toContain('convention');
      expect(personal?.band?.source).toContain('Creedy');
    });
  }

  it('reverses work item 7: more energy for family and friends means less burnout', () => {
    const base = all('work', 6, 50);
    const always = scale(scored({ ...FULL, ...base, 'work-7': 100 }), 'work');
    const never = scale(scored({ ...FULL, ...base, 'work-7': 0 }), 'work');
    expect(always?.score).toBeCloseTo(300 / 7, 9);
    expect(never?.score).toBeCloseTo(400 / 7, 9);
    expect(always?.band?.id).toBe('below-50');
    expect(never?.band?.id).toBe('elevated');
  });

  // Kristensen et al. 2005: fewer than 3 (personal), 4 (work) or 3 (client) answers → no score.
  const minimums: [string, number, number][] = [['personal', 6, 3], ['work', 7, 4], ['patient', 6, 3]];
  for (const [id, count, minimum] of minimums) {
    it(`scores ${id} burnout on ${minimum} answers and not on ${minimum - 1}`, () => {
      const without = Object.fromEntries(Object.entries(FULL).filter(([k]) => !k.startsWith(`${id}-`)));
      const enough = scored({ ...without, ...Object.fromEntries(ids(id, count).slice(0, minimum).map((k) => [k, 75])) });
      const short = scored({ ...without, ...Object.fromEntries(ids(id, count).slice(0, minimum - 1).map((k) => [k, 75])) });
      const expected = id === 'work' && minimum >= 7 ? 25 : 75;
      expect(scale(enough, id)?.score).toBe(expected);
      expect(scale(enough, id)?.answeredCount).toBe(minimum);
      expect(scale(short, id)?.score).toBeNull();
      expect(scale(short, id)?.band).toBeNull();
    });
  }

  it('averages only the answered items', () => {
    const r = scored({ ...all('work', 7, 0), 'personal-1': 100, 'personal-2': 50, 'personal-4': 75 });
    expect(scale(r, 'personal')?.score).toBe(75);
    expect(scale(r, 'patient')?.score).toBeNull();
  });

  it('is incomplete only when no scale can be scored', () => {
    const r = scoreInstrument(CBI, answersFromValues(CBI, { 'personal-1': 100, 'work-1': 100, 'patient-1': 100 }));
    expect(r.status).toBe('incomplete');
    if (r.status === 'incomplete') expect(r.missingItemIds.length).toBe(16);
  });

  it('words the third scale for patients and mixes degree and frequency answers as published', () => {
    expect(CBI.items.filter((i) => i.sectionId === 'patient').every((i) => i.text.includes('patients'))).toBeTrue();
    expect(CBI.items.filter((i) => i.sectionId === 'work').map((i) => i.optionSetId)).toEqual([
      'degree', 'degree', 'degree', 'frequency', 'frequency', 'frequency', 'frequency',
    ]);
    expect(CBI.items.filter((i) => i.sectionId === 'patient').map((i) => i.optionSetId)).toEqual([
      'degree', 'degree', 'degree', 'degree', 'frequency', 'frequency',
    ]);
  });
});
