import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  Signal,
  signal,
  untracked,
  viewChildren,
} from '@angular/core';
import { Location } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { checkInFeature } from '../../check-in';
import { CheckInMetric, TrendRange } from '../domain';
import { errorMessage } from '../../shared/async-status';
import { LOAD_ASSESSMENT_SCORING, selectAssessmentCharts } from '../state/assessment-charts';
import { ChartView } from '../state/chart-view';
import { selectPracticeChart } from '../state/practice-minutes';
import { TrendsPageActions } from '../state/trends-page.actions';
import { trendsFeature } from '../state/trends.feature';
import { EmptyCard } from './empty-card';
import { GroupMeansTable } from './group-means-table';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { TrendChart } from './trend-chart';
import { METRIC_CHOICES, parseMetric, parseRange, RANGE_CHOICES } from './trends-choices';
import { loadOlderCheckInsWhen, selectRecentCheckInsLoaded } from '../../check-in';

/** Marked each time every chart on screen has drawn, at the end of the last draw. */
export const TRENDS_DRAWN_MARK = 'tend:trends-drawn';

@Component({
  selector: 'tend-trends-page',
  imports: [RouterLink, ChoiceGroup, TrendChart, GroupMeansTable, EmptyCard],
  templateUrl: './trends-page.html',
  styleUrl: './trends-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // "ready" once every chart on screen has drawn; each time they have, the performance mark
  // `tend:trends-drawn` starts when the last draw ended.
  host: { '[attr.data-state]': 'state()' },
})
export default class TrendsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly location = inject(Location);

  /** `?range=` and `?metric=`, bound by the router, so a reload or a shared link keeps them. */
  readonly range = input<string>();
  readonly metric = input<string>();

  protected readonly rangeChoices = RANGE_CHOICES;
  protected readonly metricChoices = METRIC_CHOICES;

  protected readonly chosenRange = this.store.selectSignal(trendsFeature.selectRange);
  protected readonly chosenMetric = this.store.selectSignal(trendsFeature.selectMetric);
  protected readonly loaded = this.store.selectSignal(trendsFeature.selectIsLoaded);
  protected readonly load = this.store.selectSignal(checkInFeature.selectLoad);
  protected readonly hasCheckIns = this.store.selectSignal(trendsFeature.selectHasCheckIns);
  protected readonly period = this.store.selectSignal(trendsFeature.selectPeriod);
  protected readonly chart = this.store.selectSignal(trendsFeature.selectTrendChart);
  protected readonly shiftMeans = this.store.selectSignal(trendsFeature.selectShiftMeans);
  protected readonly tagMeans = this.store.selectSignal(trendsFeature.selectTagMeans);
  protected readonly sleepMood = this.store.selectSignal(trendsFeature.selectSleepMood);
  protected readonly practiceChart = this.store.selectSignal(selectPracticeChart);
  private readonly loadScoring = inject(LOAD_ASSESSMENT_SCORING);
  private readonly destroyRef = inject(DestroyRef);
  /** Set once the scoring has loaded; until then the scores' section says it is loading. */
  private readonly scoredCharts = signal<Signal<readonly ChartView[] | null> | null>(null);
  protected readonly assessmentCharts = computed(() => this.scoredCharts()?.() ?? null);
  protected readonly scoringError = signal<string | null>(null);

  /**
   * Patterns, assessment scores and practice follow once the check-in chart is on screen:
   * re-scoring every stored assessment and laying out a dozen cards and tables would otherwise
   * hold up the chart the page opens on.
   */
  protected readonly restShown = signal(false);
  /** Charts further down draw as they come near the screen; until then there is nothing to wait for. */
  private readonly charts = viewChildren(TrendChart);
  protected readonly state = computed(() => {
    if (this.load().status === 'error') return 'error';
    if (!this.loaded()) return 'loading';
    const charts = this.charts();
    // Before the first render the check-in chart is not there yet: not drawn, so not ready.
    if (this.hasCheckIns() && charts.length === 0) return 'loading';
    return charts.every((chart) => chart.waitingToBeSeen() || chart.drawnAt() !== null) ? 'ready' : 'loading';
  });
  protected readonly drawnAt = computed(() => {
    const times = this.charts().map((chart) => chart.drawnAt() ?? 0);
    return times.length ? Math.max(...times) : null;
  });

  private readonly requested = computed(
    () => ({ range: parseRange(this.range()), metric: parseMetric(this.metric()) }),
    { equal: (a, b) => a.range === b.range && a.metric === b.metric },
  );

  constructor() {
    effect(() => {
      const drawnAt = this.drawnAt();
      if (this.state() === 'ready' && drawnAt) performance.mark(TRENDS_DRAWN_MARK, { startTime: drawnAt });
    });
    // A long range (or all time) reads the years before the recent weeks at once; a short one as
    // soon as its charts have drawn, so that a longer range chosen next finds them read.
    const recentLoaded = this.store.selectSignal(selectRecentCheckInsLoaded);
    loadOlderCheckInsWhen(() => recentLoaded() && (!this.loaded() || this.state() === 'ready'));
    // The check-in chart is created and drawn in the first rendering pass; the rest in the next task.
    let next: ReturnType<typeof setTimeout> | undefined;
    afterNextRender(() => (next = setTimeout(() => this.restShown.set(true))));
    this.destroyRef.onDestroy(() => clearTimeout(next));
    // The scoring (every instrument) is fetched once the charts on screen have drawn, not before.
    let scoringRequested = false;
    effect(() => {
      if (this.state() === 'loading' || scoringRequested) return;
      scoringRequested = true;
      this.fetchScoring();
    });
    let opened = false;
    effect(() => {
      const { range, metric } = this.requested();
      untracked(() => {
        // A choice made here is already in the store; only a new address (reload, link, back) is news.
        if (!opened || range !== this.chosenRange() || metric !== this.chosenMetric()) {
          this.store.dispatch(TrendsPageActions.opened({ range, metric }));
        }
        opened = true;
      });
    });
  }

  protected fetchScoring(): void {
    this.scoringError.set(null);
    this.loadScoring().then(
      (scoring) => {
        if (!this.destroyRef.destroyed) this.scoredCharts.set(this.store.selectSignal(selectAssessmentCharts(scoring)));
      },
      (error: unknown) => this.scoringError.set(errorMessage(error)),
    );
  }

  protected chooseRange(range: TrendRange): void {
    this.store.dispatch(TrendsPageActions.rangeChosen({ range }));
    this.keepInAddress(range, this.chosenMetric());
  }

  protected chooseMetric(metric: CheckInMetric): void {
    this.store.dispatch(TrendsPageActions.metricChosen({ metric }));
    this.keepInAddress(this.chosenRange(), metric);
  }

  protected measured(widthPx: number): void {
    this.store.dispatch(TrendsPageActions.plotWidthMeasured({ widthPx }));
  }

  /**
   * Writes the choice into the address without a router navigation: a navigation would move
   * focus to the heading (and off the radio being arrowed through) and add nothing to history.
   */
  private keepInAddress(range: TrendRange, metric: CheckInMetric): void {
    const url = this.router.createUrlTree([], { relativeTo: this.route, queryParams: { range, metric } });
    this.location.replaceState(this.router.serializeUrl(url));
  }
}
