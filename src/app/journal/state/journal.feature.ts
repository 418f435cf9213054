import { ActionReducer, combineReducers, createFeature, createSelector } from '@ngrx/store';
import { checkInFeature } from '../../check-in';
import { isDraftDirty } from '../domain/journal-draft';
import { promptById } from '../domain/journal-prompts';
import { DaylioImportState, daylioReducer } from './daylio-import.reducer';
import { editorReducer, JournalEditorState } from './journal-editor.reducer';
import { entriesReducer, entryAdapter, JournalEntriesState } from './journal-entries.reducer';
import { toEntryCard } from './journal-entry-card';
import { JournalRemovalState, removalReducer } from './journal-removal.reducer';
import { JournalSearchState, searchReducer } from './journal-search.reducer';

export interface JournalState {
  entries: JournalEntriesState;
  removal: JournalRemovalState;
  editor: JournalEditorState;
  search: JournalSearchState;
  daylio: DaylioImportState;
}

const reducer: ActionReducer<JournalState> = combineReducers<JournalState>({
  entries: entriesReducer,
  removal: removalReducer,
  editor: editorReducer,
  search: searchReducer,
  daylio: daylioReducer,
});

const entrySelectors = entryAdapter.getSelectors();

export const journalFeature = createFeature({
  name: 'journal',
  reducer,
  // Tags are the check-in feature's: the journal reads them through its selectors.
  extraSelectors: ({ selectEntries, selectEditor, selectSearch, selectDaylio }) => {
    const selectAllEntries = createSelector(selectEntries, entrySelectors.selectAll);
    const selectEntryEntities = createSelector(selectEntries, entrySelectors.selectEntities);
    const selectEditorDraft = createSelector(selectEditor, (editor) => editor.draft);
    return {
      selectAllEntries,
      selectEntryEntities,
      selectEntriesLoad: createSelector(selectEntries, (entries) => entries.load),
      selectLastSavedId: createSelector(selectEntries, (entries) => entries.lastSavedId),
      selectEntryCount: createSelector(selectEntries, entrySelectors.selectTotal),
      selectEntryCards: createSelector(selectAllEntries, checkInFeature.selectTagEntities, (entries, tags) =>
        entries.map((entry) => toEntryCard(entry, tags)),
      ),
      selectEditorDraft,
      selectEditorDirty: createSelector(selectEditor, ({ draft, stored }) => draft !== null && isDraftDirty(draft, stored)),
      selectEditorPrompt: createSelector(selectEditorDraft, (draft) =>
        draft?.promptId ? (promptById(draft.promptId) ?? null) : null,
      ),
      selectSearchCards: createSelector(selectSearch, checkInFeature.selectTagEntities, (search, tags) =>
        search.hits.map((hit) => toEntryCard(hit.entry, tags, hit.matches, hit.snippet)),
      ),
      selectDaylioCanImport: createSelector(selectDaylio, ({ preview }) =>
        preview !== null && preview.checkIns.length + preview.journalEntries.length > 0,
      ),
    };
  },
});
