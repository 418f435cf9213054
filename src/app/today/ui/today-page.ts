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
import { Clock } from '../../core/clock/clock';
import { InstallOffer } from '../../core/install/install-offer';
import { dateTimeFormat } from '../../shared/format/intl-cache';
import { selectWeeklySummary } from '../../trends';

@Component({
  selector: 'tend-today-page',
  imports: [RouterLink, InstallOffer, RecentDaysStrip, DueAssessments],
  templateUrl: './today-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The benchmark reads when Today became interactive with its data.
  host: { '[attr.data-state]': 'readyAt() === null ? "loading" : "ready"', '[attr.data-ready-at]': 'readyAt()' },
})
export default class TodayPage {
  private readonly store = inject(Store);
  protected readonly dateLabel = dateTimeFormat(inject(LOCALE_ID), { weekday: 'long', month: 'long', day: 'numeric' }).format(inject(Clock).now());
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
  protected readonly readyAt = signal<number | null>(null);

  constructor() {
    loadOlderCheckInsWhen(() => !this.streakKnown());
    afterRenderEffect(() => {
      if (this.settled() && this.loaded() && this.readyAt() === null) this.readyAt.set(Math.round(performance.now()));
    });
  }
}
