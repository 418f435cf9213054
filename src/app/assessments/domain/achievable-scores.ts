import { optionSetOf } from './answers';
import { InstrumentDefinition } from './instrument-definition';
import { ScaleDefinition } from './scale-definition';
import { aggregate } from './scale-score';

/**
 * Every score the scale can take, from every allowed combination of answers (and of unanswered
 * items, where the scale scores on fewer than all). Lets the schema test prove that bands leave
 * no gap and overlap nowhere over scores a person can really get.
 */
export function achievableScores(definition: InstrumentDefinition, scale: ScaleDefinition): readonly number[] {
  // States are (answered count, sum); each item adds one of its scored values, or stays unanswered.
  let states = new Map<string, { count: number; sum: number }>([['0:0', { count: 0, sum: 0 }]]);
  const optional = scale.scoring.kind === 'mean' && scale.minAnswered < scale.itemIds.length;
  for (const itemId of scale.itemIds) {
    const next = new Map<string, { count: number; sum: number }>();
    for (const state of states.values()) {
      if (optional) next.set(`${state.count}:${state.sum}`, state);
      for (const value of itemValues(definition, itemId)) {
        const s = { count: state.count + 1, sum: state.sum + value };
        next.set(`${s.count}:${s.sum}`, s);
      }
    }
    states = next;
  }
  const scores = new Map<string, number>();
  for (const { count, sum } of states.values()) {
    if (count < Math.max(1, scale.minAnswered)) continue;
    const score = aggregate(scale, sum, count);
    scores.set(score.toFixed(9), score);
  }
  return [...scores.values()].sort((a, b) => a - b);
}

function itemValues(definition: InstrumentDefinition, itemId: string): number[] {
  const item = definition.items.find((i) => i.id === itemId);
  const values = (item && optionSetOf(definition, item.optionSetId)?.options.map((o) => o.value)) ?? [];
  if (!definition.reverseItemIds.includes(itemId)) return values;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((v) => low + high - v);
}
