import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, concatMap, exhaustMap, from, map, mergeMap, of, switchMap, tap } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { AssessmentDraftRepository, draftKey } from '../data/assessment-draft-repository';
import { AssessmentPreferencesRepository } from '../data/assessment-preferences-repository';
import { AssessmentRepository } from '../data/assessment-repository';
import { scoreInstrument, StoredAssessment } from '../domain';
import { findInstrument } from '../domain/instruments';
import { AssessmentPageActions } from './assessment-page.actions';
import { assessmentsFeature } from './assessments.feature';
import { AssessmentsDbActions } from './assessments-db.actions';
import { HistoryPageActions } from './history-page.actions';
import { InstrumentPageActions } from './instrument-page.actions';
import { ResultPageActions } from './result-page.actions';

/**
 * What the assessments pages write to IndexedDB (answers, results, preferences); the load is
 * AssessmentsLoadEffects. Every failure becomes a `... Failed` action the pages show.
 */
@Injectable()
export class AssessmentsEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly results = inject(AssessmentRepository);
  private readonly drafts = inject(AssessmentDraftRepository);
  private readonly preferences = inject(AssessmentPreferencesRepository);

  /** In order, one at a time: the last answer given is the last one written. */
  readonly saveDraft$ = createEffect(() =>
    this.actions$.pipe(
      ofType(AssessmentPageActions.answerChosen),
      concatLatestFrom(() => this.store.select(assessmentsFeature.selectDraftEntities)),
      concatMap(([{ instrumentId }, drafts]) => {
        const draft = drafts[instrumentId];
        if (!draft) return of(AssessmentsDbActions.draftSaved({ instrumentId }));
        return from(this.drafts.put(draft)).pipe(
          map(() => AssessmentsDbActions.draftSaved({ instrumentId })),
          catchError((error: unknown) => of(AssessmentsDbActions.draftSaveFailed({ instrumentId, error: errorMessage(error) }))),
        );
      }),
    ),
  );

  readonly deleteDraft$ = createEffect(() =>
    this.actions$.pipe(
      ofType(InstrumentPageActions.startOverConfirmed),
      concatMap(({ instrumentId }) =>
        from(this.drafts.delete(draftKey(instrumentId))).pipe(
          map(() => AssessmentsDbActions.draftDeleted({ instrumentId })),
          catchError((error: unknown) => of(AssessmentsDbActions.draftDeleteFailed({ instrumentId, error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  readonly submit$ = createEffect(() =>
    this.actions$.pipe(
      ofType(AssessmentPageActions.submitted),
      concatLatestFrom(() => [this.store.select(assessmentsFeature.selectDraftEntities), this.store.select(assessmentsFeature.selectPreferences)]),
      exhaustMap(([{ instrumentId, id, finishedAt }, drafts, preferences]) => {
        const instrument = findInstrument(instrumentId);
        const draft = drafts[instrumentId];
        if (!instrument || !draft) {
          return of(AssessmentsDbActions.submitFailed({ instrumentId, error: $localize`:@@assess.submitNoDraft:There are no answers to submit.` }));
        }
        // Nothing is stored, let alone scored, until the required answers are there.
        if (scoreInstrument(instrument, draft.answers).status !== 'scored') {
          return of(
            AssessmentsDbActions.submitFailed({
              instrumentId,
              error: $localize`:@@assess.submitIncomplete:Some required questions are not answered yet.`,
            }),
          );
        }
        const sexSpecific = instrument.scales.some((s) => s.bandingBySex);
        const assessment: StoredAssessment = {
          id,
          instrumentId,
          instrumentVersion: instrument.version,
          scoringVersion: instrument.scoringVersion,
          startedAt: draft.startedAt,
          takenAt: finishedAt,
          answers: draft.answers,
          ...(sexSpecific && (preferences.sex === 'female' || preferences.sex === 'male') ? { sex: preferences.sex } : {}),
        };
        return from(this.results.saveCompleted(assessment)).pipe(
          map(() => AssessmentsDbActions.submitSucceeded({ assessment })),
          catchError((error: unknown) => of(AssessmentsDbActions.submitFailed({ instrumentId, error: errorMessage(error) }))),
        );
      }),
    ),
  );

  /** Replaces the review in the history, so Back from the result does not offer an empty review. */
  readonly showResult$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(AssessmentsDbActions.submitSucceeded),
        tap(({ assessment }) =>
          void this.router.navigate(['/assess', assessment.instrumentId, 'result', assessment.id], { replaceUrl: true }),
        ),
      ),
    { dispatch: false },
  );

  readonly deleteResult$ = createEffect(() =>
    this.actions$.pipe(
      ofType(HistoryPageActions.deleteConfirmed),
      mergeMap(({ assessment }) =>
        from(this.results.delete(assessment.id)).pipe(
          map(() => AssessmentsDbActions.deleteSucceeded({ assessment })),
          catchError((error: unknown) => of(AssessmentsDbActions.deleteFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  readonly restoreResult$ = createEffect(() =>
    this.actions$.pipe(
      ofType(HistoryPageActions.undoDeleteClicked),
      mergeMap(({ assessment }) =>
        from(this.results.put(assessment)).pipe(
          map(() => AssessmentsDbActions.restoreSucceeded({ assessment })),
          catchError((error: unknown) => of(AssessmentsDbActions.restoreFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  /** The whole preferences record, as it stands after the change. */
  readonly savePreferences$ = createEffect(() =>
    this.actions$.pipe(
      ofType(
        InstrumentPageActions.professionChanged,
        InstrumentPageActions.sexChosen,
        ResultPageActions.reminderChosen,
        HistoryPageActions.reminderChosen,
      ),
      concatLatestFrom(() => this.store.select(assessmentsFeature.selectPreferences)),
      switchMap(([, preferences]) =>
        from(this.preferences.put(preferences)).pipe(
          map(() => AssessmentsDbActions.preferencesSaved()),
          catchError((error: unknown) => of(AssessmentsDbActions.preferencesSaveFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );
}
