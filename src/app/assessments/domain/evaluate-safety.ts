import { Answers, resolveAnswers, ResolvedAnswers, scoredValues } from './answers';
import { SafetySignal } from './assessment-result';
import { holds } from './condition';
import { InstrumentDefinition } from './instrument-definition';
import { scoreScale } from './scale-score';

/**
 * Safety rules fired by the answers so far. Works on partial answers: the UI calls it after
 * every answer, so crisis resources appear the moment PHQ-9 item 9 is answered above 0.
 */
export function evaluateSafety(definition: InstrumentDefinition, answers: Answers | null | undefined): readonly SafetySignal[] {
  return safetySignalsFor(definition, resolveAnswers(definition, answers));
}

export function safetySignalsFor(definition: InstrumentDefinition, resolved: ResolvedAnswers): readonly SafetySignal[] {
  const values = scoredValues(definition, resolved);
  const scaleScore = (scaleId: string) => {
    const scale = definition.scales.find((s) => s.id === scaleId);
    return scale ? scoreScale(scale, values).score : null;
  };
  return definition.safetyRules
    .filter((rule) => holds(rule.when, (id) => resolved.raw.get(id), scaleScore))
    .map((rule) => ({ ruleId: rule.id, message: rule.message, source: rule.source }));
}
