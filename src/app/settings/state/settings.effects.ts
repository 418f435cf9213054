import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, from, map, of, switchMap } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { SettingsRepository } from '../data/settings-repository';
import { SettingsDbActions } from './settings-db.actions';
import { settingsFeature } from './settings.feature';
import { SettingsPageActions } from './settings-page.actions';

@Injectable()
export class SettingsEffects {
  private readonly actions$ = inject(Actions);
  private readonly store = inject(Store);
  private readonly repository = inject(SettingsRepository);

  readonly loadOnStart$ = createEffect(() =>
    this.actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      map(() => SettingsDbActions.loadRequested()),
    ),
  );

  readonly load$ = createEffect(() =>
    this.actions$.pipe(
      ofType(SettingsDbActions.loadRequested),
      exhaustMap(() =>
        from(this.repository.load()).pipe(
          map((settings) => SettingsDbActions.loadSucceeded({ settings })),
          catchError((error: unknown) => of(SettingsDbActions.loadFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );

  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(SettingsPageActions.themeChosen, SettingsPageActions.regionChosen, SettingsPageActions.dayStartHourChosen),
      concatLatestFrom(() => this.store.select(settingsFeature.selectSettings)),
      switchMap(([, settings]) =>
        from(this.repository.put(settings)).pipe(
          map(() => SettingsDbActions.saveSucceeded()),
          catchError((error: unknown) => of(SettingsDbActions.saveFailed({ error: errorMessage(error) }))),
        ),
      ),
    ),
  );
}
