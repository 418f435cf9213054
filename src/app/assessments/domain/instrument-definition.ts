import { ChangeRule, MissingItemRule, NextStepRule, SafetyRule, SkipRule } from './instrument-rules';
import { ScaleDefinition } from './scale-definition';

/** One answer choice. `id` is what a stored assessment keeps; `value` is what it scores. */
export interface ResponseOption {
  readonly id: string;
  /** Verbatim label from the source named in the definition. */
  readonly label: string;
  readonly value: number;
}

/** Options in the order the published form prints them. */
export interface OptionSet {
  readonly id: string;
  readonly options: readonly ResponseOption[];
}

export interface InstrumentItem {
  readonly id: string;
  /** Number as printed, within its section when the instrument has sections. */
  readonly number: number;
  readonly sectionId?: string;
  /** Verbatim text from the source named in the definition. */
  readonly text: string;
  readonly optionSetId: string;
  /** Unscored items (PHQ-9's difficulty question) are optional and never enter a scale. */
  readonly scored: boolean;
}

export interface InstrumentSection {
  readonly id: string;
  readonly title: string;
}

/** A bracketed term the owner lets users replace, e.g. ProQOL's "[helper]". */
export interface BracketTerm {
  readonly token: string;
  readonly meaning: string;
}

export interface Attribution {
  readonly authors: string;
  readonly year: number;
  readonly citation: string;
}

export interface Terms {
  readonly text: string;
  /** False when the owner publishes no terms we could quote; the text then summarises. */
  readonly verbatim: boolean;
  readonly source: string;
  /**
   * The owner's site, shown as a link where the terms ask for it (ProQOL: "www.proqol.org").
   * Followed by the person only; the app itself never requests it.
   */
  readonly link?: { readonly href: string; readonly text: string };
}

/** A validated instrument as data: everything the engine, the UI and NOTICE need. */
export interface InstrumentDefinition {
  readonly id: string;
  /** Version of this definition's content (wording, options); stored with each assessment. */
  readonly version: string;
  /** Bumped whenever scoring changes, so old answers are rescored knowingly. */
  readonly scoringVersion: number;
  readonly title: string;
  readonly shortTitle: string;
  /** What it measures, in one sentence. */
  readonly measures: string;
  readonly estimatedMinutes: number;
  /** Verbatim, or null when the instrument states none. */
  readonly recallPeriod: string | null;
  /** Verbatim, or null when the instrument publishes none. */
  readonly instructions: string | null;
  /** Where the item, option and instruction wording was taken from. */
  readonly wordingSource: string;
  /** Where sources disagree or the screen differs from paper, and what we chose. */
  readonly notes: readonly string[];
  readonly sections: readonly InstrumentSection[];
  readonly optionSets: readonly OptionSet[];
  readonly items: readonly InstrumentItem[];
  /** Scored as (lowest option value + highest option value) − value. */
  readonly reverseItemIds: readonly string[];
  readonly scales: readonly ScaleDefinition[];
  readonly missingItemRule: MissingItemRule;
  readonly skipRules: readonly SkipRule[];
  readonly safetyRules: readonly SafetyRule[];
  readonly nextSteps: readonly NextStepRule[];
  readonly changeRules: readonly ChangeRule[];
  readonly bracketTerms: readonly BracketTerm[];
  readonly attribution: Attribution;
  readonly terms: Terms;
}
