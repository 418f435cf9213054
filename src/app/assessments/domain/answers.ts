import { holds } from './condition';
import { InstrumentDefinition, OptionSet } from './instrument-definition';

/**
 * What a person chose, keyed by item id. Stored assessments keep these option ids, never
 * scores alone, so every score can be recomputed from them.
 */
export type Answers = Readonly<Record<string, string>>;

export interface ResolvedAnswers {
  /** Raw option value of every answered item, and the rule's value for every skipped item. */
  readonly raw: ReadonlyMap<string, number>;
  /** Items whose stored option id does not exist for them; they count as unanswered. */
  readonly invalidItemIds: readonly string[];
  /** Items not asked because a skip rule fired; answers given to them are ignored. */
  readonly skippedItemIds: readonly string[];
}

/** Turns stored option ids into values. Malformed input (null, non-strings) reads as unanswered. */
export function resolveAnswers(definition: InstrumentDefinition, answers: Answers | null | undefined): ResolvedAnswers {
  const raw = new Map<string, number>();
  const invalidItemIds: string[] = [];
  for (const item of definition.items) {
    const optionId: unknown = answers && Object.prototype.hasOwnProperty.call(answers, item.id) ? answers[item.id] : undefined;
    if (optionId === undefined || optionId === null || optionId === '') continue;
    const option = optionSetOf(definition, item.optionSetId)?.options.find((o) => o.id === optionId);
    if (option) raw.set(item.id, option.value);
    else invalidItemIds.push(item.id);
  }
  const skippedItemIds: string[] = [];
  for (const rule of definition.skipRules) {
    if (!holds(rule.when, (id) => raw.get(id), () => undefined)) continue;
    for (const id of rule.itemIds) {
      raw.set(id, rule.value);
      if (!skippedItemIds.includes(id)) skippedItemIds.push(id);
    }
  }
  return { raw, invalidItemIds: invalidItemIds.filter((id) => !skippedItemIds.includes(id)), skippedItemIds };
}

/** The values that enter scales: reversed items are flipped within their option set's range. */
export function scoredValues(definition: InstrumentDefinition, resolved: ResolvedAnswers): ReadonlyMap<string, number> {
  const values = new Map<string, number>();
  for (const [itemId, value] of resolved.raw) {
    const reversed = definition.reverseItemIds.includes(itemId) && !resolved.skippedItemIds.includes(itemId);
    values.set(itemId, reversed ? reverse(definition, itemId, value) : value);
  }
  return values;
}

export function optionSetOf(definition: InstrumentDefinition, optionSetId: string): OptionSet | undefined {
  return definition.optionSets.find((set) => set.id === optionSetId);
}

function reverse(definition: InstrumentDefinition, itemId: string, value: number): number {
  const item = definition.items.find((i) => i.id === itemId);
  const values = (item && optionSetOf(definition, item.optionSetId)?.options.map((o) => o.value)) ?? [value];
  return Math.min(...values) + Math.max(...values) - value;
}
