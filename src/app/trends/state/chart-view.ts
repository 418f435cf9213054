import { ScoreBand, TrendTable } from '../domain';

/**
 * How a series is drawn, so that no chart rests on colour alone: solid line with round points,
 * a dashed line without points, or large triangles with no line.
 */
export type ChartSeriesStyle = 'points' | 'dashed' | 'markers';

export interface ChartSeries {
  /** Legend text. */
  label: string;
  style: ChartSeriesStyle;
  /** One value per x position; `null` is a gap (no check-in), never a zero. */
  values: readonly (number | null)[];
}

/** A cut-off line drawn across the plot with its value in words. */
export interface ChartCutOff {
  value: number;
  label: string;
}

/**
 * Everything a chart draws and says, with no colour: the chart component adds the theme's
 * colours. Numbers are already rounded for display, so chart, table and summary agree.
 */
export interface ChartView {
  /** Stable, unique on the page: element ids and the PNG's file name. */
  id: string;
  /** Without extension: "tend-mood-30d-2026-03-04". */
  fileName: string;
  title: string;
  xTitle: string;
  yTitle: string;
  /** Full labels of the x positions, for tooltips. */
  labels: readonly string[];
  /** Short labels for the axis ticks. */
  tickLabels: readonly string[];
  /**
   * When set, x positions are these epoch days on a linear time axis (assessments, taken at
   * uneven intervals); otherwise they are evenly spaced categories (days, weeks, months).
   */
  x: readonly number[] | null;
  /** The time axis' first and last epoch day, so an empty stretch of the range still shows. */
  xRange: { min: number; max: number } | null;
  series: readonly ChartSeries[];
  y: { min: number; max: number | null; step: number | null };
  /** Appended to values in tooltips: "hours". */
  unit: string | null;
  bands: readonly ScoreBand[];
  cutOffs: readonly ChartCutOff[];
  /** The visually hidden sentence. */
  summary: string;
  table: TrendTable;
}
