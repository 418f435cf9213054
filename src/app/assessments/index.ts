// The assessments feature's public surface: other features import from here only.
export type { DueAssessment } from './domain/retake-reminder';
export { provideAssessmentsState } from './state/provide-assessments-state';
export { selectDueAssessments } from './state/due-assessments.selector';
export { DueAssessments } from './ui/due-assessments';
// Stored results; the scoring that reads them is in ./scoring, apart so that the state does not
// bring every instrument's texts.
export type { StoredAssessment } from './domain';
import { assessmentsFeature } from './state/assessments.feature';
export { assessmentsFeature };
export const { selectAllResults: selectAssessmentResults, selectLoaded: selectAssessmentsLoaded } = assessmentsFeature;
