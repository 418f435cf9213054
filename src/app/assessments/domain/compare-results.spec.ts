import { compareResults } from './compare-results';
import { PHQ_9 } from './instruments/phq-9';
import { WHO_5 } from './instruments/who-5';
import { scoreInstrument } from './score-instrument';
import { answersFromValues, valuesSummingTo } from './testing/answers-from-values';

const who5 = (raw: number) => scoreInstrument(WHO_5, answersFromValues(WHO_5, valuesSummingTo(['q1', 'q2', 'q3', 'q4', 'q5'], raw, 5)));
const phq9 = (total: number) => scoreInstrument(PHQ_9, answersFromValues(PHQ_9, valuesSummingTo(PHQ_9.scales[0].itemIds, total, 3)));

describe('compareResults', () => {
  // WHO-5: a change of 10 points or more on the 0–100 scale is meaningful.
  const table: [number, number, number, 'better' | 'worse' | 'unchanged', boolean][] = [
    [12, 15, 12, 'better', true],
    [12, 14, 8, 'better', false],
    [15, 12, -12, 'worse', true],
    [20, 18, -8, 'worse', false],
    [10, 10, 0, 'unchanged', false],
  ];
  for (const [before, after, difference, direction, meaningful] of table) {
    it(`WHO-5 raw ${before} → ${after}: ${difference} points, ${direction}, meaningful ${meaningful}`, () => {
      const [change] = compareResults(WHO_5, who5(after), who5(before));
      expect(change.difference).toBe(difference);
      expect(change.direction).toBe(direction);
      expect(change.meaningful).toBe(meaningful);
      expect(change.rule?.minimumChange).toBe(10);
    });
  }

  it('reads direction by the scale: a falling PHQ-9 is better, and no published rule means meaningful is null', () => {
    const changes = compareResults(PHQ_9, phq9(8), phq9(16));
    const total = changes.find((c) => c.scaleId === 'total');
    expect(total?.difference).toBe(-8);
    expect(total?.direction).toBe('better');
    expect(total?.meaningful).toBeNull();
  });

  it('compares nothing when a result is incomplete, from another instrument, or from another scoring version', () => {
    const incomplete = scoreInstrument(WHO_5, { q1: 'all' });
    expect(compareResults(WHO_5, incomplete, who5(10))).toEqual([]);
    expect(compareResults(WHO_5, phq9(5), who5(10))).toEqual([]);
    const older = { ...who5(10), scoringVersion: 0 };
    expect(compareResults(WHO_5, who5(15), older)).toEqual([]);
  });
});
