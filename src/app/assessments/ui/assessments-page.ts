import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { iconChevronRight } from '../../shared/icon/icons';
import { ABSENT_INSTRUMENTS } from '../domain';
import { selectCatalog } from '../state/assessment-views.selectors';
import { assessmentsFeature } from '../state/assessments.feature';
import { AssessmentsPageActions } from '../state/assessments-page.actions';

@Component({
  selector: 'tend-assessments-page',
  imports: [LocalDatePipe, RouterLink, Icon],
  templateUrl: './assessments-page.html',
  styleUrl: './assessments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AssessmentsPage {
  private readonly store = inject(Store);
  protected readonly catalog = this.store.selectSignal(selectCatalog);
  protected readonly load = this.store.selectSignal(assessmentsFeature.selectLoad);
  protected readonly skipped = this.store.selectSignal(assessmentsFeature.selectSkipped);
  protected readonly licensed = ABSENT_INSTRUMENTS.filter((a) => a.reason === 'licensed');
  protected readonly unclear = ABSENT_INSTRUMENTS.filter((a) => a.reason === 'terms');
  protected readonly chevron = iconChevronRight;

  protected retry(): void {
    this.store.dispatch(AssessmentsPageActions.retryLoadClicked());
  }
}
