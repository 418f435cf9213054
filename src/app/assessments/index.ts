// The assessments feature's public surface: other features import from here only.
export type { DueAssessment } from './domain/retake-reminder';
export { provideAssessmentsState } from './state/provide-assessments-state';
export { selectDueAssessments } from './state/due-assessments.selector';
export { DueAssessments } from './ui/due-assessments';
