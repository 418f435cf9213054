import { inject, Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, from, map, of } from 'rxjs';
import { errorMessage } from '../../shared/async-status';
import { TagRepository } from '../data/tag-repository';
import { TagRequestsActions } from './tag-requests.actions';
import { TagsDbActions } from './tags-db.actions';
import { TagsPageActions } from './tags-page.actions';

@Injectable()
export class TagEffects {
  private readonly actions$ = inject(Actions);
  private readonly tags = inject(TagRepository);

  readonly save$ = createEffect(() =>
    this.actions$.pipe(
      ofType(
        TagsPageActions.tagCreated,
        TagsPageActions.tagRenamed,
        TagsPageActions.tagArchived,
        TagsPageActions.tagRestored,
        TagRequestsActions.tagCreateRequested,
      ),
      concatMap(({ tag }) =>
        from(this.tags.put(tag)).pipe(
          map(() => TagsDbActions.saveSucceeded({ tag })),
          catchError((error: unknown) => of(TagsDbActions.saveFailed({ tagId: tag.id, error: errorMessage(error) }))),
        ),
      ),
    ),
  );
}
