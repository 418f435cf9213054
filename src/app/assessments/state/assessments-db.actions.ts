import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { AssessmentDraft, AssessmentPreferences, StoredAssessment } from '../domain';

export const AssessmentsDbActions = createActionGroup({
  source: 'Assessments DB',
  events: {
    'Load Requested': emptyProps(),
    'Load Succeeded': props<{
      assessments: StoredAssessment[];
      drafts: AssessmentDraft[];
      preferences: AssessmentPreferences;
      /** Stored records that could not be read and were left out. */
      skipped: number;
    }>(),
    'Load Failed': props<{ error: string }>(),
    'Draft Saved': props<{ instrumentId: string }>(),
    'Draft Save Failed': props<{ instrumentId: string; error: string }>(),
    'Draft Deleted': props<{ instrumentId: string }>(),
    'Draft Delete Failed': props<{ instrumentId: string; error: string }>(),
    'Submit Succeeded': props<{ assessment: StoredAssessment }>(),
    'Submit Failed': props<{ instrumentId: string; error: string }>(),
    'Delete Succeeded': props<{ assessment: StoredAssessment }>(),
    'Delete Failed': props<{ error: string }>(),
    'Restore Succeeded': props<{ assessment: StoredAssessment }>(),
    'Restore Failed': props<{ error: string }>(),
    'Preferences Saved': emptyProps(),
    'Preferences Save Failed': props<{ error: string }>(),
  },
});
