import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Clock } from '../../core/clock/clock';
import { Icon } from '../../shared/icon/icon';
import { iconCalendarAddOn } from '../../shared/icon/icons';
import { SystemNotifications } from '../data/system-notifications';
import { DailyReminder, isTimeOfDay } from '../domain/check-in-preferences';
import { dailyReminderIcs } from '../domain/daily-reminder-ics';
import { checkInFeature } from '../state/check-in.feature';
import { ReminderPageActions } from '../state/reminder-page.actions';
import { downloadFile } from '../../shared/ui/download';

@Component({
  selector: 'tend-reminder-page',
  imports: [RouterLink, Icon],
  templateUrl: './reminder-page.html',
  styleUrl: './reminder-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ReminderPage {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly clock = inject(Clock);
  private readonly notifications = inject(SystemNotifications);

  // The preferences come with the recent weeks' read; this page needs no check-in.
  protected readonly loaded = this.store.selectSignal(checkInFeature.selectRecentLoaded);
  protected readonly preferences = this.store.selectSignal(checkInFeature.selectPreferences);
  protected readonly saveStatus = this.store.selectSignal(checkInFeature.selectPreferencesSave);
  protected readonly reminder = computed(() => this.preferences().reminder);
  protected readonly timeError = signal<string | null>(null);
  protected readonly notifyProblem = signal<string | null>(null);
  protected readonly status = computed(() =>
    this.saveStatus().status === 'success' ? $localize`:@@reminder.saved:Saved on this device.` : '',
  );
  protected readonly calendarIcon = iconCalendarAddOn;

  protected setEnabled(enabled: boolean): void {
    this.change({ enabled });
  }

  protected setTime(field: HTMLInputElement): void {
    if (!isTimeOfDay(field.value)) {
      this.timeError.set($localize`:@@reminder.timeInvalid:Enter a time of day, for example 20:00.`);
      return;
    }
    this.timeError.set(null);
    this.change({ time: field.value });
  }

  /** Permission is asked for here, when the user turns notifications on, and nowhere else. */
  protected async setNotify(field: HTMLInputElement): Promise<void> {
    this.notifyProblem.set(null);
    if (!field.checked) {
      this.change({ notify: false });
      return;
    }
    const access = await this.notifications.request();
    if (access === 'granted') {
      this.change({ notify: true });
      return;
    }
    field.checked = false;
    this.notifyProblem.set(
      access === 'unsupported'
        ? $localize`:@@reminder.unsupported:This browser cannot show notifications. The reminder still shows on Today, and a calendar reminder works everywhere.`
        : $localize`:@@reminder.denied:Notifications are turned off for Tend in this browser's settings. The reminder still shows on Today, and a calendar reminder works everywhere.`,
    );
  }

  protected setShowStreak(showStreak: boolean): void {
    this.store.dispatch(ReminderPageActions.streakVisibilityChanged({ showStreak }));
  }

  protected addToCalendar(): void {
    const ics = dailyReminderIcs({ time: this.reminder().time, firstDay: this.clock.today(), now: this.clock.now() });
    downloadFile(this.document, 'tend-check-in-reminder.ics', ics, 'text/calendar;charset=utf-8');
  }

  private change(change: Partial<DailyReminder>): void {
    this.store.dispatch(ReminderPageActions.reminderChanged({ reminder: { ...this.reminder(), ...change } }));
  }
}
