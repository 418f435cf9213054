import { DestroyRef, inject, Injectable } from '@angular/core';
import { Action, ActionsSubject, Store } from '@ngrx/store';
import { concatLatestFrom } from '@ngrx/operators';
import { filter, from, switchMap, take } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { SettingsRepository } from '../data/settings-repository';
import { Settings } from '../domain/settings';
import { SettingsDbActions } from './settings-db.actions';
import { settingsFeature } from './settings.feature';
import { SettingsPageActions } from './settings-page.actions';

const SAVE_AFTER: readonly string[] = [
  SettingsPageActions.themeChosen.type,
  SettingsPageActions.regionChosen.type,
  SettingsPageActions.dayStartHourChosen.type,
];

/**
 * Loads the settings from IndexedDB and saves every choice. It does the work of an effect, but
 * the app imports it on its own at start (see App): the colour scheme is already applied from
 * its localStorage mirror, and nothing else on the first screen waits for settings, so neither
 * @ngrx/effects nor the database code has to be in the first bundle.
 */
@Injectable({ providedIn: 'root' })
export class SettingsPersistence {
  private readonly store = inject(Store);
  private readonly actions = inject(ActionsSubject);
  private readonly repository = inject(SettingsRepository);
  private readonly destroyRef = inject(DestroyRef);

  start(): void {
    this.store.dispatch(SettingsDbActions.loadRequested());
    this.repository.load().then(
      (settings) => {
        const chosenEarly = Object.keys(this.current(settingsFeature.selectChosenBeforeLoad)).length > 0;
        this.store.dispatch(SettingsDbActions.loadSucceeded({ settings }));
        // A choice made before this code arrived was not saved yet: save the merged record now.
        if (chosenEarly) void this.save(this.current(settingsFeature.selectSettings)).then((action) => this.store.dispatch(action));
      },
      (error: unknown) => this.store.dispatch(SettingsDbActions.loadFailed({ error: errorMessage(error) })),
    );
    const subscription = this.actions
      .pipe(
        filter((action) => SAVE_AFTER.includes(action.type)),
        concatLatestFrom(() => this.store.select(settingsFeature.selectSettings)),
        switchMap(([, settings]) => from(this.save(settings))),
      )
      .subscribe((action) => this.store.dispatch(action));
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  private save(settings: Settings): Promise<Action> {
    return this.repository.put(settings).then(
      () => SettingsDbActions.saveSucceeded(),
      (error: unknown) => SettingsDbActions.saveFailed({ error: errorMessage(error) }),
    );
  }

  private current<T>(selector: (state: object) => T): T {
    let value!: T;
    this.store.select(selector).pipe(take(1)).subscribe((v) => (value = v));
    return value;
  }
}
