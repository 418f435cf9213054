import { SafetySignal } from './assessment-result';
import { InstrumentDefinition } from './instrument-definition';

/**
 * The item after which a fired safety signal is shown on a page of questions: the item its rule
 * watches (PHQ-9 item 9), or the last item when the rule watches a scale.
 */
export function safetyAnchorItemId(definition: InstrumentDefinition, signals: readonly SafetySignal[]): string | null {
  if (signals.length === 0) return null;
  const rule = definition.safetyRules.find((r) => r.id === signals[0].ruleId);
  if (rule && 'item' in rule.when) return rule.when.item;
  return definition.items.at(-1)?.id ?? null;
}
