import { Action } from '@ngrx/store';
import { DaylioImportDbActions } from '../../journal/state/daylio-import-db.actions';
import { DEFAULT_CHECK_IN_PREFERENCES } from '../domain/check-in-preferences';
import { checkInStateWith, rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { CheckInClockActions } from './check-in-clock.actions';
import { selectCheckInFormStart } from './check-in-form.selectors';
import { CheckInPageActions } from './check-in-page.actions';
import { checkInFeature } from './check-in.feature';
import { CheckInsDbActions } from './check-ins-db.actions';
import { selectCheckInsCsv } from './check-ins-csv.selector';
import { PreferencesDbActions } from './preferences-db.actions';
import { ReminderPageActions } from './reminder-page.actions';
import { TagsDbActions } from './tags-db.actions';
import { TagsPageActions } from './tags-page.actions';

describe('checkInFeature', () => {
  const { reducer } = checkInFeature;
  const icu = { id: 't1', name: 'ICU', archived: false };
  const nights = { id: 't2', name: 'Nights', archived: true };

  describe('reducer', () => {
    it('starts empty, with streaks off, and takes what the database holds once loaded', () => {
      const initial = reducer(undefined, { type: '@@init' } as Action);
      expect(initial.load.status).toBe('idle');
      expect(initial.preferences).toEqual(DEFAULT_CHECK_IN_PREFERENCES);
      const loading = reducer(initial, CheckInsDbActions.loadRequested());
      expect(loading.load.status).toBe('loading');
      const loaded = reducer(
        loading,
        CheckInsDbActions.recentLoaded({
          since: '2026-10-17',
          checkIns: [sampleCheckIn('2026-11-27')],
          olderStored: false,
          tags: [icu],
          preferences: DEFAULT_CHECK_IN_PREFERENCES,
        }),
      );
      // Nothing older is stored, so the recent read was the whole read.
      expect(loaded.load).toEqual({ status: 'success', error: null });
      expect(loaded.recentLoad).toEqual({ status: 'success', error: null });
      expect(loaded.recentSince).toBeNull();
      expect(loaded.checkIns.ids).toEqual(['2026-11-27']);
      expect(loaded.tags.ids).toEqual(['t1']);
      const failed = reducer(loading, CheckInsDbActions.loadFailed({ error: 'blocked' }));
      expect(failed.load).toEqual({ status: 'error', error: 'blocked' });
      expect(failed.recentLoad).toEqual({ status: 'error', error: 'blocked' });
    });

    it('holds the recent weeks first and adds the older check-ins after, keeping one saved meanwhile', () => {
      const recent = checkInStateWith({
        checkIns: [sampleCheckIn('2026-11-27', { mood: 2 })],
        recentSince: '2026-10-17',
      });
      expect(recent.recentLoad.status).toBe('success');
      expect(recent.load.status).not.toBe('success');
      expect(recent.recentSince).toBe('2026-10-17');

      const saved = reducer(recent, CheckInsDbActions.saveSucceeded({ checkIn: sampleCheckIn('2026-11-27', { mood: 5 }), newTags: [] }));
      // The older read began before the save, so it may carry the day as it was.
      const all = reducer(
        saved,
        CheckInsDbActions.olderLoaded({ checkIns: [sampleCheckIn('2019-01-01'), sampleCheckIn('2026-11-27', { mood: 2 })] }),
      );
      expect(all.load).toEqual({ status: 'success', error: null });
      expect(all.recentSince).toBeNull();
      expect(all.checkIns.ids).toEqual(['2019-01-01', '2026-11-27']);
      expect(all.checkIns.entities['2026-11-27']?.mood).toBe(5);
    });

    it('notes once that a page needs every check-in', () => {
      const recent = checkInStateWith({ checkIns: [sampleCheckIn('2026-11-27')], recentSince: '2026-10-17' });
      expect(recent.olderNeeded).toBeFalse();
      const needed = reducer(recent, CheckInsDbActions.olderNeeded());
      expect(needed.olderNeeded).toBeTrue();
      expect(reducer(needed, CheckInsDbActions.olderNeeded())).toBe(needed);
    });

    it('keeps the recent weeks shown when the older check-ins fail to load', () => {
      const recent = checkInStateWith({ checkIns: [sampleCheckIn('2026-11-27')], recentSince: '2026-10-17' });
      const failed = reducer(recent, CheckInsDbActions.loadFailed({ error: 'blocked' }));
      expect(failed.recentLoad.status).toBe('success');
      expect(failed.load).toEqual({ status: 'error', error: 'blocked' });
      expect(failed.checkIns).toBe(recent.checkIns);
    });

    it('keeps one check-in per day and adds the new tags saved with it', () => {
      const state = checkInStateWith({ checkIns: [sampleCheckIn('2026-11-28', { mood: 2 })] });
      const saving = reducer(state, CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: {} as never, newTags: [], opened: null }));
      expect(saving.save.status).toBe('loading');
      const saved = reducer(saving, CheckInsDbActions.saveSucceeded({ checkIn: sampleCheckIn('2026-11-28', { mood: 5 }), newTags: [icu] }));
      expect(saved.checkIns.ids).toEqual(['2026-11-28']);
      expect(saved.checkIns.entities['2026-11-28']?.mood).toBe(5);
      expect(saved.tags.entities['t1']).toEqual(icu);
      expect(saved.save.status).toBe('success');
      expect(saved.savedDay).toBe('2026-11-28');
      expect(reducer(saved, CheckInPageActions.opened()).savedDay).toBeNull();
    });

    it('changes nothing stored in the state when a save fails', () => {
      const state = checkInStateWith({ checkIns: [sampleCheckIn('2026-11-28')] });
      const failed = reducer(state, CheckInsDbActions.saveFailed({ error: 'QuotaExceededError' }));
      expect(failed.checkIns).toBe(state.checkIns);
      expect(failed.save).toEqual({ status: 'error', error: 'QuotaExceededError' });
    });

    it('shows a tag change only once it is stored', () => {
      const state = checkInStateWith({ tags: [icu] });
      const renamed = { ...icu, name: 'MICU' };
      const pending = reducer(state, TagsPageActions.tagRenamed({ tag: renamed }));
      expect(pending.tags.entities['t1']?.name).toBe('ICU');
      expect(pending.tagSave.status).toBe('loading');
      expect(reducer(pending, TagsDbActions.saveSucceeded({ tag: renamed })).tags.entities['t1']?.name).toBe('MICU');
      const failed = reducer(pending, TagsDbActions.saveFailed({ tagId: 't1', error: 'nope' }));
      expect(failed.tags.entities['t1']?.name).toBe('ICU');
      expect(failed.tagSave).toEqual({ status: 'error', error: 'nope' });
    });

    it("takes in another feature's import: its check-ins and new tags are held at once", () => {
      const state = checkInStateWith({ checkIns: [sampleCheckIn('2026-11-27')], tags: [icu] });
      const walk = { id: 't3', name: 'walk', archived: false };
      const imported = reducer(
        state,
        DaylioImportDbActions.importSucceeded({
          checkIns: [sampleCheckIn('2026-11-25', { mood: 1 }), sampleCheckIn('2026-11-26')],
          tags: [walk],
          entries: [],
        }),
      );
      expect(imported.checkIns.ids).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
      expect(imported.checkIns.entities['2026-11-25']?.mood).toBe(1);
      expect(checkInFeature.selectAllTags.projector(imported.tags).map((t) => t.name)).toEqual(['ICU', 'walk']);
      expect(imported.load).toEqual(state.load);
    });

    it('applies reminder and streak choices at once, then marks them saved or failed', () => {
      const state = checkInStateWith();
      const reminder = { enabled: true, time: '07:30', notify: false };
      const chosen = reducer(state, ReminderPageActions.reminderChanged({ reminder }));
      expect(chosen.preferences.reminder).toEqual(reminder);
      expect(chosen.preferencesSave.status).toBe('loading');
      const streak = reducer(chosen, ReminderPageActions.streakVisibilityChanged({ showStreak: true }));
      expect(streak.preferences).toEqual({ showStreak: true, reminder });
      expect(reducer(streak, PreferencesDbActions.saveSucceeded()).preferencesSave.status).toBe('success');
      expect(reducer(streak, PreferencesDbActions.saveFailed({ error: 'x' })).preferencesSave.status).toBe('error');
    });

    it('follows the clock', () => {
      const state = reducer(checkInStateWith(), CheckInClockActions.ticked({ today: '2026-11-29', minute: '2026-11-30T02:10' }));
      expect(state.clock).toEqual({ today: '2026-11-29', minute: '2026-11-30T02:10' });
    });
  });

  describe('selectors', () => {
    const root = (options: Parameters<typeof rootStateWith>[0]) => rootStateWith(options);

    it('gives every check-in oldest first, and today’s', () => {
      const state = root({ checkIns: [sampleCheckIn('2026-11-28'), sampleCheckIn('2026-11-20')], today: '2026-11-28' });
      expect(checkInFeature.selectAllCheckIns(state).map((c) => c.day)).toEqual(['2026-11-20', '2026-11-28']);
      expect(checkInFeature.selectTodayCheckIn(state)?.day).toBe('2026-11-28');
      expect(checkInFeature.selectTodayCheckIn(root({ checkIns: [sampleCheckIn('2026-11-27')] }))).toBeNull();
    });

    it('gives the last 7 days, with a gap where there was no check-in', () => {
      const state = root({ checkIns: [sampleCheckIn('2026-11-28'), sampleCheckIn('2026-11-25')], today: '2026-11-28' });
      const days = checkInFeature.selectRecentDays(state);
      expect(days.map((d) => d.day)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
      expect(days.map((d) => d.checkIn !== null)).toEqual([false, false, false, true, false, false, true]);
      expect(checkInFeature.selectRecentDays(root({ today: '' }))).toEqual([]);
    });

    it('counts tag usage and splits active from archived tags', () => {
      const state = root({
        checkIns: [sampleCheckIn('2026-11-27', { tagIds: ['t1', 't2'] }), sampleCheckIn('2026-11-28', { tagIds: ['t1'] })],
        tags: [nights, icu],
      });
      expect(checkInFeature.selectTagUsage(state).map((u) => [u.tag.name, u.count])).toEqual([['ICU', 2], ['Nights', 1]]);
      expect(checkInFeature.selectActiveTags(state)).toEqual([icu]);
      expect(checkInFeature.selectArchivedTags(state)).toEqual([nights]);
    });

    it('has no streak while streaks are off, and counts back from today or yesterday when on', () => {
      const checkIns = ['2026-11-25', '2026-11-26', '2026-11-27'].map((day) => sampleCheckIn(day));
      expect(checkInFeature.selectStreak(root({ checkIns, today: '2026-11-28' }))).toBeNull();
      expect(checkInFeature.selectStreakLabel(root({ checkIns, today: '2026-11-28' }))).toBeNull();
      const on = { ...DEFAULT_CHECK_IN_PREFERENCES, showStreak: true };
      expect(checkInFeature.selectStreak(root({ checkIns, today: '2026-11-28', preferences: on }))).toBe(3);
      expect(checkInFeature.selectStreakLabel(root({ checkIns, today: '2026-11-28', preferences: on }))).toBe('3 days in a row');
      // A missed day ends the streak quietly: no label at all.
      expect(checkInFeature.selectStreakLabel(root({ checkIns, today: '2026-11-30', preferences: on }))).toBeNull();
    });

    it('leaves a streak that runs back past the recent weeks unknown until the older check-ins are read', () => {
      const on = { ...DEFAULT_CHECK_IN_PREFERENCES, showStreak: true };
      const since = '2026-11-25';
      const unbroken = root({ checkIns: ['2026-11-25', '2026-11-26', '2026-11-27'].map((d) => sampleCheckIn(d)), recentSince: since, today: '2026-11-28', preferences: on });
      expect(checkInFeature.selectIsLoaded(unbroken)).toBeFalse();
      expect(checkInFeature.selectRecentLoaded(unbroken)).toBeTrue();
      expect(checkInFeature.selectStreak(unbroken)).toBeUndefined();
      expect(checkInFeature.selectStreakKnown(unbroken)).toBeFalse();
      expect(checkInFeature.selectStreakLabel(unbroken)).toBeNull();

      const broken = root({ checkIns: ['2026-11-25', '2026-11-27'].map((d) => sampleCheckIn(d)), recentSince: since, today: '2026-11-28', preferences: on });
      expect(checkInFeature.selectStreak(broken)).toBe(1);
      expect(checkInFeature.selectStreakKnown(broken)).toBeTrue();

      const off = root({ checkIns: ['2026-11-25', '2026-11-26', '2026-11-27'].map((d) => sampleCheckIn(d)), recentSince: since, today: '2026-11-28' });
      expect(checkInFeature.selectStreak(off)).toBeNull();
      expect(checkInFeature.selectStreakKnown(off)).toBeTrue();
    });

    it('makes the reminder due from its time until today has a check-in', () => {
      const preferences = { showStreak: false, reminder: { enabled: true, time: '20:00', notify: false } };
      const at = (minute: string, checkIns = [] as ReturnType<typeof sampleCheckIn>[]) =>
        checkInFeature.selectReminderDue(root({ preferences, today: '2026-11-28', minute, checkIns }));
      expect(at('2026-11-28T19:59')).toBeFalse();
      expect(at('2026-11-28T20:00')).toBeTrue();
      expect(at('2026-11-29T02:00')).toBeTrue();
      expect(at('2026-11-28T21:00', [sampleCheckIn('2026-11-28')])).toBeFalse();
      expect(checkInFeature.selectReminderDue(rootStateWith({ preferences, minute: '2026-11-28T21:00', loaded: false }))).toBeFalse();
    });

    it('exports every check-in as CSV with tag names', () => {
      const csv = selectCheckInsCsv(root({ checkIns: [sampleCheckIn('2026-11-28', { tagIds: ['t1'] })], tags: [icu] }));
      expect(csv.split('\r\n')[1]).toContain(',ICU,');
    });

    it('starts the form from the day’s check-in, and offers the one before it', () => {
      const state = root({ checkIns: [sampleCheckIn('2026-11-20', { shift: 'evening' }), sampleCheckIn('2026-11-26', { shift: 'call24', mood: 1 })] });
      const existing = selectCheckInFormStart('2026-11-26')(state);
      expect(existing?.existing?.mood).toBe(1);
      expect(existing?.previous?.day).toBe('2026-11-20');
      const fresh = selectCheckInFormStart('2026-11-28')(state);
      expect(fresh?.existing).toBeNull();
      expect(fresh?.previous?.shift).toBe('call24');
      // Filling in an older day offers the check-in before that day, not the latest one.
      expect(selectCheckInFormStart('2026-11-22')(state)?.previous?.shift).toBe('evening');
      expect(selectCheckInFormStart('2026-11-01')(state)).toEqual({ existing: null, previous: null });
    });

    it('starts the form only once what it starts from has been read', () => {
      expect(selectCheckInFormStart('2026-11-28')(root({ loaded: false }))).toBeNull();
      // Only the recent weeks read, from the 17th: today's form can start from them alone.
      const recent = root({ checkIns: [sampleCheckIn('2026-11-20', { shift: 'evening' })], recentSince: '2026-11-17' });
      expect(selectCheckInFormStart('2026-11-28')(recent)?.previous?.shift).toBe('evening');
      // A day before the 17th, or a day with no check-in before it since the 17th, needs the older ones.
      expect(selectCheckInFormStart('2026-11-10')(recent)).toBeNull();
      expect(selectCheckInFormStart('2026-11-18')(recent)).toBeNull();
      // ...unless it is checked in already: it opens at once.
      expect(selectCheckInFormStart('2026-11-20')(recent)?.existing?.shift).toBe('evening');
      const all = { ...recent, checkIn: checkInFeature.reducer(recent.checkIn, CheckInsDbActions.olderLoaded({ checkIns: [] })) };
      expect(selectCheckInFormStart('2026-11-18')(all)).toEqual({ existing: null, previous: null });
    });

    it("takes in another tab's check-ins and tags, and the days it deleted", () => {
      const state = checkInStateWith({ checkIns: [sampleCheckIn('2026-11-26'), sampleCheckIn('2026-11-27', { mood: 2 })] });
      const changed = reducer(
        state,
        CheckInsDbActions.changedElsewhere({ checkIns: [sampleCheckIn('2026-11-27', { mood: 5 }), sampleCheckIn('2026-11-28')], removedDays: ['2026-11-26'], tags: [icu] }),
      );
      expect(changed.checkIns.ids).toEqual(['2026-11-27', '2026-11-28']);
      expect(changed.checkIns.entities['2026-11-27']?.mood).toBe(5);
      expect(changed.tags.entities['t1']).toEqual(icu);
    });

    it('ends the save without success or failure when it met a conflict', () => {
      const saving = reducer(checkInStateWith(), CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: {} as never, newTags: [], opened: null }));
      const conflicted = reducer(saving, CheckInsDbActions.saveConflicted({ day: '2026-11-28', theirs: null }));
      expect(conflicted.save.status).toBe('idle');
      expect(conflicted.savedDay).toBeNull();
    });
  });
});
