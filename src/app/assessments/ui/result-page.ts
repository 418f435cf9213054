import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, inject, input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { settingsFeature } from '../../settings';
import { ReminderInterval } from '../domain';
import { selectActiveInstrument, selectHistoryView, selectResultView } from '../state/assessment-views.selectors';
import { assessmentsFeature } from '../state/assessments.feature';
import { ResultPageActions } from '../state/result-page.actions';
import { LoadNotice } from './load-notice';
import { ReminderPicker } from './reminder-picker';
import { SafetyNotice } from './safety-notice';
import { ScaleResult } from './scale-result';

/** /assess/:id/result/:resultId — crisis resources first when a safety rule fired, then the scores. */
@Component({
  selector: 'tend-result-page',
  imports: [LocalDatePipe, RouterLink, LoadNotice, ReminderPicker, SafetyNotice, ScaleResult],
  templateUrl: './result-page.html',
  styleUrl: './result-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ResultPage implements OnChanges {
  readonly id = input.required<string>();
  readonly resultId = input.required<string>();

  private readonly store = inject(Store);
  protected readonly view = this.store.selectSignal(selectResultView);
  protected readonly instrument = this.store.selectSignal(selectActiveInstrument);
  protected readonly load = this.store.selectSignal(assessmentsFeature.selectLoad);
  protected readonly loaded = this.store.selectSignal(assessmentsFeature.selectLoaded);
  protected readonly reminder = this.store.selectSignal(assessmentsFeature.selectActiveReminder);
  protected readonly history = this.store.selectSignal(selectHistoryView);
  protected readonly preferencesSave = this.store.selectSignal(assessmentsFeature.selectPreferencesSave);
  protected readonly region = this.store.selectSignal(settingsFeature.selectRegion);

  ngOnChanges(): void {
    this.store.dispatch(ResultPageActions.opened({ instrumentId: this.id(), resultId: this.resultId() }));
  }

  protected chooseReminder(interval: ReminderInterval): void {
    this.store.dispatch(ResultPageActions.reminderChosen({ instrumentId: this.id(), interval }));
  }
}
