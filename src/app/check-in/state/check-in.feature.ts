import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { settingsFeature } from '../../settings';
import { AsyncStatus, failed, IDLE, LOADING, SUCCESS } from '../../shared/async-status';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInPreferences, DEFAULT_CHECK_IN_PREFERENCES, isReminderDue } from '../domain/check-in-preferences';
import { recentDays } from '../domain/recent-days';
import { checkInStreakSince, streakLabel } from '../domain/streak';
import { tagUsage } from '../domain/tag-usage';
import { activeTags } from '../domain/tags';
import { CheckInClockActions } from './check-in-clock.actions';
import { CheckInPageActions } from './check-in-page.actions';
import { CheckInsDbActions } from './check-ins-db.actions';
import { PreferencesDbActions } from './preferences-db.actions';
import { ReminderPageActions } from './reminder-page.actions';
import { TagsDbActions } from './tags-db.actions';
import { TagsPageActions } from './tags-page.actions';
import { compareCodeUnits } from '../../shared/compare';
import { DaylioImportDbActions } from '../../journal/state/daylio-import-db.actions';

export const checkInAdapter = createEntityAdapter<CheckIn>({
  selectId: (checkIn) => checkIn.day,
  sortComparer: (a, b) => compareCodeUnits(a.day, b.day),
});

export const tagAdapter = createEntityAdapter<Tag>({
  sortComparer: (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
});

export interface CheckInClock {
  /** The shift-aware check-in day now; empty until the clock has ticked once. */
  today: string;
  /** The local wall-clock minute, YYYY-MM-DDTHH:mm. */
  minute: string;
}

export interface CheckInState {
  checkIns: EntityState<CheckIn>;
  tags: EntityState<Tag>;
  preferences: CheckInPreferences;
  clock: CheckInClock;
  /** Every stored check-in read: what history, print, tags, a past day's form and a long trend range wait for. */
  load: AsyncStatus;
  /** The recent weeks read: what Today waits for; the years before them load after it. */
  recentLoad: AsyncStatus;
  /** The first day held while older check-ins are still being read; null once every one is. */
  recentSince: string | null;
  /** A page open needs the older check-ins, so they are read at once rather than when the app is quiet. */
  olderNeeded: boolean;
  save: AsyncStatus;
  /** The day of the last successful save, for the page's status message. */
  savedDay: string | null;
  tagSave: AsyncStatus;
  preferencesSave: AsyncStatus;
}

export const initialCheckInState: CheckInState = {
  checkIns: checkInAdapter.getInitialState(),
  tags: tagAdapter.getInitialState(),
  preferences: DEFAULT_CHECK_IN_PREFERENCES,
  clock: { today: '', minute: '' },
  load: IDLE,
  recentLoad: IDLE,
  recentSince: null,
  olderNeeded: false,
  save: IDLE,
  savedDay: null,
  tagSave: IDLE,
  preferencesSave: IDLE,
};

const checkInSelectors = checkInAdapter.getSelectors();
const tagSelectors = tagAdapter.getSelectors();

export const checkInFeature = createFeature({
  name: 'checkIn',
  reducer: createReducer(
    initialCheckInState,
    on(CheckInsDbActions.loadRequested, (state): CheckInState => ({ ...state, load: LOADING, recentLoad: LOADING })),
    on(CheckInsDbActions.recentLoaded, (state, { since, checkIns, olderStored, tags, preferences }): CheckInState => ({
      ...state,
      checkIns: checkInAdapter.setAll(checkIns, state.checkIns),
      tags: tagAdapter.setAll(tags, state.tags),
      preferences,
      recentLoad: SUCCESS,
      load: olderStored ? state.load : SUCCESS,
      recentSince: olderStored ? since : null,
    })),
    // Added, never replaced: a check-in saved while the older ones were read is the newer one.
    on(CheckInsDbActions.olderLoaded, (state, { checkIns }): CheckInState => ({
      ...state,
      checkIns: checkInAdapter.addMany(checkIns, state.checkIns),
      load: SUCCESS,
      recentSince: null,
    })),
    on(CheckInsDbActions.olderNeeded, (state): CheckInState => (state.olderNeeded ? state : { ...state, olderNeeded: true })),
    on(CheckInsDbActions.loadFailed, (state, { error }): CheckInState => ({
      ...state,
      load: failed(error),
      recentLoad: state.recentLoad.status === 'success' ? state.recentLoad : failed(error),
    })),
    on(CheckInPageActions.opened, (state): CheckInState => ({ ...state, save: IDLE, savedDay: null })),
    on(CheckInPageActions.formSubmitted, (state): CheckInState => ({ ...state, save: LOADING, savedDay: null })),
    on(CheckInsDbActions.saveSucceeded, (state, { checkIn, newTags }): CheckInState => ({
      ...state,
      checkIns: checkInAdapter.upsertOne(checkIn, state.checkIns),
      tags: tagAdapter.upsertMany(newTags, state.tags),
      save: SUCCESS,
      savedDay: checkIn.day,
    })),
    on(CheckInsDbActions.saveFailed, (state, { error }): CheckInState => ({ ...state, save: failed(error) })),
    // Nothing was written: the form asks whose check-in to keep (checkInFormFeature).
    on(CheckInsDbActions.saveConflicted, (state): CheckInState => ({ ...state, save: IDLE })),
    on(CheckInsDbActions.changedElsewhere, (state, { checkIns, removedDays, tags }): CheckInState => ({
      ...state,
      checkIns: checkInAdapter.upsertMany(checkIns, checkInAdapter.removeMany(removedDays, state.checkIns)),
      tags: tagAdapter.upsertMany(tags, state.tags),
    })),
    on(TagsPageActions.opened, (state): CheckInState => ({ ...state, tagSave: IDLE })),
    on(
      TagsPageActions.tagCreated,
      TagsPageActions.tagRenamed,
      TagsPageActions.tagArchived,
      TagsPageActions.tagRestored,
      (state): CheckInState => ({ ...state, tagSave: LOADING }),
    ),
    // Tags change in the state only once stored, so the page never shows what was not saved.
    on(TagsDbActions.saveSucceeded, (state, { tag }): CheckInState => ({
      ...state,
      tags: tagAdapter.upsertOne(tag, state.tags),
      tagSave: SUCCESS,
    })),
    on(TagsDbActions.saveFailed, (state, { error }): CheckInState => ({ ...state, tagSave: failed(error) })),
    // Another feature's import wrote these to the check-in stores in its one transaction.
    on(DaylioImportDbActions.importSucceeded, (state, { checkIns, tags }): CheckInState => ({
      ...state,
      checkIns: checkInAdapter.upsertMany(checkIns, state.checkIns),
      tags: tagAdapter.upsertMany(tags, state.tags),
    })),
    on(ReminderPageActions.reminderChanged, (state, { reminder }): CheckInState => ({
      ...state,
      preferences: { ...state.preferences, reminder },
      preferencesSave: LOADING,
    })),
    on(ReminderPageActions.streakVisibilityChanged, (state, { showStreak }): CheckInState => ({
      ...state,
      preferences: { ...state.preferences, showStreak },
      preferencesSave: LOADING,
    })),
    on(PreferencesDbActions.saveSucceeded, (state): CheckInState => ({ ...state, preferencesSave: SUCCESS })),
    on(PreferencesDbActions.saveFailed, (state, { error }): CheckInState => ({ ...state, preferencesSave: failed(error) })),
    on(CheckInClockActions.ticked, (state, clock): CheckInState => ({
      ...state,
      clock: { today: clock.today, minute: clock.minute },
    })),
  ),
  extraSelectors: ({ selectCheckIns, selectTags, selectPreferences, selectClock, selectLoad, selectRecentLoad, selectRecentSince }) => {
    const selectAllCheckIns = createSelector(selectCheckIns, checkInSelectors.selectAll);
    const selectCheckInEntities = createSelector(selectCheckIns, checkInSelectors.selectEntities);
    const selectAllTags = createSelector(selectTags, tagSelectors.selectAll);
    const selectToday = createSelector(selectClock, (clock) => clock.today);
    const selectTodayCheckIn = createSelector(selectCheckInEntities, selectToday, (byDay, today) => byDay[today] ?? null);
    const selectIsLoaded = createSelector(selectLoad, selectToday, (load, today) => load.status === 'success' && today !== '');
    const selectRecentLoaded = createSelector(selectRecentLoad, selectToday, (load, today) => load.status === 'success' && today !== '');
    const selectReminder = createSelector(selectPreferences, (preferences) => preferences.reminder);
    /** Null while streaks are off; undefined while a streak runs back past the check-ins read so far. */
    const selectStreak = createSelector(selectPreferences, selectCheckIns, selectRecentSince, selectToday, (preferences, checkIns, since, today) =>
      preferences.showStreak && today ? checkInStreakSince(checkIns.ids as string[], today, since) : null,
    );
    return {
      selectAllCheckIns,
      selectCheckInEntities,
      selectAllTags,
      selectTagEntities: createSelector(selectTags, tagSelectors.selectEntities),
      selectActiveTags: createSelector(selectAllTags, activeTags),
      selectArchivedTags: createSelector(selectAllTags, (tags) => tags.filter((tag) => tag.archived)),
      selectToday,
      selectTodayCheckIn,
      selectIsLoaded,
      selectRecentLoaded,
      selectRecentDays: createSelector(selectAllCheckIns, selectToday, (checkIns, today) =>
        today ? recentDays(checkIns, today, 7) : [],
      ),
      selectTagUsage: createSelector(selectAllCheckIns, selectAllTags, tagUsage),
      selectStreak,
      /** Whether the streak (or its absence) can be shown; also once the older check-ins failed to load. */
      selectStreakKnown: createSelector(selectStreak, selectLoad, (length, load) => length !== undefined || load.status === 'error'),
      selectStreakLabel: createSelector(selectStreak, (length) => (length == null ? null : streakLabel(length))),
      selectReminder,
      selectReminderDue: createSelector(
        selectRecentLoaded,
        selectReminder,
        selectClock,
        settingsFeature.selectDayStartHour,
        selectTodayCheckIn,
        (loaded, reminder, clock, dayStartHour, todayCheckIn) =>
          loaded && isReminderDue(reminder, { ...clock, dayStartHour, checkedInToday: todayCheckIn !== null }),
      ),
    };
  },
});
