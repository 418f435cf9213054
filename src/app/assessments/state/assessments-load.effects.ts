import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType, OnInitEffects } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { catchError, exhaustMap, from, map, of } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { AssessmentDraftRepository } from '../data/assessment-draft-repository';
import { AssessmentPreferencesRepository } from '../data/assessment-preferences-repository';
import { AssessmentRepository } from '../data/assessment-repository';
import { AssessmentsDbActions } from './assessments-db.actions';
import { AssessmentsPageActions } from './assessments-page.actions';

/**
 * Reads results, drafts and preferences once the slice is registered. Apart from the pages'
 * effects, so that Today and Trends, which only read, load neither scoring nor instruments.
 */
@Injectable()
export class AssessmentsLoadEffects implements OnInitEffects {
  private readonly actions$ = inject(Actions);
  private readonly results = inject(AssessmentRepository);
  private readonly drafts = inject(AssessmentDraftRepository);
  private readonly preferences = inject(AssessmentPreferencesRepository);

  ngrxOnInitEffects(): Action {
    return AssessmentsDbActions.loadRequested();
  }

  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(AssessmentsDbActions.loadRequested, AssessmentsPageActions.retryLoadClicked),
      exhaustMap(() =>
        from(Promise.all([this.results.loadAll(), this.drafts.loadAll(), this.preferences.load()])).pipe(
          map(([results, drafts, preferences]) =>
            AssessmentsDbActions.loadSucceeded({
              assessments: results.items,
              drafts: drafts.items,
              preferences,
              skipped: results.skipped + drafts.skipped,
            }),
          ),
          catchError((error: unknown) => of(AssessmentsDbActions.loadFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );
}
