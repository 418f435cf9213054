import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { firstValueFrom, Subject, Subscription } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { fixedClock } from '../../core/clock/testing';
import { CheckInFormPersistence } from '../data/check-in-form-persistence';
import { defaultCheckInDraft, draftFromCheckIn } from '../domain/check-in-draft';
import { sampleCheckIn } from '../testing/check-in-state';
import { CheckInDraftEffects, CHECK_IN_AUTOSAVE_MS } from './check-in-draft.effects';
import { CheckInDraftsDbActions } from './check-in-drafts-db.actions';
import { CheckInFormActions } from './check-in-form.actions';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInsDbActions } from './check-ins-db.actions';

describe('CheckInDraftEffects', () => {
  let actions$: Subject<Action>;
  let persistence: jasmine.SpyObj<CheckInFormPersistence>;
  let subscription: Subscription;
  const now = '2026-12-07T20:30:00.000Z';
  const day = '2026-12-07';
  const opened = sampleCheckIn(day, { mood: 3 });
  const edited = { day, draft: { ...draftFromCheckIn(opened), note: 'Rough handover.' }, newTags: [], opened };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeEach(() => {
    actions$ = new Subject();
    persistence = jasmine.createSpyObj<CheckInFormPersistence>('CheckInFormPersistence', ['loadDraft', 'saveDraft', 'discardDraft']);
    persistence.saveDraft.and.resolveTo();
    persistence.discardDraft.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        CheckInDraftEffects,
        provideMockActions(() => actions$),
        { provide: Clock, useValue: fixedClock(now, 'America/Chicago') },
        { provide: CheckInFormPersistence, useValue: persistence },
        { provide: CHECK_IN_AUTOSAVE_MS, useValue: 30 },
      ],
    });
  });
  afterEach(() => subscription?.unsubscribe());

  function autosave(): Action[] {
    const results: Action[] = [];
    subscription = TestBed.inject(CheckInDraftEffects).autosave$.subscribe((action) => results.push(action as Action));
    return results;
  }

  it('reads the draft left for the day the form shows', async () => {
    const stored = { ...edited, savedAt: now };
    persistence.loadDraft.and.resolveTo(stored);
    const result = firstValueFrom(TestBed.inject(CheckInDraftEffects).load$);
    actions$.next(CheckInFormActions.shown({ day }));
    expect(await result).toEqual(CheckInDraftsDbActions.loadSucceeded({ day, draft: stored }));
    expect(persistence.loadDraft).toHaveBeenCalledOnceWith(day);
  });

  it('writes the input once changes pause, the last change only', async () => {
    const results = autosave();
    actions$.next(CheckInFormActions.changed({ ...edited, draft: { ...edited.draft, note: 'Rough' } }));
    actions$.next(CheckInFormActions.changed(edited));
    expect(persistence.saveDraft).not.toHaveBeenCalled();
    await wait(60);
    expect(persistence.saveDraft).toHaveBeenCalledOnceWith({ ...edited, savedAt: now });
    expect(results).toEqual([CheckInDraftsDbActions.saveSucceeded({ savedAt: now })]);
  });

  it('writes at once when the form closes', async () => {
    autosave();
    actions$.next(CheckInFormActions.changed(edited));
    actions$.next(CheckInFormActions.left());
    await wait(0);
    expect(persistence.saveDraft).toHaveBeenCalledOnceWith({ ...edited, savedAt: now });
    await wait(60);
    expect(persistence.saveDraft).toHaveBeenCalledTimes(1);
  });

  it('deletes the draft when the form is back to what is stored', async () => {
    autosave();
    actions$.next(CheckInFormActions.changed({ ...edited, draft: draftFromCheckIn(opened) }));
    actions$.next(CheckInFormActions.left());
    await wait(0);
    expect(persistence.discardDraft).toHaveBeenCalledOnceWith(day);
    expect(persistence.saveDraft).not.toHaveBeenCalled();
  });

  it('leaves the draft to a save, which deletes it, and writes it at once if the save stored nothing', async () => {
    autosave();
    actions$.next(CheckInFormActions.changed(edited));
    actions$.next(CheckInPageActions.formSubmitted(edited));
    await wait(60);
    expect(persistence.saveDraft).not.toHaveBeenCalled();
    actions$.next(CheckInsDbActions.saveConflicted({ day, theirs: null }));
    await wait(0);
    expect(persistence.saveDraft).toHaveBeenCalledOnceWith({ ...edited, savedAt: now });
  });

  it('writes nothing after a save that stored the input', async () => {
    autosave();
    actions$.next(CheckInFormActions.changed(edited));
    actions$.next(CheckInPageActions.formSubmitted(edited));
    actions$.next(CheckInsDbActions.saveSucceeded({ checkIn: opened, newTags: [] }));
    actions$.next(CheckInFormActions.left());
    await wait(60);
    expect(persistence.saveDraft).not.toHaveBeenCalled();
  });

  it('drops a pending write when the draft is discarded, and deletes it', async () => {
    autosave();
    const discarded = firstValueFrom(TestBed.inject(CheckInDraftEffects).discard$);
    actions$.next(CheckInFormActions.changed(edited));
    actions$.next(CheckInFormActions.draftDiscarded({ day }));
    expect(await discarded).toEqual(CheckInDraftsDbActions.saveSucceeded({ savedAt: null }));
    await wait(60);
    expect(persistence.saveDraft).not.toHaveBeenCalled();
    expect(persistence.discardDraft).toHaveBeenCalledOnceWith(day);
  });

  it('reports a draft that could not be written', async () => {
    persistence.saveDraft.and.rejectWith(new Error('QuotaExceededError'));
    const results = autosave();
    actions$.next(CheckInFormActions.changed({ ...edited, opened: null, draft: { ...defaultCheckInDraft(), mood: 2 } }));
    actions$.next(CheckInFormActions.left());
    await wait(0);
    expect(results).toEqual([CheckInDraftsDbActions.saveFailed({ error: 'QuotaExceededError' })]);
  });
});
