import { Answers } from '../answers';
import { InstrumentDefinition } from '../instrument-definition';

/** Test helper: the stored answers (option ids) that give each item the raw value asked for. */
export function answersFromValues(definition: InstrumentDefinition, values: Readonly<Record<string, number>>): Answers {
  const answers: Record<string, string> = {};
  for (const [itemId, value] of Object.entries(values)) {
    const item = definition.items.find((i) => i.id === itemId);
    const option = definition.optionSets.find((s) => s.id === item?.optionSetId)?.options.find((o) => o.value === value);
    if (!option) throw new Error(`${definition.id}: no option worth ${value} for ${itemId}`);
    answers[itemId] = option.id;
  }
  return answers;
}

/** Test helper: raw values that add up to `total`, filling items in order up to `max` each. */
export function valuesSummingTo(itemIds: readonly string[], total: number, max: number, min = 0): Record<string, number> {
  let left = total - min * itemIds.length;
  const values: Record<string, number> = {};
  for (const id of itemIds) {
    const extra = Math.min(max - min, Math.max(0, left));
    values[id] = min + extra;
    left -= extra;
  }
  if (left !== 0) throw new Error(`cannot reach ${total} with ${itemIds.length} items`);
  return values;
}
