import { afterRenderEffect, ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { of, switchMap } from 'rxjs';
import { assessmentsFeature, DueAssessments, selectDueAssessments } from '../../assessments';
import {
  checkInFeature,
  loadOlderCheckInsWhen,
  RecentDaysStrip,
  selectCheckInToday,
  selectRecentCheckInsLoaded,
  selectRecentDays,
  selectReminderDue,
  selectStreakKnown,
  selectStreakLabel,
  selectTodayCheckIn,
} from '../../check-in';
import { InstallOffer } from '../../core/install/install-offer';
import { settingsFeature } from '../../settings';
import { dateTimeFormat } from '../../shared/format/intl-cache';
import { selectWeeklySummary } from '../../trends';

/** Marked once a tab's Today has drawn with its data: the benchmark's cold start. */
export const TODAY_READY_MARK = 'tend:today-ready';

@Component({
  selector: 'tend-today-page',
  imports: [RouterLink, InstallOffer, RecentDaysStrip, DueAssessments],
  templateUrl: './today-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // "ready" once Today shows its data; the moment is the performance mark `tend:today-ready`.
  host: { '[attr.data-state]': 'ready() ? "ready" : "loading"' },
})
export default class TodayPage {
  private readonly store = inject(Store);
  private readonly locale = inject(LOCALE_ID);
  private readonly checkInClock = this.store.selectSignal(checkInFeature.selectClock);
  private readonly dayStartHour = this.store.selectSignal(settingsFeature.selectDayStartHour);
  /**
   * The date; between midnight and the day-start hour, the check-in day still open instead, named
   * as such: "Done for today" then means the day before the calendar's.
   */
  protected readonly dateLabel = computed(() => {
    const { today, minute } = this.checkInClock();
    if (!today) return '';
    const date = dateTimeFormat(this.locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T12:00Z`));
    if (minute.startsWith(today)) return date;
    return $localize`:@@today.checkInDay:Check-in day: ${date}:day: (until ${String(this.dayStartHour()).padStart(2, '0')}:hour::00)`;
  });
  // The recent weeks are all Today shows; the years before them load after it has drawn.
  protected readonly loaded = this.store.selectSignal(selectRecentCheckInsLoaded);
  protected readonly checkInsLoad = this.store.selectSignal(checkInFeature.selectRecentLoad);
  private readonly assessmentsLoad = this.store.selectSignal(assessmentsFeature.selectLoad);
  /** Rarely false: a streak (when shown) that runs back past the recent weeks waits for the rest. */
  private readonly streakKnown = this.store.selectSignal(selectStreakKnown);
  /**
   * Every card appears at once, when what they show has been read (or failed to be): cards
   * arriving one by one pushed the rest down the screen (a layout shift of 0.27 on a phone).
   */
  protected readonly settled = computed(
    () =>
      [this.checkInsLoad().status, this.assessmentsLoad().status].every((status) => status === 'success' || status === 'error') &&
      this.streakKnown(),
  );
  protected readonly todayCheckIn = this.store.selectSignal(selectTodayCheckIn);
  protected readonly recentDays = this.store.selectSignal(selectRecentDays);
  protected readonly reminderDue = this.store.selectSignal(selectReminderDue);
  protected readonly streakLabel = this.store.selectSignal(selectStreakLabel);
  protected readonly weeklySummary = this.store.selectSignal(selectWeeklySummary);
  protected readonly dueAssessments = toSignal(
    this.store
      .select(selectCheckInToday)
      .pipe(switchMap((today) => (today ? this.store.select(selectDueAssessments(today)) : of([])))),
    { initialValue: [] },
  );
  protected readonly ready = signal(false);

  constructor() {
    loadOlderCheckInsWhen(() => !this.streakKnown());
    afterRenderEffect(() => {
      if (!this.settled() || !this.loaded() || this.ready()) return;
      performance.mark(TODAY_READY_MARK);
      this.ready.set(true);
    });
  }
}
