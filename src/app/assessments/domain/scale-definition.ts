/**
 * How a scale turns its items' scored values into one number.
 * - `sum`: every item must count; the score is their sum.
 * - `mean`: the mean of the answered items (with `minAnswered` saying how many must be answered).
 * - `sum-times`: the sum multiplied by `factor` (WHO-5: raw 0–25 × 4 = 0–100).
 */
export type ScoringRule =
  | { readonly kind: 'sum' }
  | { readonly kind: 'mean' }
  | { readonly kind: 'sum-times'; readonly factor: number };

/**
 * One band of a scale. Bounds are inclusive unless marked exclusive, so both integer sums
 * ("5–9") and continuous means ("< 3.00", "> 4.30") are written exactly as published.
 */
export interface Band {
  readonly id: string;
  /** Plain words a clinician reading about themselves understands. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: true;
  readonly maxExclusive?: true;
}

/** A scale's bands and where they come from. */
export interface Banding {
  /** Citation of the published source of these cut-offs. */
  readonly source: string;
  /** Caveats shown with the band, e.g. that a cut-off is a convention, not a validated norm. */
  readonly note?: string;
  readonly bands: readonly Band[];
}

/** Bands that depend on the respondent's stated sex (AUDIT-C). */
export interface BandingBySex {
  readonly female: Banding;
  readonly male: Banding;
}

export interface ScaleDefinition {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** `derived` scales (PHQ-2 inside PHQ-9) are shown alongside, never instead of, the primary ones. */
  readonly role: 'primary' | 'derived';
  readonly itemIds: readonly string[];
  readonly scoring: ScoringRule;
  /** Fewest answered items that still give a score; equals `itemIds.length` when all are required. */
  readonly minAnswered: number;
  /** The lowest and highest score the scale can take. */
  readonly range: { readonly min: number; readonly max: number };
  readonly higherIs: 'better' | 'worse';
  readonly banding: Banding | null;
  readonly bandingBySex?: BandingBySex;
}
