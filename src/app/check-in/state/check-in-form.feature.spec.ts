import { Action } from '@ngrx/store';
import { sampleCheckIn } from '../testing/check-in-state';
import { CheckInDraftsDbActions } from './check-in-drafts-db.actions';
import { CheckInFormActions } from './check-in-form.actions';
import { checkInFormFeature, CheckInFormState, initialCheckInFormState } from './check-in-form.feature';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInsDbActions } from './check-ins-db.actions';

describe('checkInFormFeature', () => {
  const reduce = (actions: Action[], state: CheckInFormState = initialCheckInFormState) => actions.reduce(checkInFormFeature.reducer, state);
  const theirs = sampleCheckIn('2026-12-07', { mood: 5 });

  it('reads the draft of the day shown, and ignores a late read of another day', () => {
    const state = reduce([
      CheckInFormActions.shown({ day: '2026-12-07' }),
      CheckInDraftsDbActions.loadSucceeded({ day: '2026-12-06', draft: null }),
    ]);
    expect(state.draftRead?.status.status).toBe('loading');
    const read = reduce([CheckInDraftsDbActions.loadFailed({ day: '2026-12-07', error: 'blocked' })], state);
    expect(read.draftRead).toEqual({ day: '2026-12-07', status: { status: 'error', error: 'blocked' }, draft: null });
  });

  it('holds a conflict until the user chooses, or the page shows again', () => {
    const conflicted = reduce([CheckInsDbActions.saveConflicted({ day: '2026-12-07', theirs })]);
    expect(conflicted.conflict).toEqual({ day: '2026-12-07', theirs });
    expect(reduce([CheckInFormActions.keepTheirsChosen({ day: '2026-12-07' })], conflicted).conflict).toBeNull();
    expect(reduce([CheckInPageActions.formSubmitted({ day: '2026-12-07', draft: {} as never, newTags: [], opened: theirs })], conflicted).conflict).toBeNull();
    expect(reduce([CheckInFormActions.shown({ day: '2026-12-07' })], conflicted).conflict).toBeNull();
  });

  it('remembers the check-in this tab saved', () => {
    expect(reduce([CheckInsDbActions.saveSucceeded({ checkIn: theirs, newTags: [] })]).savedHere).toBe(theirs);
  });

  it('tells when a draft could not be kept', () => {
    expect(reduce([CheckInDraftsDbActions.saveFailed({ error: 'QuotaExceededError' })]).draftSave).toEqual({ status: 'error', error: 'QuotaExceededError' });
  });
});
