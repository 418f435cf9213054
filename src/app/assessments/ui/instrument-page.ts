import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, inject, input, OnChanges, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { iconLock } from '../../shared/icon/icons';
import { AssessmentPreferences, PROFESSION_MAX_LENGTH } from '../domain';
import { selectIntroView } from '../state/assessment-views.selectors';
import { assessmentsFeature } from '../state/assessments.feature';
import { InstrumentPageActions } from '../state/instrument-page.actions';
import { InstrumentSource } from './instrument-source';
import { LoadNotice } from './load-notice';

/** /assess/:id — what the instrument measures, how long it takes, its source and licence, and Start. */
@Component({
  selector: 'tend-instrument-page',
  imports: [LocalDatePipe, RouterLink, Icon, InstrumentSource, LoadNotice],
  templateUrl: './instrument-page.html',
  styleUrl: './instrument-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class InstrumentPage implements OnChanges {
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly view = this.store.selectSignal(selectIntroView);
  protected readonly load = this.store.selectSignal(assessmentsFeature.selectLoad);
  protected readonly loaded = this.store.selectSignal(assessmentsFeature.selectLoaded);
  protected readonly preferences = this.store.selectSignal(assessmentsFeature.selectPreferences);
  protected readonly preferencesSave = this.store.selectSignal(assessmentsFeature.selectPreferencesSave);
  protected readonly draftSave = this.store.selectSignal(assessmentsFeature.selectDraftSave);
  protected readonly confirmingStartOver = signal(false);
  protected readonly professionMax = PROFESSION_MAX_LENGTH;
  protected readonly lockIcon = iconLock;
  protected readonly sexes: readonly { value: AssessmentPreferences['sex']; label: string }[] = [
    { value: 'female', label: $localize`:@@assess.intro.female:Female` },
    { value: 'male', label: $localize`:@@assess.intro.male:Male` },
    { value: 'unstated', label: $localize`:@@assess.intro.unstated:Prefer not to say` },
  ];

  ngOnChanges(): void {
    this.confirmingStartOver.set(false);
    this.store.dispatch(InstrumentPageActions.opened({ instrumentId: this.id() }));
  }

  protected changeProfession(profession: string): void {
    if (profession.trim() !== this.preferences().profession) {
      this.store.dispatch(InstrumentPageActions.professionChanged({ profession }));
    }
  }

  protected chooseSex(sex: AssessmentPreferences['sex']): void {
    this.store.dispatch(InstrumentPageActions.sexChosen({ sex }));
  }

  protected startOver(): void {
    this.store.dispatch(InstrumentPageActions.startOverConfirmed({ instrumentId: this.id() }));
    void this.router.navigate(['/assess', this.id(), 'take']);
  }
}
