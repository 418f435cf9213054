import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { AssessmentDraftRepository } from '../data/assessment-draft-repository';
import { AssessmentPreferencesRepository } from '../data/assessment-preferences-repository';
import { AssessmentRepository } from '../data/assessment-repository';
import { AssessmentDraft, AssessmentPreferences } from '../domain';
import { AssessmentPageActions } from './assessment-page.actions';
import { assessmentsFeature } from './assessments.feature';
import { AssessmentsLoadEffects } from './assessments-load.effects';
import { AssessmentsEffects } from './assessments.effects';
import { AssessmentsDbActions } from './assessments-db.actions';
import { HistoryPageActions } from './history-page.actions';
import { InstrumentPageActions } from './instrument-page.actions';

describe('AssessmentsEffects and AssessmentsLoadEffects', () => {
  let actions$: Subject<Action>;
  let results: jasmine.SpyObj<AssessmentRepository>;
  let drafts: jasmine.SpyObj<AssessmentDraftRepository>;
  let preferences: jasmine.SpyObj<AssessmentPreferencesRepository>;
  let store: MockStore;
  let router: jasmine.SpyObj<Router>;

  const draft: AssessmentDraft = {
    instrumentId: 'audit-c',
    instrumentVersion: '1',
    startedAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:01:00.000Z',
    answers: { q1: 'never' },
  };
  const prefs: AssessmentPreferences = { profession: '', sex: 'female', reminders: {} };
  const effects = () => TestBed.inject(AssessmentsEffects);
  const loadEffects = () => TestBed.inject(AssessmentsLoadEffects);

  beforeEach(() => {
    actions$ = new Subject();
    results = jasmine.createSpyObj<AssessmentRepository>('AssessmentRepository', ['loadAll', 'saveCompleted', 'delete', 'put']);
    drafts = jasmine.createSpyObj<AssessmentDraftRepository>('AssessmentDraftRepository', ['loadAll', 'put', 'delete']);
    preferences = jasmine.createSpyObj<AssessmentPreferencesRepository>('AssessmentPreferencesRepository', ['load', 'put']);
    router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        AssessmentsEffects,
        AssessmentsLoadEffects,
        provideMockActions(() => actions$),
        provideMockStore({
          selectors: [
            { selector: assessmentsFeature.selectDraftEntities, value: { 'audit-c': draft } },
            { selector: assessmentsFeature.selectPreferences, value: prefs },
          ],
        }),
        { provide: AssessmentRepository, useValue: results },
        { provide: AssessmentDraftRepository, useValue: drafts },
        { provide: AssessmentPreferencesRepository, useValue: preferences },
        { provide: Router, useValue: router },
      ],
    });
    store = TestBed.inject(MockStore);
  });
  // Overridden selectors are module-wide: reset them so other specs see real ones.
  afterEach(() => store.resetSelectors());

  it('asks for a load as soon as it starts', () => {
    expect(loadEffects().ngrxOnInitEffects()).toEqual(AssessmentsDbActions.loadRequested());
  });

  it('loads results, drafts and preferences, adding up what it skipped', async () => {
    results.loadAll.and.resolveTo({ items: [], skipped: 1 });
    drafts.loadAll.and.resolveTo({ items: [draft], skipped: 2 });
    preferences.load.and.resolveTo(prefs);
    const result = firstValueFrom(loadEffects().load$);
    actions$.next(AssessmentsDbActions.loadRequested());
    expect(await result).toEqual(
      AssessmentsDbActions.loadSucceeded({ assessments: [], drafts: [draft], preferences: prefs, skipped: 3 }),
    );
  });

  it('reports a failed load instead of throwing', async () => {
    results.loadAll.and.rejectWith(new Error('The database is blocked'));
    drafts.loadAll.and.resolveTo({ items: [], skipped: 0 });
    preferences.load.and.resolveTo(prefs);
    const result = firstValueFrom(loadEffects().load$);
    actions$.next(AssessmentsDbActions.loadRequested());
    expect(await result).toEqual(AssessmentsDbActions.loadFailed({ error: 'The database is blocked' }));
  });

  it('saves the draft after every answer and keeps working after a failure', async () => {
    const answer = AssessmentPageActions.answerChosen({ instrumentId: 'audit-c', instrumentVersion: '1', itemId: 'q1', optionId: 'never', at: 'T', startedAt: 'S' });
    drafts.put.and.rejectWith(new Error('QuotaExceededError'));
    let result = firstValueFrom(effects().saveDraft$);
    actions$.next(answer);
    expect(await result).toEqual(AssessmentsDbActions.draftSaveFailed({ instrumentId: 'audit-c', error: 'QuotaExceededError' }));
    drafts.put.and.callFake(async (d) => d);
    result = firstValueFrom(effects().saveDraft$);
    actions$.next(answer);
    expect(await result).toEqual(AssessmentsDbActions.draftSaved({ instrumentId: 'audit-c' }));
    expect(drafts.put).toHaveBeenCalledWith(draft);
  });

  it('deletes the draft when starting over', async () => {
    drafts.delete.and.resolveTo();
    const result = firstValueFrom(effects().deleteDraft$);
    actions$.next(InstrumentPageActions.startOverConfirmed({ instrumentId: 'audit-c' }));
    expect(await result).toEqual(AssessmentsDbActions.draftDeleted({ instrumentId: 'audit-c' }));
    expect(drafts.delete).toHaveBeenCalledWith('assessment:audit-c');
  });

  it('stores a submitted assessment with versions, times, raw answers and the stated sex, never scores', async () => {
    results.saveCompleted.and.resolveTo();
    const result = firstValueFrom(effects().submit$);
    actions$.next(AssessmentPageActions.submitted({ instrumentId: 'audit-c', id: 'r1', finishedAt: '2025-03-01T09:03:00.000Z' }));
    const assessment = {
      id: 'r1',
      instrumentId: 'audit-c',
      instrumentVersion: '1',
      scoringVersion: 1,
      startedAt: '2025-03-01T09:00:00.000Z',
      takenAt: '2025-03-01T09:03:00.000Z',
      answers: { q1: 'never' },
      sex: 'female' as const,
    };
    expect(await result).toEqual(AssessmentsDbActions.submitSucceeded({ assessment }));
    expect(results.saveCompleted).toHaveBeenCalledWith(assessment);
  });

  it('refuses to store an assessment whose required answers are missing', async () => {
    store.overrideSelector(assessmentsFeature.selectDraftEntities, { 'who-5': { ...draft, instrumentId: 'who-5', answers: { q1: 'all' } } });
    store.refreshState();
    const result = firstValueFrom(effects().submit$);
    actions$.next(AssessmentPageActions.submitted({ instrumentId: 'who-5', id: 'r1', finishedAt: 'T' }));
    expect(await result).toEqual(
      AssessmentsDbActions.submitFailed({ instrumentId: 'who-5', error: 'Some required questions are not answered yet.' }),
    );
    expect(results.saveCompleted).not.toHaveBeenCalled();
  });

  it('fails a submit without a draft or when saving fails', async () => {
    store.overrideSelector(assessmentsFeature.selectDraftEntities, {});
    store.refreshState();
    let result = firstValueFrom(effects().submit$);
    actions$.next(AssessmentPageActions.submitted({ instrumentId: 'audit-c', id: 'r1', finishedAt: 'T' }));
    expect((await result).type).toBe(AssessmentsDbActions.submitFailed.type);

    store.overrideSelector(assessmentsFeature.selectDraftEntities, { 'audit-c': draft });
    store.refreshState();
    results.saveCompleted.and.rejectWith(new Error('AbortError'));
    result = firstValueFrom(effects().submit$);
    actions$.next(AssessmentPageActions.submitted({ instrumentId: 'audit-c', id: 'r1', finishedAt: 'T' }));
    expect(await result).toEqual(AssessmentsDbActions.submitFailed({ instrumentId: 'audit-c', error: 'AbortError' }));
  });

  it('opens the result after a submit, replacing the review in the history', async () => {
    const done = firstValueFrom(effects().showResult$);
    const assessment = { id: 'r1', instrumentId: 'who-5' } as never;
    actions$.next(AssessmentsDbActions.submitSucceeded({ assessment }));
    await done;
    expect(router.navigate).toHaveBeenCalledWith(['/assess', 'who-5', 'result', 'r1'], { replaceUrl: true });
  });

  it('deletes a result and restores it on undo', async () => {
    const assessment = { id: 'r1', instrumentId: 'who-5' } as never;
    results.delete.and.resolveTo();
    results.put.and.callFake(async (a) => a);
    const deleted = firstValueFrom(effects().deleteResult$);
    actions$.next(HistoryPageActions.deleteConfirmed({ assessment }));
    expect(await deleted).toEqual(AssessmentsDbActions.deleteSucceeded({ assessment }));
    expect(results.delete).toHaveBeenCalledWith('r1');
    const restored = firstValueFrom(effects().restoreResult$);
    actions$.next(HistoryPageActions.undoDeleteClicked({ assessment }));
    expect(await restored).toEqual(AssessmentsDbActions.restoreSucceeded({ assessment }));
  });

  it('saves the whole preferences record after a change', async () => {
    preferences.put.and.rejectWith(new Error('denied'));
    const result = firstValueFrom(effects().savePreferences$);
    actions$.next(HistoryPageActions.reminderChosen({ instrumentId: 'who-5', interval: 'monthly' }));
    expect(await result).toEqual(AssessmentsDbActions.preferencesSaveFailed({ error: 'denied' }));
    expect(preferences.put).toHaveBeenCalledWith(prefs);
  });
});
