import { assessmentSeries, bandFor, meaningfulChanges, ScoreBand } from './assessment-series';

// WHO-5 percentage scores (raw × 4), given out of order.
const WHO5 = [
  { takenAt: '2026-03-02T09:00:00Z', value: 48 },
  { takenAt: '2026-01-05T09:00:00Z', value: 40 },
  { takenAt: 'last Tuesday', value: 60 },
  { takenAt: '2026-02-02T09:00:00Z', value: 52 },
  { takenAt: '2026-03-30T09:00:00Z', value: 68 },
  { takenAt: '2026-04-27T09:00:00Z', value: 58 },
];

describe('assessmentSeries', () => {
  it('orders scores in time and drops unreadable ones', () => {
    const points = assessmentSeries(WHO5, undefined, 'UTC');
    expect(points.map((p) => [p.day, p.value])).toEqual([
      ['2026-01-05', 40],
      ['2026-02-02', 52],
      ['2026-03-02', 48],
      ['2026-03-30', 68],
      ['2026-04-27', 58],
    ]);
    expect(points[0]?.time).toBe(Date.UTC(2026, 0, 5, 9));
  });

  it('places a score on the local day it was taken and filters by window', () => {
    const late = [{ takenAt: '2026-01-05T23:30:00Z', value: 40 }];
    expect(assessmentSeries(late, undefined, 'America/New_York')[0]?.day).toBe('2026-01-05');
    expect(assessmentSeries(late, undefined, 'Asia/Tokyo')[0]?.day).toBe('2026-01-06');
    const march = assessmentSeries(WHO5, { start: '2026-03-01', end: '2026-03-31' }, 'UTC');
    expect(march.map((p) => p.value)).toEqual([48, 68]);
  });
});

describe('meaningfulChanges', () => {
  it('marks consecutive changes of at least the threshold, both ways', () => {
    const points = assessmentSeries(WHO5, undefined, 'UTC');
    // 40 → 52: +12 ✓; 52 → 48: −4 ✗; 48 → 68: +20 ✓; 68 → 58: −10 ✓ (exactly the threshold).
    expect(meaningfulChanges(points, 10).map((c) => [c.from.value, c.to.value, c.delta, c.direction])).toEqual([
      [40, 52, 12, 'up'],
      [48, 68, 20, 'up'],
      [68, 58, -10, 'down'],
    ]);
  });

  it('does not lose an exact threshold to floating point', () => {
    // In binary, 0.7 − 0.4 = 0.29999999999999993; it must still count as a change of 0.3.
    const points = assessmentSeries([
      { takenAt: '2026-01-01T00:00:00Z', value: 0.4 },
      { takenAt: '2026-02-01T00:00:00Z', value: 0.7 },
    ], undefined, 'UTC');
    expect(meaningfulChanges(points, 0.3).length).toBe(1);
  });
});

describe('bandFor', () => {
  const bands: ScoreBand[] = [
    { label: 'Low', min: 0, max: 50 },
    { label: 'Not low', min: 52, max: 100 },
  ];
  it('finds the band holding a score, ends included', () => {
    expect(bandFor(50, bands)?.label).toBe('Low');
    expect(bandFor(52, bands)?.label).toBe('Not low');
    expect(bandFor(101, bands)).toBeNull();
  });
});
