/** How a value is compared with a threshold in a rule. */
export type Comparison = '>=' | '>' | '<=' | '<' | '==';

/**
 * A test on one item's raw option value (before any reversal) or on one scale's score.
 * Safety, skip and next-step rules are all written with it, so no rule needs code of its own.
 */
export type Condition =
  | { readonly item: string; readonly is: Comparison; readonly value: number }
  | { readonly scale: string; readonly is: Comparison; readonly value: number };

export function compare(actual: number, is: Comparison, threshold: number): boolean {
  switch (is) {
    case '>=':
      return actual >= threshold;
    case '>':
      return actual > threshold;
    case '<=':
      return actual <= threshold;
    case '<':
      return actual < threshold;
    case '==':
      return actual === threshold;
  }
}

/**
 * True when the condition holds. A subject with no value yet (unanswered item, unscored scale)
 * never satisfies a condition: rules fire on what the person said, never on what they did not.
 */
export function holds(
  condition: Condition,
  itemValue: (itemId: string) => number | undefined,
  scaleScore: (scaleId: string) => number | null | undefined,
): boolean {
  const actual = 'item' in condition ? itemValue(condition.item) : scaleScore(condition.scale);
  return actual !== undefined && actual !== null && compare(actual, condition.is, condition.value);
}
