import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, from, map, of, switchMap } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { errorMessage } from '../../shared/async-status';
import { DaylioImportStore } from '../data/daylio-import-store';
import { DaylioImportPreview } from '../domain/daylio/daylio-import';
import { DaylioImportActions, DaylioPreviewActions } from './daylio-import.actions';
import { DaylioImportDbActions } from './daylio-import-db.actions';
import { DaylioPreviewer } from './daylio-previewer';
import { journalFeature } from './journal.feature';

/** Registered on the import route only, so the rest of the journal does not load this code. */
@Injectable()
export class DaylioImportEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly importStore = inject(DaylioImportStore);
  private readonly clock = inject(Clock);
  private readonly previewer = inject(DaylioPreviewer);

  /**
   * Previews against what is stored now, so duplicates are found and nothing is written; in a
   * worker, reporting its progress. A new file or mood mapping stops the preview before it.
   */
  readonly preview$ = createEffect(() =>
    this.actions$.pipe(
      ofType(DaylioImportActions.fileChosen, DaylioImportActions.moodsMapped),
      concatLatestFrom(() => this.store.select(journalFeature.selectDaylio)),
      filter(([, daylio]) => daylio.text !== null),
      switchMap(([, { text, customMoods }]) =>
        from(this.importStore.existing()).pipe(
          switchMap((existing) =>
            this.previewer.preview({
              text: text as string,
              existing,
              options: { zone: this.clock.zone(), today: this.clock.today(), customMoods },
            }),
          ),
          map((message) => {
            if (message.kind === 'progress') return DaylioPreviewActions.progressed({ fraction: message.fraction });
            if (message.kind === 'failed') return DaylioPreviewActions.failed({ error: message.error });
            return message.result.ok
              ? DaylioPreviewActions.succeeded({ preview: message.result.preview })
              : DaylioPreviewActions.rejected({ error: message.result.error });
          }),
          catchError((error: unknown) => of(DaylioPreviewActions.failed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  readonly import$ = createEffect(() =>
    this.actions$.pipe(
      ofType(DaylioImportActions.importConfirmed),
      concatLatestFrom(() => this.store.select(journalFeature.selectDaylio)),
      filter(([, daylio]) => daylio.preview !== null),
      exhaustMap(([, daylio]) => {
        const preview = daylio.preview as DaylioImportPreview;
        return from(this.importStore.commit(preview)).pipe(
          map(() =>
            DaylioImportDbActions.importSucceeded({ checkIns: preview.checkIns, tags: preview.newTags, entries: preview.journalEntries }),
          ),
          catchError((error: unknown) => of(DaylioImportDbActions.importFailed({ error: errorMessage(error) }))),
        );
      }),
    ),
  );
}
