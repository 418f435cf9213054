import { createActionGroup, props } from '@ngrx/store';

/** Taking an assessment: the questions at /assess/:id/take and the review at /assess/:id/review. */
export const AssessmentPageActions = createActionGroup({
  source: 'Assessment Page',
  events: {
    Opened: props<{ instrumentId: string }>(),
    /**
     * `startedAt` is when the questions were opened and `instrumentVersion` the wording they showed;
     * both start the draft if this is the first answer.
     */
    'Answer Chosen': props<{
      instrumentId: string;
      instrumentVersion: string;
      itemId: string;
      optionId: string;
      at: string;
      startedAt: string;
    }>(),
    Submitted: props<{ instrumentId: string; id: string; finishedAt: string }>(),
  },
});
