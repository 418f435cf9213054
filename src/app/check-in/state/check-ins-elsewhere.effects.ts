import { inject, Injectable } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, filter, first, switchMap } from 'rxjs';
import { CHANGES_ELSEWHERE } from '../../core/db/database-changes';
import { CheckInRepository } from '../data/check-in-repository';
import { TagRepository } from '../data/tag-repository';
import { checkInFeature } from './check-in.feature';

/**
 * Hears from the start what another tab writes, so Today, History, Trends and an untouched form
 * show it without a reload. Each write waits, in order, for the first read (which would otherwise
 * replace what is read again) and for the code that rereads it.
 */
@Injectable()
export class CheckInsElsewhereEffects {
  private readonly store = inject(Store);
  private readonly checkIns = inject(CheckInRepository);
  private readonly tags = inject(TagRepository);

  readonly changedElsewhere$ = createEffect(() =>
    inject(CHANGES_ELSEWHERE).pipe(
      filter((changed) => 'checkins' in changed || 'tags' in changed),
      concatMap((changed) =>
        this.store.select(checkInFeature.selectRecentLoad).pipe(
          first((load) => load.status === 'success'),
          switchMap(() => import('./check-ins-reread').then(({ rereadChanged }) => rereadChanged(changed, this.checkIns, this.tags))),
        ),
      ),
    ),
  );
}
