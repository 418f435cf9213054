import { Answers, resolveAnswers, scoredValues } from './answers';
import { AssessmentResult, BandResult, ScaleResult, ScoringContext } from './assessment-result';
import { holds } from './condition';
import { safetySignalsFor } from './evaluate-safety';
import { findBand } from './find-band';
import { InstrumentDefinition } from './instrument-definition';
import { Banding, ScaleDefinition } from './scale-definition';
import { scoreScale } from './scale-score';

/**
 * Scores stored answers (item id → option id) exactly as the instrument's data says.
 * Never throws: unknown or malformed answers read as unanswered and are reported.
 */
export function scoreInstrument(
  definition: InstrumentDefinition,
  answers: Answers | null | undefined,
  context: ScoringContext = {},
): AssessmentResult {
  const resolved = resolveAnswers(definition, answers);
  const values = scoredValues(definition, resolved);
  const base = {
    instrumentId: definition.id,
    instrumentVersion: definition.version,
    scoringVersion: definition.scoringVersion,
    safetySignals: safetySignalsFor(definition, resolved),
    invalidItemIds: resolved.invalidItemIds,
  };
  const scales = definition.scales.map((scale) => scaleResult(scale, values, context));
  const missingItemIds = missingItems(definition, values, scales);
  if (missingItemIds.length > 0) return { ...base, status: 'incomplete', missingItemIds };

  const scaleScore = (id: string) => scales.find((s) => s.scaleId === id)?.score;
  const nextSteps = definition.nextSteps
    .filter((rule) => holds(rule.when, (id) => resolved.raw.get(id), scaleScore))
    .map((rule) => ({
      ruleId: rule.id,
      text: rule.text,
      source: rule.source,
      ...(rule.suggestInstrumentId ? { suggestInstrumentId: rule.suggestInstrumentId } : {}),
    }));
  return { ...base, status: 'scored', scales, nextSteps, skippedItemIds: resolved.skippedItemIds };
}

/** Required items still unanswered; empty once the instrument can be scored. */
function missingItems(definition: InstrumentDefinition, values: ReadonlyMap<string, number>, scales: readonly ScaleResult[]): string[] {
  const unanswered = definition.items.filter((item) => item.scored && !values.has(item.id)).map((item) => item.id);
  if (definition.missingItemRule.kind === 'all-required') return unanswered;
  // Per-scale minimum: a scale short of it simply has no score, unless no primary scale has one.
  const anyScored = scales.some((s) => s.role === 'primary' && s.score !== null);
  return anyScored ? [] : unanswered;
}

function scaleResult(scale: ScaleDefinition, values: ReadonlyMap<string, number>, context: ScoringContext): ScaleResult {
  const { score, rawSum, answeredCount } = scoreScale(scale, values);
  const bandFor = (banding: Banding | null): BandResult | null => {
    const band = banding && score !== null ? findBand(banding, score) : undefined;
    if (!banding || !band) return null;
    return { ...band, source: banding.source, ...(banding.note ? { note: banding.note } : {}) };
  };
  const bySex = scale.bandingBySex;
  const result: ScaleResult = {
    scaleId: scale.id,
    label: scale.label,
    role: scale.role,
    higherIs: scale.higherIs,
    score,
    rawSum,
    answeredCount,
    itemCount: scale.itemIds.length,
    band: bySex ? (context.sex ? bandFor(bySex[context.sex]) : null) : bandFor(scale.banding),
  };
  return bySex ? { ...result, bandBySex: { female: bandFor(bySex.female), male: bandFor(bySex.male) } } : result;
}
