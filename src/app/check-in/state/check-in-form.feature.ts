import { createFeature, createReducer, on } from '@ngrx/store';
import { AsyncStatus, failed, IDLE, LOADING, SUCCESS } from '../../shared/async-status';
import { CheckIn } from '../domain/check-in';
import { StoredCheckInDraft } from '../domain/stored-check-in-draft';
import { CheckInDraftsDbActions } from './check-in-drafts-db.actions';
import { CheckInFormActions } from './check-in-form.actions';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInsDbActions } from './check-ins-db.actions';

export interface DraftRead {
  day: string;
  status: AsyncStatus;
  /** The draft left for `day`, to restore; null when there was none (or it could not be read). */
  draft: StoredCheckInDraft | null;
}

export interface SaveConflict {
  day: string;
  /** The check-in stored now, saved in another tab; null if it was deleted there. */
  theirs: CheckIn | null;
}

/**
 * The check-in form's own state. A slice apart from `checkIn`, registered by the check-in pages
 * only, so the first screen (Today) carries none of it.
 */
export interface CheckInFormState {
  /** The draft read for the form on screen; null before one is shown. */
  draftRead: DraftRead | null;
  draftSave: AsyncStatus;
  conflict: SaveConflict | null;
  /** The check-in this tab saved last: the form tells its own save from another tab's. */
  savedHere: CheckIn | null;
}

export const initialCheckInFormState: CheckInFormState = { draftRead: null, draftSave: IDLE, conflict: null, savedHere: null };

export const checkInFormFeature = createFeature({
  name: 'checkInForm',
  reducer: createReducer(
    initialCheckInFormState,
    on(CheckInFormActions.shown, (state, { day }): CheckInFormState => ({
      ...state,
      draftRead: { day, status: LOADING, draft: null },
      draftSave: IDLE,
      conflict: null,
    })),
    on(CheckInDraftsDbActions.loadSucceeded, (state, { day, draft }): CheckInFormState =>
      state.draftRead?.day === day ? { ...state, draftRead: { day, status: SUCCESS, draft } } : state,
    ),
    on(CheckInDraftsDbActions.loadFailed, (state, { day, error }): CheckInFormState =>
      state.draftRead?.day === day ? { ...state, draftRead: { day, status: failed(error), draft: null } } : state,
    ),
    on(CheckInDraftsDbActions.saveSucceeded, (state): CheckInFormState => ({ ...state, draftSave: SUCCESS })),
    on(CheckInDraftsDbActions.saveFailed, (state, { error }): CheckInFormState => ({ ...state, draftSave: failed(error) })),
    on(CheckInPageActions.formSubmitted, CheckInFormActions.keepTheirsChosen, (state): CheckInFormState => ({ ...state, conflict: null })),
    on(CheckInsDbActions.saveConflicted, (state, { day, theirs }): CheckInFormState => ({ ...state, conflict: { day, theirs } })),
    on(CheckInsDbActions.saveSucceeded, (state, { checkIn }): CheckInFormState => ({ ...state, conflict: null, savedHere: checkIn })),
  ),
});
