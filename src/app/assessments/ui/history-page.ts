import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, inject, input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { iconUndo } from '../../shared/icon/icons';
import { ReminderInterval, StoredAssessment } from '../domain';
import { selectHistoryView } from '../state/assessment-views.selectors';
import { assessmentsFeature } from '../state/assessments.feature';
import { HistoryPageActions } from '../state/history-page.actions';
import { HistoryList } from './history-list';
import { LoadNotice } from './load-notice';
import { ReminderPicker } from './reminder-picker';

/** /assess/:id/history — past results with their scores, delete (with undo), and the re-take reminder. */
@Component({
  selector: 'tend-history-page',
  imports: [LocalDatePipe, RouterLink, Icon, HistoryList, LoadNotice, ReminderPicker],
  templateUrl: './history-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .status { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.5rem 1rem; border-radius: var(--mat-sys-corner-medium); background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .status p { margin: 0; }
    .list { display: block; margin-block-end: 1.5rem; }
    .tend-card h2 { margin-block-start: 0; }
    .error { padding: 0.75rem 1rem; border-radius: var(--mat-sys-corner-medium); background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export default class HistoryPage implements OnChanges {
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  protected readonly view = this.store.selectSignal(selectHistoryView);
  protected readonly load = this.store.selectSignal(assessmentsFeature.selectLoad);
  protected readonly loaded = this.store.selectSignal(assessmentsFeature.selectLoaded);
  protected readonly status = this.store.selectSignal(assessmentsFeature.selectHistory);
  protected readonly recentlyDeleted = this.store.selectSignal(assessmentsFeature.selectRecentlyDeleted);
  protected readonly preferencesSave = this.store.selectSignal(assessmentsFeature.selectPreferencesSave);
  protected readonly undoIcon = iconUndo;

  ngOnChanges(): void {
    this.store.dispatch(HistoryPageActions.opened({ instrumentId: this.id() }));
  }

  protected delete(assessment: StoredAssessment): void {
    this.store.dispatch(HistoryPageActions.deleteConfirmed({ assessment }));
  }

  protected undo(assessment: StoredAssessment): void {
    this.store.dispatch(HistoryPageActions.undoDeleteClicked({ assessment }));
  }

  protected chooseReminder(interval: ReminderInterval): void {
    this.store.dispatch(HistoryPageActions.reminderChosen({ instrumentId: this.id(), interval }));
  }
}
