import { ChartView } from '../state/chart-view';

/** Test data only: a small daily mood chart. */
export function aChartView(change: Partial<ChartView> = {}): ChartView {
  return {
    id: 'check-ins',
    fileName: 'tend-mood-7d-2026-03-31',
    title: 'Mood over the last 7 days',
    xTitle: 'Day',
    yTitle: 'Mood (rating 1–5)',
    labels: ['Mon 23 Mar 2026', 'Tue 24 Mar 2026', 'Wed 25 Mar 2026'],
    tickLabels: ['23 Mar', '24 Mar', '25 Mar'],
    x: null,
    xRange: null,
    series: [
      { label: 'Mood', style: 'points', values: [3, null, 4.5] },
      { label: '7-day average', style: 'dashed', values: [3, 3, 3.8] },
    ],
    y: { min: 1, max: 5, step: 1 },
    unit: null,
    bands: [],
    cutOffs: [],
    summary: 'Mood over the last 7 days: 2 check-ins, average 3.8, lowest 3, highest 4.5; too few to show a trend.',
    table: {
      caption: 'Mood over the last 7 days, by day',
      columns: ['Day', 'Mood', '7-day average'],
      rows: [
        ['Mon 23 Mar 2026', '3', '3'],
        ['Tue 24 Mar 2026', '—', '3'],
        ['Wed 25 Mar 2026', '4.5', '3.8'],
      ],
    },
    ...change,
  };
}
