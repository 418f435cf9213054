import { Band } from './scale-definition';

export type Sex = 'female' | 'male';

/** What the engine may know about the respondent beyond their answers. */
export interface ScoringContext {
  /** For sex-specific cut-offs (AUDIT-C); when absent, results carry every sex's band. */
  readonly sex?: Sex;
}

export interface BandResult extends Band {
  /** Citation of the cut-offs. */
  readonly source: string;
  readonly note?: string;
}

export interface ScaleResult {
  readonly scaleId: string;
  readonly label: string;
  readonly role: 'primary' | 'derived';
  readonly higherIs: 'better' | 'worse';
  /** Null when too few of its items were answered (CBI's per-scale minimum). */
  readonly score: number | null;
  readonly rawSum: number;
  readonly answeredCount: number;
  readonly itemCount: number;
  /** The band for this person; null when unscored, or when the bands depend on an unstated sex. */
  readonly band: BandResult | null;
  /** Present for sex-specific cut-offs: both readings, so either can be shown. */
  readonly bandBySex?: { readonly female: BandResult | null; readonly male: BandResult | null };
}

export interface SafetySignal {
  readonly ruleId: string;
  readonly message: string;
  readonly source: string;
}

export interface NextStep {
  readonly ruleId: string;
  readonly text: string;
  readonly suggestInstrumentId?: string;
  readonly source: string;
}

interface ResultBase {
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly scoringVersion: number;
  /** Fired on whatever was answered, scored or not: safety never waits for the total. */
  readonly safetySignals: readonly SafetySignal[];
  /** Stored option ids that do not exist for their item; treated as unanswered. */
  readonly invalidItemIds: readonly string[];
}

/** Not scored: `missingItemIds` lists the answers still needed. */
export interface IncompleteAssessment extends ResultBase {
  readonly status: 'incomplete';
  readonly missingItemIds: readonly string[];
}

export interface ScoredAssessment extends ResultBase {
  readonly status: 'scored';
  readonly scales: readonly ScaleResult[];
  readonly nextSteps: readonly NextStep[];
  readonly skippedItemIds: readonly string[];
}

export type AssessmentResult = IncompleteAssessment | ScoredAssessment;
