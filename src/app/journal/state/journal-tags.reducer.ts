import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createReducer, on } from '@ngrx/store';
import { Tag } from '../../check-in';
import { AsyncStatus, IDLE } from '../../shared/async-status';
import { DaylioImportDbActions } from './daylio-import.actions';
import { JournalDbActions } from './journal-db.actions';
import { JournalEditorActions } from './journal-editor.actions';

/** Tags are the check-in feature's; the journal keeps its own copy of them to pick and show. */
export interface JournalTagsState extends EntityState<Tag> {
  load: AsyncStatus;
}

export const tagAdapter = createEntityAdapter<Tag>();

const initialState: JournalTagsState = tagAdapter.getInitialState({ load: IDLE });

export const tagsReducer = createReducer(
  initialState,
  on(JournalDbActions.loadSucceeded, JournalDbActions.tagsLoadSucceeded, (state, { tags }): JournalTagsState =>
    tagAdapter.setAll(tags, { ...state, load: { status: 'success', error: null } }),
  ),
  on(JournalDbActions.tagsLoadFailed, (state, { error }): JournalTagsState => ({ ...state, load: { status: 'error', error } })),
  // Shown at once so it can be picked; taken away again if it could not be stored.
  on(JournalEditorActions.tagCreated, (state, { tag }): JournalTagsState => tagAdapter.upsertOne(tag, state)),
  on(JournalDbActions.tagCreateFailed, (state, { tagId }): JournalTagsState => tagAdapter.removeOne(tagId, state)),
  on(DaylioImportDbActions.importSucceeded, (state, { preview }): JournalTagsState =>
    tagAdapter.upsertMany(preview.newTags, state),
  ),
);
