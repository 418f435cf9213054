import { ChartData, ChartDataset, ChartOptions } from 'chart.js';
import { dateLabel, formatForDisplay } from '../domain';
import { ChartSeries, ChartView } from '../state/chart-view';
import { ChartPalette } from './chart-theme';
import { legendSwatch } from './legend-swatch';

export type LinePoint = number | null | { x: number; y: number | null };

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Many points draw small, so a year of days stays a line rather than a smear of dots. */
function pointRadius(count: number): number {
  return count > 120 ? 1.5 : count > 45 ? 2.5 : 3.5;
}

function dataset(series: ChartSeries, view: ChartView, palette: ChartPalette, hidden: boolean): ChartDataset<'line', LinePoint[]> {
  const data: LinePoint[] = view.x
    ? series.values.map((y, i) => ({ x: view.x?.[i] ?? 0, y }))
    : [...series.values];
  // Points on the top or bottom line of the scale (a 5 of 5) are drawn whole, not cut in half.
  const common = { label: series.label, data, hidden, spanGaps: false, borderWidth: 2, clip: 10 };
  switch (series.style) {
    case 'points': {
      const radius = pointRadius(series.values.length);
      return {
        ...common,
        borderColor: palette.line,
        backgroundColor: palette.line,
        pointStyle: 'circle',
        pointRadius: radius,
        pointHoverRadius: radius + 2,
      };
    }
    case 'dashed':
      return {
        ...common,
        borderColor: palette.accent,
        backgroundColor: palette.accent,
        borderDash: [6, 4],
        pointStyle: 'line',
        pointRadius: 0,
        pointHoverRadius: 0,
      };
    case 'markers':
      return {
        ...common,
        showLine: false,
        borderColor: palette.accent,
        backgroundColor: palette.accent,
        pointStyle: 'triangle',
        pointRadius: 7,
        pointHoverRadius: 9,
      };
  }
}

/** `hidden`: the indexes of the series the person has turned off in the legend. */
export function chartData(
  view: ChartView,
  palette: ChartPalette,
  hidden: ReadonlySet<number> = new Set(),
): ChartData<'line', LinePoint[], string> {
  return {
    labels: view.x ? [] : [...view.tickLabels],
    datasets: view.series.map((series, i) => dataset(series, view, palette, hidden.has(i))),
  };
}

/** The value as the table shows it, with the unit: "6.5 hours". */
function shown(value: number | null, unit: string | null): string {
  const text = formatForDisplay(value);
  return unit && value !== null ? `${text} ${unit}` : text;
}

/**
 * Options with the theme's colours. Data are drawn without animation (a range switch must show
 * at once); hover and tooltip transitions animate unless the person asked for reduced motion,
 * which turns animation off altogether.
 */
export function chartOptions(view: ChartView, palette: ChartPalette, reducedMotion: boolean): ChartOptions<'line'> {
  const axisTitle = (text: string) => ({ display: true, text, color: palette.muted, font: { size: 13 } });
  const ticks = { color: palette.muted, font: { size: 12 } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? false : { duration: 0 },
    transitions: { active: { animation: { duration: reducedMotion ? 0 : 150 } } },
    interaction: { mode: 'nearest', intersect: false, axis: 'x' },
    layout: { padding: { left: 4, right: 8, top: 4 } },
    font: { family: FONT_FAMILY },
    scales: {
      x: view.x
        ? {
            type: 'linear',
            ...(view.xRange ?? {}),
            title: axisTitle(view.xTitle),
            ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 16, callback: (value) => dateLabel(Number(value)) },
            grid: { display: false },
          }
        : {
            type: 'category',
            title: axisTitle(view.xTitle),
            // Labels are all about as long, so measuring a sample of them is enough (and much faster).
            ticks: { ...ticks, maxRotation: 0, autoSkip: true, autoSkipPadding: 16, sampleSize: 12 },
            grid: { display: false },
          },
      y: {
        type: 'linear',
        min: view.y.min,
        ...(view.y.max === null ? {} : { max: view.y.max }),
        title: axisTitle(view.yTitle),
        ticks: { ...ticks, ...(view.y.step === null ? {} : { stepSize: view.y.step }) },
        grid: { color: palette.grid },
        border: { color: palette.muted },
      },
    },
    plugins: {
      // Drawn only into a saved PNG: on the page the card's heading says it.
      title: { display: false, text: view.title, color: palette.text, align: 'start', font: { size: 15, weight: 'bold' } },
      // Drawn only into a saved PNG: on the page the legend is HTML, buttons that show and hide a
      // series by keyboard too.
      legend: {
        display: false,
        position: 'bottom',
        labels: {
          color: palette.text,
          usePointStyle: true,
          // The swatches are 28 × 14 images; these give them the room they take.
          pointStyleWidth: 28,
          boxHeight: 14,
          font: { size: 13 },
          generateLabels: (chart) =>
            view.series.map((series, i) => ({
              text: series.label,
              datasetIndex: i,
              hidden: !chart.isDatasetVisible(i),
              fontColor: palette.text,
              pointStyle: legendSwatch(series.style, series.style === 'points' ? palette.line : palette.accent),
              lineWidth: 0,
            })),
        },
      },
      tooltip: {
        callbacks: {
          title: (items) => {
            const item = items[0];
            if (!item) return '';
            return view.x ? dateLabel(Number(view.x[item.dataIndex])) : (view.labels[item.dataIndex] ?? '');
          },
          label: (item) => `${item.dataset.label}: ${shown(item.parsed.y, view.unit)}`,
        },
      },
      tendBands: {
        bands: view.bands,
        cutOffs: view.cutOffs,
        fills: palette.bands,
        textColor: palette.text,
        lineColor: palette.cutOff,
        font: `12px ${FONT_FAMILY}`,
      },
      tendBackground: { color: palette.surface },
    },
  };
}
