import { Action } from '@ngrx/store';
import { settingsFeature } from '../../settings';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInPreferences, DEFAULT_CHECK_IN_PREFERENCES } from '../domain/check-in-preferences';
import { StoredCheckInDraft } from '../domain/stored-check-in-draft';
import { CheckInClockActions } from '../state/check-in-clock.actions';
import { CheckInFormState, initialCheckInFormState } from '../state/check-in-form.feature';
import { checkInFeature, CheckInState } from '../state/check-in.feature';
import { CheckInsDbActions } from '../state/check-ins-db.actions';

const INIT = { type: '@@init' } as Action;

/** A check-in as Tend makes one; specs change what they test. */
export function sampleCheckIn(day: string, change: Partial<CheckIn> = {}): CheckIn {
  return {
    day,
    zone: 'America/Chicago',
    mood: 4,
    energy: 3,
    stress: 2,
    sleepHours: 7,
    sleepQuality: 3,
    hoursWorked: 12,
    shift: 'night',
    tagIds: [],
    note: '',
    createdAt: `${day}T23:00:00.000Z`,
    updatedAt: `${day}T23:00:00.000Z`,
    ...change,
  };
}

export interface StateOptions {
  checkIns?: CheckIn[];
  tags?: Tag[];
  preferences?: CheckInPreferences;
  today?: string;
  minute?: string;
  loaded?: boolean;
  /**
   * The first day of the recent weeks' read, with older check-ins stored and still being read: the
   * state between Today's first read and the rest. Without it, `checkIns` is every check-in.
   */
  recentSince?: string;
  /** The day whose form is on screen (today unless given), and the draft found left for it. */
  formDay?: string;
  restored?: StoredCheckInDraft;
  form?: Partial<CheckInFormState>;
}

/** The check-in slice built by the real reducer, as the app would hold it. */
export function checkInStateWith(options: StateOptions = {}): CheckInState {
  const { checkIns = [], tags = [], preferences = DEFAULT_CHECK_IN_PREFERENCES, loaded = true } = options;
  const { today = '2026-11-28', minute = `${today}T12:00` } = options;
  let state = checkInFeature.reducer(undefined, INIT);
  const { recentSince } = options;
  const since = recentSince ?? checkIns[0]?.day ?? '';
  const olderStored = recentSince !== undefined;
  if (loaded) state = checkInFeature.reducer(state, CheckInsDbActions.recentLoaded({ since, checkIns, olderStored, tags, preferences }));
  return checkInFeature.reducer(state, CheckInClockActions.ticked({ today, minute }));
}

/** The check-in form's slice once the draft of its day has been looked for. */
export function checkInFormStateWith(options: StateOptions = {}): CheckInFormState {
  const day = options.formDay ?? options.today ?? '2026-11-28';
  const draftRead = { day, status: { status: 'success' as const, error: null }, draft: options.restored ?? null };
  return { ...initialCheckInFormState, draftRead, ...options.form };
}

/**
 * The root state a page sees: the check-in slices and the app's settings (day starts at 04:00).
 */
export function rootStateWith(options: StateOptions = {}) {
  return { checkIn: checkInStateWith(options), checkInForm: checkInFormStateWith(options), settings: settingsFeature.reducer(undefined, INIT) };
}
