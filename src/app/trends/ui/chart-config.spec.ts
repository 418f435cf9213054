import { aChartView } from '../testing/chart-view-fixture';
import { chartData, chartOptions } from './chart-config';
import { ChartPalette } from './chart-theme';

describe('chart configuration', () => {
  const palette: ChartPalette = {
    line: 'rgb(0, 106, 106)',
    accent: 'rgb(139, 80, 0)',
    text: 'rgb(25, 28, 28)',
    muted: 'rgb(63, 73, 73)',
    grid: 'rgb(190, 200, 200)',
    surface: 'rgb(240, 245, 244)',
    bands: ['rgb(200, 230, 230)', 'rgb(220, 228, 227)'],
    cutOff: 'rgb(111, 121, 121)',
  };

  it('turns animation off when reduced motion is asked for, and never animates the data', () => {
    const reduced = chartOptions(aChartView(), palette, true);
    expect(reduced.animation).toBeFalse();
    const normal = chartOptions(aChartView(), palette, false);
    expect(normal.animation).toEqual({ duration: 0 });
    expect(normal.transitions?.['active']?.animation?.duration).toBeGreaterThan(0);
  });

  it('labels both axes with the view’s titles and keeps ratings on their 1–5 scale', () => {
    const options = chartOptions(aChartView(), palette, false);
    const scales = options.scales as Record<string, { title: { text: string }; min?: number; max?: number }>;
    expect(scales['x'].title.text).toBe('Day');
    expect(scales['y'].title.text).toBe('Mood (rating 1–5)');
    expect([scales['y'].min, scales['y'].max]).toEqual([1, 5]);
  });

  it('puts scores on a time axis at the days they were taken', () => {
    const view = aChartView({ x: [20000, 20031], xRange: { min: 19990, max: 20040 }, series: [{ label: 'WHO-5', style: 'points', values: [60, 44] }] });
    expect(chartData(view, palette).datasets[0].data).toEqual([
      { x: 20000, y: 60 },
      { x: 20031, y: 44 },
    ]);
    const x = (chartOptions(view, palette, false).scales as Record<string, { type: string; min: number; max: number }>)['x'];
    expect([x.type, x.min, x.max]).toEqual(['linear', 19990, 20040]);
  });

  it('colours lines from the theme and paints the card colour behind a saved image', () => {
    const [main, rolling] = chartData(aChartView(), palette).datasets;
    expect(main.borderColor).toBe(palette.line);
    expect(rolling.borderColor).toBe(palette.accent);
    expect(chartOptions(aChartView(), palette, false).plugins?.tendBackground?.color).toBe(palette.surface);
  });
});
