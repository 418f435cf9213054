import { ChangeDetectionStrategy, Component, inject, input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Clock } from '../../core/clock/clock';
import { settingsFeature } from '../../settings';
import { AssessmentPageActions } from '../state/assessment-page.actions';
import { selectReviewView } from '../state/assessment-views.selectors';
import { assessmentsFeature } from '../state/assessments.feature';
import { LoadNotice } from './load-notice';
import { SafetyNotice } from './safety-notice';

/** /assess/:id/review — every answer before it is scored; what is missing links back to its question. */
@Component({
  selector: 'tend-review-page',
  imports: [RouterLink, LoadNotice, SafetyNotice],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ReviewPage implements OnChanges {
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  private readonly clock = inject(Clock);
  protected readonly view = this.store.selectSignal(selectReviewView);
  protected readonly load = this.store.selectSignal(assessmentsFeature.selectLoad);
  protected readonly loaded = this.store.selectSignal(assessmentsFeature.selectLoaded);
  protected readonly submit = this.store.selectSignal(assessmentsFeature.selectSubmit);
  protected readonly region = this.store.selectSignal(settingsFeature.selectRegion);

  ngOnChanges(): void {
    this.store.dispatch(AssessmentPageActions.opened({ instrumentId: this.id() }));
  }

  protected submitAnswers(): void {
    if (this.submit().status === 'loading') return;
    this.store.dispatch(
      AssessmentPageActions.submitted({
        instrumentId: this.id(),
        id: crypto.randomUUID(),
        finishedAt: this.clock.now().toISOString(),
      }),
    );
  }
}
