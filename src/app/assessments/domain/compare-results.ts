import { AssessmentResult } from './assessment-result';
import { InstrumentDefinition } from './instrument-definition';
import { ChangeRule } from './instrument-rules';

export interface ScaleChange {
  readonly scaleId: string;
  readonly label: string;
  readonly previous: number;
  readonly current: number;
  /** current − previous. */
  readonly difference: number;
  /** Read with the scale's direction: a falling PHQ-9 is `better`, a falling WHO-5 is `worse`. */
  readonly direction: 'better' | 'worse' | 'unchanged';
  /** Whether the change reaches the published minimum; null where the instrument publishes none. */
  readonly meaningful: boolean | null;
  readonly rule: ChangeRule | null;
}

/**
 * Compares a result with the previous one, scale by scale. Both must be scored by this
 * definition's scoring version (rescore stored answers first); otherwise nothing is compared.
 */
export function compareResults(
  definition: InstrumentDefinition,
  current: AssessmentResult,
  previous: AssessmentResult,
): readonly ScaleChange[] {
  const comparable = (r: AssessmentResult) =>
    r.instrumentId === definition.id && r.scoringVersion === definition.scoringVersion && r.status === 'scored';
  if (current.status !== 'scored' || previous.status !== 'scored' || !comparable(current) || !comparable(previous)) return [];
  const changes: ScaleChange[] = [];
  for (const now of current.scales) {
    const before = previous.scales.find((s) => s.scaleId === now.scaleId);
    if (now.score === null || !before || before.score === null) continue;
    const difference = now.score - before.score;
    const rule = definition.changeRules.find((r) => r.scaleId === now.scaleId) ?? null;
    const up = now.higherIs === 'better' ? 'better' : 'worse';
    const down = now.higherIs === 'better' ? 'worse' : 'better';
    changes.push({
      scaleId: now.scaleId,
      label: now.label,
      previous: before.score,
      current: now.score,
      difference,
      direction: difference > 0 ? up : difference < 0 ? down : 'unchanged',
      // The tolerance keeps a change of exactly the minimum meaningful despite float arithmetic.
      meaningful: rule ? Math.abs(difference) + 1e-9 >= rule.minimumChange : null,
      rule,
    });
  }
  return changes;
}
