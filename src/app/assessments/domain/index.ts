// The assessments domain's public surface: pure TypeScript, no Angular, no IndexedDB. The
// instruments themselves are in ./instruments, apart: importing this must not load their texts.
export type { Answers, ResolvedAnswers } from './answers';
export { resolveAnswers } from './answers';
export type {
  AssessmentResult,
  BandResult,
  IncompleteAssessment,
  NextStep,
  SafetySignal,
  ScaleResult,
  ScoredAssessment,
  ScoringContext,
  Sex,
} from './assessment-result';
export { fillBracketTerms, withProfession } from './bracket-terms';
export type { ScaleChange } from './compare-results';
export { compareResults } from './compare-results';
export type { Comparison, Condition } from './condition';
export { evaluateSafety } from './evaluate-safety';
export { bandContains, findBand } from './find-band';
export type {
  Attribution,
  BracketTerm,
  InstrumentDefinition,
  InstrumentItem,
  InstrumentSection,
  OptionSet,
  ResponseOption,
  Terms,
} from './instrument-definition';
export type { ChangeRule, MissingItemRule, NextStepRule, SafetyRule, SkipRule } from './instrument-rules';
export type { Band, Banding, BandingBySex, ScaleDefinition, ScoringRule } from './scale-definition';
export type { ScaleShortfall } from './scale-shortfall';
export { scaleShortfalls } from './scale-shortfall';
export { scoreInstrument } from './score-instrument';
export { validateInstrument } from './validate-instrument';
export { INSTRUMENT_SHORT_TITLES, isKnownInstrument } from './instrument-names';
export type { AbsentInstrument } from './absent-instruments';
export { ABSENT_INSTRUMENTS } from './absent-instruments';
export { askedItems, scoreDecimals } from './asked-items';
export type { AssessmentDraft } from './assessment-draft';
export { parseAssessmentDraft, withAnswer } from './assessment-draft';
export type { AssessmentPreferences, ReminderInterval } from './assessment-preferences';
export { DEFAULT_PREFERENCES, normalizePreferences, PROFESSION_MAX_LENGTH, REMINDER_INTERVALS } from './assessment-preferences';
export type { InstrumentGroup } from './instrument-groups';
export { groupOf, INSTRUMENT_GROUPS } from './instrument-groups';
export type { DueAssessment } from './retake-reminder';
export { dueAssessments, reminderDueOn } from './retake-reminder';
export { safetyAnchorItemId } from './safety-anchor';
export type { StoredAssessment } from './stored-assessment';
export { parseStoredAssessment } from './stored-assessment';
