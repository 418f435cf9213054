import { Action } from '@ngrx/store';
import { AssessmentDraft, StoredAssessment } from '../domain';
import { answersFromValues } from '../domain/testing/answers-from-values';
import { storedWho5 } from '../domain/testing/stored-who5';
import { PHQ_9 } from '../domain/instruments/phq-9';
import { AssessmentPageActions } from './assessment-page.actions';
import { selectCatalog, selectQuestionsView, selectResultView, selectReviewView } from './assessment-views.selectors';
import { assessmentsFeature, AssessmentsState, initialAssessmentsState } from './assessments.feature';
import { AssessmentsDbActions } from './assessments-db.actions';
import { selectDueAssessments } from './due-assessments.selector';
import { HistoryPageActions } from './history-page.actions';
import { InstrumentPageActions } from './instrument-page.actions';
import { ResultPageActions } from './result-page.actions';

const { reducer } = assessmentsFeature;
const reduce = (...actions: Action[]) => actions.reduce((s, a) => reducer(s, a), initialAssessmentsState);
const root = (state: AssessmentsState) => ({ assessments: state });

const who5 = storedWho5;
const loaded = (assessments: StoredAssessment[], drafts: AssessmentDraft[] = []) =>
  AssessmentsDbActions.loadSucceeded({
    assessments,
    drafts,
    preferences: { profession: '', sex: null, reminders: {} },
    skipped: 0,
  });
const answer = (instrumentId: string, itemId: string, optionId: string, at = '2025-03-01T09:01:00.000Z') =>
  AssessmentPageActions.answerChosen({ instrumentId, instrumentVersion: '1', itemId, optionId, at, startedAt: '2025-03-01T09:00:00.000Z' });

describe('assessmentsFeature', () => {
  it('keeps loaded results newest first and counts unreadable records', () => {
    const state = reduce(
      AssessmentsDbActions.loadRequested(),
      AssessmentsDbActions.loadSucceeded({
        assessments: [who5('old', '2025-01-01T09:00:00.000Z', 3), who5('new', '2025-03-01T09:00:00.000Z', 4)],
        drafts: [],
        preferences: { profession: 'nurse', sex: null, reminders: {} },
        skipped: 2,
      }),
    );
    expect(assessmentsFeature.selectAllResults(root(state)).map((a) => a.id)).toEqual(['new', 'old']);
    expect(state.skipped).toBe(2);
    expect(state.load).toEqual({ status: 'success', error: null });
    expect(state.preferences.profession).toBe('nurse');
  });

  it('builds a draft answer by answer, keeping when it started', () => {
    const state = reduce(loaded([]), answer('phq-9', 'q1', 'several-days'), answer('phq-9', 'q2', 'not-at-all', 'T2'));
    expect(state.drafts.entities['phq-9']).toEqual({
      instrumentId: 'phq-9',
      instrumentVersion: '1',
      startedAt: '2025-03-01T09:00:00.000Z',
      updatedAt: 'T2',
      answers: { q1: 'several-days', q2: 'not-at-all' },
    });
    expect(state.draftSave.status).toBe('loading');
    expect(reducer(state, AssessmentsDbActions.draftSaveFailed({ instrumentId: 'phq-9', error: 'full' })).draftSave).toEqual({
      status: 'error',
      error: 'full',
    });
  });

  it('fires the PHQ-9 safety signal the moment item 9 is answered above 0, before any score', () => {
    const answers = answersFromValues(PHQ_9, { q1: 0, q2: 1 });
    let state = reduce(loaded([]), AssessmentPageActions.opened({ instrumentId: 'phq-9' }));
    for (const [item, option] of Object.entries(answers)) state = reducer(state, answer('phq-9', item, option));
    expect(selectQuestionsView(root(state))?.safetySignals).toEqual([]);
    state = reducer(state, answer('phq-9', 'q9', 'several-days'));
    const view = selectQuestionsView(root(state))!;
    expect(view.safetySignals.map((s) => s.ruleId)).toEqual(['item-9']);
    expect(view.safetyAfterItemId).toBe('q9');
    expect(selectReviewView(root(state))?.canSubmit).toBeFalse();
  });

  it('lists the missing questions and allows submitting only when scoring is possible', () => {
    let state = reduce(loaded([]), AssessmentPageActions.opened({ instrumentId: 'who-5' }), answer('who-5', 'q1', 'all'));
    let review = selectReviewView(root(state))!;
    expect(review.missing.map((q) => q.id)).toEqual(['q2', 'q3', 'q4', 'q5']);
    expect(review.canSubmit).toBeFalse();
    for (const item of ['q2', 'q3', 'q4', 'q5']) state = reducer(state, answer('who-5', item, 'some'));
    review = selectReviewView(root(state))!;
    expect(review.missing).toEqual([]);
    expect(review.canSubmit).toBeTrue();
    expect(review.questions[0].answerLabel).toBe('All of the time');
  });

  it('puts the profession into ProQOL wording', () => {
    const state = reduce(
      loaded([]),
      InstrumentPageActions.professionChanged({ profession: '  nurse ' }),
      AssessmentPageActions.opened({ instrumentId: 'proqol-5' }),
    );
    expect(state.preferences.profession).toBe('nurse');
    const view = selectQuestionsView(root(state))!;
    expect(view.questions[6].text).toBe('I find it difficult to separate my personal life from my life as a nurse.');
  });

  it('adds a submitted result and drops its draft', () => {
    const result = who5('a1', '2025-03-01T09:05:00.000Z', 2);
    const state = reduce(loaded([]), answer('who-5', 'q1', 'all'), AssessmentsDbActions.submitSucceeded({ assessment: result }));
    expect(state.drafts.ids).toEqual([]);
    expect(state.entities['a1']).toEqual(result);
    expect(state.submit.status).toBe('success');
  });

  it('shows a result with its change since the previous one and the WHO-5 next step', () => {
    const state = reduce(
      loaded([who5('before', '2025-02-01T09:00:00.000Z', 3), who5('now', '2025-03-01T09:00:00.000Z', 2)]),
      ResultPageActions.opened({ instrumentId: 'who-5', resultId: 'now' }),
    );
    const view = selectResultView(root(state))!;
    expect(view.scales[0].score).toBe(40);
    expect(view.scales[0].band?.id).toBe('poor');
    expect(view.scales[0].change).toEqual(
      jasmine.objectContaining({ previous: 60, difference: -20, direction: 'worse', meaningful: true, minimumChange: 10 }),
    );
    expect(view.previousTakenAt).toBe('2025-02-01T09:00:00.000Z');
    expect(view.nextSteps[0].suggest).toEqual({ id: 'phq-9', shortTitle: 'PHQ-9' });
  });

  it('has no result view for an unknown result id', () => {
    const state = reduce(loaded([who5('a', '2025-02-01T09:00:00.000Z', 3)]), ResultPageActions.opened({ instrumentId: 'who-5', resultId: 'zzz' }));
    expect(selectResultView(root(state))).toBeNull();
  });

  it('deletes a result and puts it back on undo', () => {
    const a = who5('a', '2025-02-01T09:00:00.000Z', 3);
    let state = reduce(loaded([a]), HistoryPageActions.opened({ instrumentId: 'who-5' }), HistoryPageActions.deleteConfirmed({ assessment: a }));
    expect(state.history.status).toBe('loading');
    state = reducer(state, AssessmentsDbActions.deleteSucceeded({ assessment: a }));
    expect(state.ids).toEqual([]);
    expect(state.recentlyDeleted).toEqual(a);
    state = reducer(state, AssessmentsDbActions.restoreSucceeded({ assessment: a }));
    expect(state.ids).toEqual(['a']);
    expect(state.recentlyDeleted).toBeNull();
  });

  it('groups the catalogue, with last taken and drafts in progress', () => {
    const state = reduce(loaded([who5('a', '2025-02-01T09:00:00.000Z', 3)]), answer('phq-9', 'q1', 'several-days'));
    const groups = selectCatalog(root(state));
    expect(groups.map((g) => g.id)).toEqual(['burnout', 'well-being', 'mood', 'resilience', 'alcohol']);
    const wellBeing = groups.find((g) => g.id === 'well-being')!.instruments[0];
    expect(wellBeing.lastTakenAt).toBe('2025-02-01T09:00:00.000Z');
    const phq = groups.find((g) => g.id === 'mood')!.instruments.find((i) => i.id === 'phq-9')!;
    expect(phq.draftAnswers).toBe(1);
  });

  it('sets and clears re-take reminders, and lists those due', () => {
    let state = reduce(
      loaded([who5('a', '2025-02-01T09:00:00.000Z', 3)]),
      ResultPageActions.reminderChosen({ instrumentId: 'who-5', interval: 'every-2-weeks' }),
      HistoryPageActions.reminderChosen({ instrumentId: 'phq-9', interval: 'monthly' }),
    );
    expect(state.preferences.reminders).toEqual({ 'who-5': 'every-2-weeks', 'phq-9': 'monthly' });
    expect(selectDueAssessments('2025-02-14')(root(state))).toEqual([]);
    expect(selectDueAssessments('2025-02-16')(root(state)).map((d) => d.instrumentId)).toEqual(['who-5']);
    state = reducer(state, HistoryPageActions.reminderChosen({ instrumentId: 'who-5', interval: 'off' }));
    expect(state.preferences.reminders).toEqual({ 'phq-9': 'monthly' });
  });
});
