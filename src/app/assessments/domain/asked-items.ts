import { Answers, resolveAnswers } from './answers';
import { InstrumentDefinition, InstrumentItem } from './instrument-definition';

/**
 * The items to ask, in order, given the answers so far: an item that a skip rule has made
 * unnecessary (AUDIT-C questions 2 and 3 after "Never") is left out.
 */
export function askedItems(definition: InstrumentDefinition, answers: Answers | null | undefined): readonly InstrumentItem[] {
  const { skippedItemIds } = resolveAnswers(definition, answers);
  return definition.items.filter((item) => !skippedItemIds.includes(item.id));
}

/** How many decimals a scale's score is shown with: whole numbers for sums, more for means. */
export function scoreDecimals(definition: InstrumentDefinition, scaleId: string): number {
  const scale = definition.scales.find((s) => s.id === scaleId);
  if (!scale || scale.scoring.kind !== 'mean') return 0;
  return scale.range.max - scale.range.min <= 10 ? 2 : 1;
}
