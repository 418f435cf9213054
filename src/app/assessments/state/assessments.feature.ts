import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AsyncStatus, failed, IDLE, LOADING, SUCCESS } from '../../shared/async-status';
// Single modules, not the domain's index: Today registers this slice and needs no scoring.
import { AssessmentDraft, withAnswer } from '../domain/assessment-draft';
import { AssessmentPreferences, DEFAULT_PREFERENCES, PROFESSION_MAX_LENGTH } from '../domain/assessment-preferences';
import { isKnownInstrument } from '../domain/instrument-names';
import { StoredAssessment } from '../domain/stored-assessment';
import { AssessmentPageActions } from './assessment-page.actions';
import { AssessmentsDbActions } from './assessments-db.actions';
import { AssessmentsPageActions } from './assessments-page.actions';
import { HistoryPageActions } from './history-page.actions';
import { InstrumentPageActions } from './instrument-page.actions';
import { ResultPageActions } from './result-page.actions';
import { compareCodeUnits } from '../../shared/compare';

export interface AssessmentsState extends EntityState<StoredAssessment> {
  drafts: EntityState<AssessmentDraft>;
  preferences: AssessmentPreferences;
  /** The instrument (and result) the open page is about, from its route. */
  activeInstrumentId: string | null;
  activeResultId: string | null;
  load: AsyncStatus;
  /** Stored records that could not be read at the last load. */
  skipped: number;
  draftSave: AsyncStatus;
  submit: AsyncStatus;
  /** Deleting or restoring a result. */
  history: AsyncStatus;
  preferencesSave: AsyncStatus;
  /** The result just deleted, kept so that it can be put back. */
  recentlyDeleted: StoredAssessment | null;
}

/** Newest first: every list of results reads from the top. */
export const resultsAdapter = createEntityAdapter<StoredAssessment>({
  sortComparer: (a, b) => compareCodeUnits(b.takenAt, a.takenAt) || compareCodeUnits(a.id, b.id),
});
export const draftsAdapter = createEntityAdapter<AssessmentDraft>({ selectId: (draft) => draft.instrumentId });

export const initialAssessmentsState: AssessmentsState = resultsAdapter.getInitialState({
  drafts: draftsAdapter.getInitialState(),
  preferences: DEFAULT_PREFERENCES,
  activeInstrumentId: null,
  activeResultId: null,
  load: IDLE,
  skipped: 0,
  draftSave: IDLE,
  submit: IDLE,
  history: IDLE,
  preferencesSave: IDLE,
  recentlyDeleted: null,
});

const withPreferences = (state: AssessmentsState, change: Partial<AssessmentPreferences>): AssessmentsState => ({
  ...state,
  preferences: { ...state.preferences, ...change },
  preferencesSave: LOADING,
});

export const assessmentsFeature = createFeature({
  name: 'assessments',
  reducer: createReducer(
    initialAssessmentsState,
    on(AssessmentsDbActions.loadRequested, AssessmentsPageActions.retryLoadClicked, (state): AssessmentsState => ({
      ...state,
      load: LOADING,
    })),
    on(AssessmentsDbActions.loadSucceeded, (state, { assessments, drafts, preferences, skipped }): AssessmentsState => ({
      ...resultsAdapter.setAll(assessments, state),
      drafts: draftsAdapter.setAll(drafts, state.drafts),
      preferences,
      skipped,
      load: SUCCESS,
    })),
    on(AssessmentsDbActions.loadFailed, (state, { error }): AssessmentsState => ({ ...state, load: failed(error) })),

    on(InstrumentPageActions.opened, HistoryPageActions.opened, (state, { instrumentId }): AssessmentsState => ({
      ...state,
      activeInstrumentId: instrumentId,
      activeResultId: null,
      recentlyDeleted: state.activeInstrumentId === instrumentId ? state.recentlyDeleted : null,
    })),
    on(AssessmentPageActions.opened, (state, { instrumentId }): AssessmentsState => ({
      ...state,
      activeInstrumentId: instrumentId,
      activeResultId: null,
      submit: IDLE,
    })),
    on(ResultPageActions.opened, (state, { instrumentId, resultId }): AssessmentsState => ({
      ...state,
      activeInstrumentId: instrumentId,
      activeResultId: resultId,
    })),

    on(AssessmentPageActions.answerChosen, (state, change): AssessmentsState => {
      if (!isKnownInstrument(change.instrumentId)) return state;
      const draft = withAnswer(state.drafts.entities[change.instrumentId], change);
      return { ...state, drafts: draftsAdapter.upsertOne(draft, state.drafts), draftSave: LOADING };
    }),
    on(AssessmentsDbActions.draftSaved, AssessmentsDbActions.draftDeleted, (state): AssessmentsState => ({
      ...state,
      draftSave: SUCCESS,
    })),
    on(AssessmentsDbActions.draftSaveFailed, AssessmentsDbActions.draftDeleteFailed, (state, { error }): AssessmentsState => ({
      ...state,
      draftSave: failed(error),
    })),
    on(InstrumentPageActions.startOverConfirmed, (state, { instrumentId }): AssessmentsState => ({
      ...state,
      drafts: draftsAdapter.removeOne(instrumentId, state.drafts),
      draftSave: LOADING,
    })),

    on(AssessmentPageActions.submitted, (state): AssessmentsState => ({ ...state, submit: LOADING })),
    on(AssessmentsDbActions.submitSucceeded, (state, { assessment }): AssessmentsState => ({
      ...resultsAdapter.upsertOne(assessment, state),
      drafts: draftsAdapter.removeOne(assessment.instrumentId, state.drafts),
      submit: SUCCESS,
    })),
    on(AssessmentsDbActions.submitFailed, (state, { error }): AssessmentsState => ({ ...state, submit: failed(error) })),

    on(HistoryPageActions.deleteConfirmed, HistoryPageActions.undoDeleteClicked, (state): AssessmentsState => ({
      ...state,
      history: LOADING,
    })),
    on(AssessmentsDbActions.deleteSucceeded, (state, { assessment }): AssessmentsState => ({
      ...resultsAdapter.removeOne(assessment.id, state),
      recentlyDeleted: assessment,
      history: SUCCESS,
    })),
    on(AssessmentsDbActions.restoreSucceeded, (state, { assessment }): AssessmentsState => ({
      ...resultsAdapter.upsertOne(assessment, state),
      recentlyDeleted: null,
      history: SUCCESS,
    })),
    on(AssessmentsDbActions.deleteFailed, AssessmentsDbActions.restoreFailed, (state, { error }): AssessmentsState => ({
      ...state,
      history: failed(error),
    })),

    on(InstrumentPageActions.professionChanged, (state, { profession }): AssessmentsState =>
      withPreferences(state, { profession: profession.trim().slice(0, PROFESSION_MAX_LENGTH) }),
    ),
    on(InstrumentPageActions.sexChosen, (state, { sex }): AssessmentsState => withPreferences(state, { sex })),
    on(ResultPageActions.reminderChosen, HistoryPageActions.reminderChosen, (state, { instrumentId, interval }): AssessmentsState => {
      const { [instrumentId]: _, ...others } = state.preferences.reminders;
      return withPreferences(state, { reminders: interval === 'off' ? others : { ...others, [instrumentId]: interval } });
    }),
    on(AssessmentsDbActions.preferencesSaved, (state): AssessmentsState => ({ ...state, preferencesSave: SUCCESS })),
    on(AssessmentsDbActions.preferencesSaveFailed, (state, { error }): AssessmentsState => ({
      ...state,
      preferencesSave: failed(error),
    })),
  ),
  extraSelectors: ({ selectAssessmentsState, selectDrafts, selectPreferences, selectActiveInstrumentId, selectLoad }) => {
    const { selectAll: selectAllResults, selectEntities: selectResultEntities } = resultsAdapter.getSelectors(selectAssessmentsState);
    const selectDraftEntities = createSelector(selectDrafts, (drafts) => drafts.entities);
    const selectResultsByInstrument = createSelector(selectAllResults, (results) => {
      const byInstrument: Record<string, StoredAssessment[]> = {};
      for (const result of results) (byInstrument[result.instrumentId] ??= []).push(result);
      return byInstrument;
    });
    const selectLastTakenByInstrument = createSelector(selectResultsByInstrument, (byInstrument) =>
      Object.fromEntries(Object.entries(byInstrument).map(([id, results]) => [id, results[0].takenAt])),
    );
    const selectLoaded = createSelector(selectLoad, (load) => load.status === 'success');
    return {
      selectAllResults,
      selectResultEntities,
      selectDraftEntities,
      selectResultsByInstrument,
      selectLastTakenByInstrument,
      selectLoaded,
      selectActiveReminder: createSelector(selectActiveInstrumentId, selectPreferences, (id, p) => (id ? (p.reminders[id] ?? 'off') : 'off')),
    };
  },
});
