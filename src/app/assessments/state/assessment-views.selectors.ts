import { createSelector } from '@ngrx/store';
import { findInstrument } from '../domain/instruments';
import { assessmentsFeature } from './assessments.feature';
import { buildCatalog } from './views/catalog-view';
import { buildHistoryView } from './views/history-view';
import { buildIntroView } from './views/intro-view';
import { buildQuestionsView } from './views/question-view';
import { buildResultView } from './views/result-view';
import { buildReviewView } from './views/review-view';

// What the assessments pages show: the feature's state read with the instruments' definitions.
// Kept out of the feature so that Today, which reads the feature, does not load the instruments.
const { selectActiveInstrumentId, selectActiveResultId, selectDraftEntities, selectPreferences, selectResultsByInstrument } =
  assessmentsFeature;

export const selectActiveInstrument = createSelector(selectActiveInstrumentId, (id) => (id ? (findInstrument(id) ?? null) : null));
const selectActiveDraft = createSelector(selectActiveInstrumentId, selectDraftEntities, (id, drafts) => (id ? drafts[id] : undefined));
const selectActiveResults = createSelector(selectActiveInstrumentId, selectResultsByInstrument, (id, byInstrument) =>
  id ? (byInstrument[id] ?? []) : [],
);
const selectStatedSex = createSelector(selectPreferences, (p) => (p.sex === 'female' || p.sex === 'male' ? p.sex : undefined));

export const selectCatalog = createSelector(selectResultsByInstrument, selectDraftEntities, buildCatalog);

export const selectIntroView = createSelector(selectActiveInstrument, selectActiveDraft, selectActiveResults, (instrument, draft, results) =>
  instrument ? buildIntroView(instrument, draft, results[0]?.takenAt ?? null, results.length) : null,
);

export const selectQuestionsView = createSelector(selectActiveInstrument, selectActiveDraft, selectPreferences, (instrument, draft, p) =>
  instrument ? buildQuestionsView(instrument, draft, p.profession) : null,
);

export const selectReviewView = createSelector(
  selectActiveInstrument,
  selectActiveDraft,
  selectPreferences,
  selectStatedSex,
  (instrument, draft, p, sex) => (instrument ? buildReviewView(instrument, draft, p.profession, sex) : null),
);

export const selectResultView = createSelector(selectActiveInstrument, selectActiveResultId, selectActiveResults, (instrument, resultId, results) => {
  const index = results.findIndex((r) => r.id === resultId);
  return instrument && index !== -1 ? buildResultView(instrument, results[index], results[index + 1]) : null;
});

export const selectHistoryView = createSelector(selectActiveInstrument, selectActiveResults, selectPreferences, (instrument, results, p) =>
  instrument ? buildHistoryView(instrument, results, p.reminders[instrument.id] ?? 'off') : null,
);
