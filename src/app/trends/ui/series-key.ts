import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ChartSeriesStyle } from '../state/chart-view';

/**
 * A series' key drawn like the series — a line through a dot, a dashed line, or a triangle — in
 * the colour the chart uses for it, so the legend tells series apart by shape as well as colour.
 */
@Component({
  selector: 'tend-series-key',
  template: `
    <svg viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" focusable="false">
      @switch (seriesStyle()) {
        @case ('points') {
          <line x1="0" y1="7" x2="28" y2="7" />
          <circle cx="14" cy="7" r="4" />
        }
        @case ('dashed') {
          <line x1="0" y1="7" x2="28" y2="7" stroke-dasharray="6 4" />
        }
        @case ('markers') {
          <polygon points="14,1 20.5,13 7.5,13" />
        }
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      // The chart's tokens for these series (ChartTheme: line and accent).
      color: var(--mat-sys-tertiary);
    }
    :host([data-style='points']) {
      color: var(--mat-sys-primary);
    }
    line {
      stroke: currentColor;
      stroke-width: 2;
    }
    circle,
    polygon {
      fill: currentColor;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-style]': 'seriesStyle()' },
})
export class SeriesKey {
  readonly seriesStyle = input.required<ChartSeriesStyle>();
}
