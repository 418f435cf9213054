import { Condition } from './condition';

/**
 * Nothing is scored until every scored item is answered (`all-required`), or each scale is
 * scored on its own once `minAnswered` of its items are answered (`min-answered-per-scale`, CBI).
 */
export type MissingItemRule =
  | { readonly kind: 'all-required' }
  | { readonly kind: 'min-answered-per-scale'; readonly source: string };

/** When `when` holds, `itemIds` are not asked and count as `value` (AUDIT-C: Q1 "Never"). */
export interface SkipRule {
  readonly id: string;
  readonly when: Condition;
  readonly itemIds: readonly string[];
  readonly value: number;
  readonly source: string;
}

/** A response that must bring crisis resources to the screen, whatever the total. */
export interface SafetyRule {
  readonly id: string;
  readonly when: Condition;
  readonly message: string;
  readonly source: string;
}

/** A suggestion shown with a result, e.g. "offer the PHQ-9" after a low WHO-5. */
export interface NextStepRule {
  readonly id: string;
  readonly when: Condition;
  readonly text: string;
  /** An instrument the person may take next, by id. */
  readonly suggestInstrumentId?: string;
  readonly source: string;
}

/** The smallest change of a scale score between two results that counts as meaningful. */
export interface ChangeRule {
  readonly scaleId: string;
  readonly minimumChange: number;
  readonly source: string;
}
