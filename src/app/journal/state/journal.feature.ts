import { ActionReducer, combineReducers, createFeature, createSelector } from '@ngrx/store';
import { activeTags } from '../../check-in';
import { isDraftDirty } from '../domain/journal-draft';
import { promptById } from '../domain/journal-prompts';
import { DaylioImportState, daylioReducer } from './daylio-import.reducer';
import { editorReducer, JournalEditorState } from './journal-editor.reducer';
import { entriesReducer, entryAdapter, JournalEntriesState } from './journal-entries.reducer';
import { toEntryCard } from './journal-entry-card';
import { JournalRemovalState, removalReducer } from './journal-removal.reducer';
import { JournalSearchState, searchReducer } from './journal-search.reducer';
import { JournalTagsState, tagAdapter, tagsReducer } from './journal-tags.reducer';

export interface JournalState {
  entries: JournalEntriesState;
  tags: JournalTagsState;
  removal: JournalRemovalState;
  editor: JournalEditorState;
  search: JournalSearchState;
  daylio: DaylioImportState;
}

const reducer: ActionReducer<JournalState> = combineReducers<JournalState>({
  entries: entriesReducer,
  tags: tagsReducer,
  removal: removalReducer,
  editor: editorReducer,
  search: searchReducer,
  daylio: daylioReducer,
});

const entrySelectors = entryAdapter.getSelectors();
const tagSelectors = tagAdapter.getSelectors();

export const journalFeature = createFeature({
  name: 'journal',
  reducer,
  extraSelectors: ({ selectEntries, selectTags, selectEditor, selectSearch, selectDaylio }) => {
    const selectAllEntries = createSelector(selectEntries, entrySelectors.selectAll);
    const selectEntryEntities = createSelector(selectEntries, entrySelectors.selectEntities);
    const selectAllTags = createSelector(selectTags, tagSelectors.selectAll);
    const selectTagEntities = createSelector(selectTags, tagSelectors.selectEntities);
    const selectEditorDraft = createSelector(selectEditor, (editor) => editor.draft);
    return {
      selectAllEntries,
      selectEntryEntities,
      selectAllTags,
      selectTagEntities,
      selectEntriesLoad: createSelector(selectEntries, (entries) => entries.load),
      selectTagsLoad: createSelector(selectTags, (tags) => tags.load),
      selectLastSavedId: createSelector(selectEntries, (entries) => entries.lastSavedId),
      selectEntryCount: createSelector(selectEntries, entrySelectors.selectTotal),
      selectActiveTags: createSelector(selectAllTags, (tags) => activeTags(tags)),
      selectEntryCards: createSelector(selectAllEntries, selectTagEntities, (entries, tags) =>
        entries.map((entry) => toEntryCard(entry, tags)),
      ),
      selectEditorDraft,
      selectEditorDirty: createSelector(selectEditor, ({ draft, stored }) => draft !== null && isDraftDirty(draft, stored)),
      selectEditorPrompt: createSelector(selectEditorDraft, (draft) =>
        draft?.promptId ? (promptById(draft.promptId) ?? null) : null,
      ),
      /** Active tags, plus archived ones the entry already carries so they can be taken off. */
      selectEditorTagChoices: createSelector(selectAllTags, selectEditorDraft, (tags, draft) =>
        activeTags(tags).concat(tags.filter((tag) => tag.archived && draft?.tagIds.includes(tag.id))),
      ),
      selectSearchCards: createSelector(selectSearch, selectTagEntities, (search, tags) =>
        search.hits.map((hit) => toEntryCard(hit.entry, tags, hit.matches, hit.snippet)),
      ),
      selectDaylioCanImport: createSelector(selectDaylio, ({ preview }) =>
        preview !== null && preview.checkIns.length + preview.journalEntries.length > 0,
      ),
    };
  },
});
