import { ChartType, Plugin } from 'chart.js';
import { ScoreBand } from '../domain';
import { ChartCutOff } from '../state/chart-view';

export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface BandRect {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CutOffLine {
  label: string;
  y: number;
}

/** The y scale as far as bands need it: its visible range and where a value lands in pixels. */
export interface YScale {
  min: number;
  max: number;
  toPixel(value: number): number;
}

/**
 * Each band as a rectangle across the plot. Neighbouring bands meet half-way between one's
 * maximum and the next one's minimum, so integer bands "5–9" and "10–14" share the edge 9.5 and
 * continuous bands "< 3" and "≥ 3" share 3; bands are clipped to the scale and the plot area.
 */
export function bandRects(bands: readonly ScoreBand[], area: PlotArea, scale: YScale): BandRect[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const rects: BandRect[] = [];
  sorted.forEach((band, i) => {
    const lower = i === 0 ? band.min : (sorted[i - 1].max + band.min) / 2;
    const upper = i === sorted.length - 1 ? band.max : (band.max + sorted[i + 1].min) / 2;
    const from = Math.max(lower, scale.min);
    const to = Math.min(upper, scale.max);
    if (to <= from) return;
    const a = scale.toPixel(to);
    const b = scale.toPixel(from);
    const top = Math.max(area.top, Math.min(a, b));
    const bottom = Math.min(area.bottom, Math.max(a, b));
    if (bottom <= top) return;
    rects.push({ label: band.label, x: area.left, y: top, width: area.right - area.left, height: bottom - top });
  });
  return rects;
}

/** Cut-offs inside the visible range, as horizontal lines. */
export function cutOffLines(cutOffs: readonly ChartCutOff[], scale: YScale): CutOffLine[] {
  return cutOffs
    .filter((c) => c.value >= scale.min && c.value <= scale.max)
    .map((c) => ({ label: c.label, y: scale.toPixel(c.value) }));
}

/** The text, cut at a word and ended with "…" when it is wider than `maxWidth` (the table has it whole). */
export function fitText(text: string, maxWidth: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= maxWidth) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const shorter = `${words.join(' ').replace(/[,;:]$/, '')}…`;
    if (widthOf(shorter) <= maxWidth) return shorter;
  }
  return '';
}

export interface BandPluginOptions {
  bands: readonly ScoreBand[];
  cutOffs: readonly ChartCutOff[];
  fills: readonly string[];
  textColor: string;
  lineColor: string;
  font: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    tendBands?: Partial<BandPluginOptions>;
    tendBackground?: { color?: string };
  }
}

const LABEL_PAD = 4;
const MIN_LABEL_HEIGHT = 14;

/** Shaded score bands with their names, and dashed cut-off lines with theirs, under the data. */
export const bandPlugin: Plugin<'line', Partial<BandPluginOptions>> = {
  id: 'tendBands',
  beforeDatasetsDraw(chart, _args, options) {
    const bands = options.bands ?? [];
    const cutOffs = options.cutOffs ?? [];
    const y = chart.scales['y'];
    if ((!bands.length && !cutOffs.length) || !y) return;
    const scale: YScale = { min: y.min, max: y.max, toPixel: (value) => y.getPixelForValue(value) };
    const { ctx, chartArea } = chart;
    const fills = options.fills?.length ? options.fills : ['transparent'];
    ctx.save();
    ctx.font = options.font ?? '12px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    bandRects(bands, chartArea, scale).forEach((rect, i) => {
      ctx.fillStyle = fills[i % fills.length];
      ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
      if (rect.height < MIN_LABEL_HEIGHT) return;
      ctx.fillStyle = options.textColor ?? '#000';
      ctx.textAlign = 'left';
      ctx.fillText(fitText(rect.label, rect.width - 2 * LABEL_PAD, (text) => ctx.measureText(text).width), rect.x + LABEL_PAD, rect.y + 2);
    });
    ctx.strokeStyle = options.lineColor ?? '#000';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    for (const line of cutOffLines(cutOffs, scale)) {
      ctx.beginPath();
      ctx.moveTo(chartArea.left, line.y);
      ctx.lineTo(chartArea.right, line.y);
      ctx.stroke();
      ctx.fillStyle = options.textColor ?? '#000';
      ctx.fillText(line.label, chartArea.right - LABEL_PAD, line.y - 2);
    }
    ctx.restore();
  },
};

/** Paints the card's colour behind the chart, so a saved PNG reads in any image viewer. */
export const backgroundPlugin: Plugin<'line', { color?: string }> = {
  id: 'tendBackground',
  beforeDraw(chart, _args, options) {
    if (!options.color) return;
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

