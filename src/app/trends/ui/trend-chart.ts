import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  effect,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ChartData, ChartOptions, Plugin } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { Icon } from '../../shared/icon/icon';
import { iconDownload, iconTable } from '../../shared/icon/icons';
import { ChartView } from '../state/chart-view';
import { backgroundPlugin, bandPlugin } from './band-plugin';
import { chartData, chartOptions, LinePoint } from './chart-config';
import { ChartTheme } from './chart-theme';
import { DataTable } from './data-table';
import { SeriesKey } from './series-key';
import { downloadFile } from '../../shared/ui/download';

interface ChartConfig {
  data: ChartData<'line', LinePoint[], string>;
  options: ChartOptions<'line'>;
}

/** Room the y axis and its title take from the canvas; what is left is the plot. */
const Y_AXIS_PX = 56;
const RESIZE_DEBOUNCE_MS = 200;
/**
 * The saved image's size in CSS pixels on every screen: the title and legend drawn into it need
 * room that a phone's plot does not have, and a shared chart should not depend on the device.
 */
const PNG_SIZE = { width: 800, height: 450 };

/**
 * One chart card: title, canvas (an image with a label and a hidden summary), a table with the
 * same numbers, and a PNG download. The rendered values are on the host as `data-values`.
 */
@Component({
  selector: 'tend-trend-chart',
  imports: [BaseChartDirective, DataTable, Icon, SeriesKey],
  templateUrl: './trend-chart.html',
  styleUrl: './trend-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-values]': 'values()' },
})
export class TrendChart {
  private readonly theme = inject(ChartTheme);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Null while the numbers wait for the plot's width. */
  readonly view = input.required<ChartView | null>();
  /**
   * Create the canvas only once the card comes near the screen: each chart costs tens of
   * milliseconds, and a page of them would hold up the ones being looked at.
   */
  readonly lazy = input(false);
  /** When the last update (not a hover) reached the screen, by `performance.now()`; null before. */
  readonly drawnAt = signal<number | null>(null);
  private readonly nearScreen = signal(false);
  /** A lazy chart still off screen: nothing to draw yet, so nothing to wait for. */
  readonly waitingToBeSeen = computed(() => this.lazy() && !this.nearScreen());
  /** The plot area's width in CSS pixels: once at first render, then after resizes settle. */
  readonly plotWidth = output<number>();

  private readonly chart = viewChild(BaseChartDirective);
  private readonly plot = viewChild.required<ElementRef<HTMLElement>>('plot');

  protected readonly icons = { table: iconTable, download: iconDownload };
  protected readonly tableShown = signal(false);
  /** The series turned off in the legend, by index; kept across new views (a range switch). */
  protected readonly hiddenSeries = signal<ReadonlySet<number>>(new Set());
  protected readonly id = computed(() => `chart-${this.view()?.id ?? 'pending'}`);
  protected readonly data = computed(() => {
    const view = this.view();
    return view ? chartData(view, this.theme.palette(), this.hiddenSeries()) : null;
  });
  protected readonly options = computed(() => {
    const view = this.view();
    return view ? chartOptions(view, this.theme.palette(), this.theme.reducedMotion()) : undefined;
  });
  /**
   * What the canvas is created with. Later views are applied in place with `update('none')`,
   * which skips chart.js's per-point animation work: a range switch draws at once.
   */
  protected readonly created = signal<ChartConfig | null>(null);
  private applied: ChartConfig | null = null;
  protected readonly values = computed(() => {
    const view = this.view();
    return view ? JSON.stringify(view.series.map((series) => series.values)) : null;
  });

  private updating = false;
  /** Marks when an update (not a hover) has reached the screen. */
  private readonly drawnPlugin: Plugin<'line'> = {
    id: 'tendDrawn',
    afterUpdate: () => {
      this.updating = true;
    },
    afterRender: () => {
      if (!this.updating) return;
      this.updating = false;
      this.drawnAt.set(performance.now());
    },
  };
  protected readonly plugins: Plugin<'line'>[] = [bandPlugin, backgroundPlugin, this.drawnPlugin];

  constructor() {
    effect(() => {
      const data = this.data();
      const options = this.options();
      // Tracked too, so a view that changed before the canvas existed is applied once it does.
      const chart = this.chart()?.chart;
      if (!data || !options || this.waitingToBeSeen()) return;
      untracked(() => {
        if (!this.created()) {
          this.created.set((this.applied = { data, options }));
          return;
        }
        if (!chart || (this.applied?.data === data && this.applied.options === options)) return;
        this.applied = { data, options };
        chart.data = data;
        chart.options = options;
        chart.update('none');
      });
    });

    const destroyRef = inject(DestroyRef);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const report = (): void => {
      const width = Math.max(0, Math.round(this.plot().nativeElement.clientWidth) - Y_AXIS_PX);
      if (width === last || width === 0) return;
      last = width;
      this.plotWidth.emit(width);
    };
    afterNextRender(() => {
      if (this.lazy()) this.watchForScreen(destroyRef);
      report();
      const observer = new ResizeObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(report, RESIZE_DEBOUNCE_MS);
      });
      observer.observe(this.plot().nativeElement);
      destroyRef.onDestroy(() => observer.disconnect());
    });
    destroyRef.onDestroy(() => clearTimeout(timer));
  }

  private watchForScreen(destroyRef: DestroyRef): void {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        this.nearScreen.set(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(this.host.nativeElement);
    destroyRef.onDestroy(() => observer.disconnect());
  }

  protected toggleTable(): void {
    this.tableShown.update((shown) => !shown);
  }

  protected toggleSeries(index: number): void {
    this.hiddenSeries.update((hidden) => {
      const next = new Set(hidden);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  }

  /**
   * The page shows the title as a heading and the legend as buttons; the image carries both drawn
   * in, for use elsewhere.
   */
  protected savePng(): void {
    const chart = this.chart()?.chart;
    const view = this.view();
    const title = chart?.options.plugins?.title;
    const legend = chart?.options.plugins?.legend;
    if (!chart || !view || !title || !legend) return;
    // A running hover transition would put the resize off until its next frame.
    chart.stop();
    title.display = legend.display = true;
    chart.resize(PNG_SIZE.width, PNG_SIZE.height);
    chart.update('none');
    const image = chart.toBase64Image('image/png');
    title.display = legend.display = false;
    chart.resize();
    chart.update('none');
    downloadFile(this.document, `${view.fileName}.png`, image, 'image/png');
  }
}
