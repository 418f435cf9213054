import { Answers, resolveAnswers, scoredValues } from './answers';
import { InstrumentDefinition } from './instrument-definition';
import { requiredAnswers } from './scale-score';

/** How far one primary scale is from a score, by the instrument's own minimum. */
export interface ScaleShortfall {
  readonly scaleId: string;
  readonly label: string;
  /** More answers that would give the scale a score. */
  readonly needed: number;
  /** The scale's questions still unanswered. */
  readonly unanswered: number;
}

/**
 * The primary scales still short of a score, for instruments scored scale by scale
 * (`min-answered-per-scale`: the CBI). Empty for instruments that need every answer, whose
 * missing questions are the whole story.
 */
export function scaleShortfalls(definition: InstrumentDefinition, answers: Answers | null | undefined): ScaleShortfall[] {
  if (definition.missingItemRule.kind !== 'min-answered-per-scale') return [];
  const values = scoredValues(definition, resolveAnswers(definition, answers));
  return definition.scales
    .filter((scale) => scale.role === 'primary')
    .map((scale) => {
      const answered = scale.itemIds.filter((id) => values.has(id)).length;
      return {
        scaleId: scale.id,
        label: scale.label,
        needed: Math.max(0, requiredAnswers(scale) - answered),
        unanswered: scale.itemIds.length - answered,
      };
    })
    .filter((shortfall) => shortfall.needed > 0);
}
