import { bandCutOffs, ScaleHistory, scaleChartView } from './scale-chart-view';

describe('scale charts', () => {
  const who5: ScaleHistory = {
    id: 'who-5-percentage',
    subject: 'WHO-5 well-being score',
    range: { min: 0, max: 100 },
    bands: [
      { label: 'Very low well-being', min: 0, max: 28 },
      { label: 'Poor well-being', min: 28, max: 50 },
      { label: 'Above the cut-off', min: 50, max: 100 },
    ],
    cutOffs: [{ value: 50, label: '> 50' }],
    meaningfulChange: 10,
    scores: [
      { takenAt: '2026-03-20T12:00:00Z', value: 44 },
      { takenAt: '2026-01-10T12:00:00Z', value: 60 },
      { takenAt: '2026-02-10T12:00:00Z', value: 56 },
      { takenAt: '2025-06-01T12:00:00Z', value: 80 },
    ],
  };

  it('draws the scores in the range on a time axis, with bands and cut-off', () => {
    const view = scaleChartView(who5, '90d', '2026-03-31', 'UTC');
    expect(view.series[0].values).toEqual([60, 56, 44]);
    expect(view.x?.length).toBe(3);
    expect(view.x![1] - view.x![0]).toBe(31);
    expect(view.xRange!.max - view.xRange!.min).toBe(89);
    expect(view.y).toEqual({ min: 0, max: 100, step: null });
    expect(view.bands.length).toBe(3);
    expect(view.cutOffs).toEqual([{ value: 50, label: '> 50' }]);
    expect(view.yTitle).toBe('Score (0–100)');
    expect(view.title).toBe('WHO-5 well-being score over the last 90 days');
  });

  it('marks the results whose change from the one before meets the meaningful change', () => {
    const view = scaleChartView(who5, '90d', '2026-03-31', 'UTC');
    expect(view.series[1].style).toBe('markers');
    expect(view.series[1].label).toBe('Meaningful change (10 points or more)');
    expect(view.series[1].values).toEqual([null, null, 44]);
    expect(view.table.rows.map((row) => row[row.length - 1])).toEqual(['—', '−4', '−12 (meaningful change)']);
    expect(view.summary).toContain('1 change between consecutive assessments met the meaningful change of 10 points');
  });

  it('starts "all time" at the first result', () => {
    const view = scaleChartView(who5, 'all', '2026-03-31', 'UTC');
    expect(view.series[0].values).toEqual([80, 60, 56, 44]);
    expect(view.xRange!.min).toBe(view.x![0]);
  });

  it('gives "all time" with a single result a week of axis ending today, the result on it', () => {
    const one = { ...who5, scores: [{ takenAt: '2026-03-31T08:00:00Z', value: 44 }] };
    const view = scaleChartView(one, 'all', '2026-03-31', 'UTC');
    expect(view.series[0].values).toEqual([44]);
    expect(view.xRange).toEqual({ min: view.x![0] - 6, max: view.x![0] });
  });

  it('has no markers for a scale without a published meaningful change', () => {
    const view = scaleChartView({ ...who5, meaningfulChange: null }, 'all', '2026-03-31', 'UTC');
    expect(view.series.length).toBe(1);
  });

  it('names cut-offs by where the upper band starts, at the edge the bands share', () => {
    expect(
      bandCutOffs([
        { label: 'Mild', min: 5, max: 9 },
        { label: 'Minimal', min: 0, max: 4 },
        { label: 'Moderate', min: 10, max: 14 },
      ]),
    ).toEqual([
      { value: 4.5, label: '≥ 5' },
      { value: 9.5, label: '≥ 10' },
    ]);
    expect(bandCutOffs([{ label: 'Poor', min: 28, max: 50 }, { label: 'Fine', min: 50, max: 100, minExclusive: true }])).toEqual([
      { value: 50, label: '> 50' },
    ]);
  });
});
