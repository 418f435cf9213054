import { assessmentSeries, ScoreBand } from './assessment-series';
import { describeScale, scaleTable } from './scale-summary';

const points = assessmentSeries(
  [
    { takenAt: '2026-01-05T09:00:00Z', value: 40 },
    { takenAt: '2026-02-02T09:00:00Z', value: 52 },
    { takenAt: '2026-03-02T09:00:00Z', value: 48 },
    { takenAt: '2026-03-30T09:00:00Z', value: 68 },
    { takenAt: '2026-04-27T09:00:00Z', value: 58 },
  ],
  undefined,
  'UTC',
);
const BANDS: ScoreBand[] = [
  { label: 'Low', min: 0, max: 50 },
  { label: 'Not low', min: 52, max: 100 },
];

describe('describeScale', () => {
  it('summarises scores, the latest one and meaningful changes', () => {
    // 40 + 52 + 48 + 68 + 58 = 266, / 5 = 53.2. Changes +12, −4, +20, −10: three reach 10.
    expect(describeScale(points, { subject: 'WHO-5 well-being score', period: 'all time', meaningfulChange: 10 })).toBe(
      'WHO-5 well-being score over all time: 5 assessments, average 53.2, lowest 40, highest 68; ' +
        'too few to show a trend. Latest 58 on 27 Apr 2026. ' +
        '3 changes between consecutive assessments met the meaningful change of 10 points.',
    );
  });

  it('leaves out what does not apply', () => {
    expect(describeScale([], { subject: 'PSS-10', period: 'the last 90 days' })).toBe(
      'PSS-10 over the last 90 days: no assessments.',
    );
    expect(describeScale(points.slice(1, 3), { subject: 'WHO-5', period: 'all time', meaningfulChange: 10 })).toBe(
      // (52 + 48) / 2 = 50; 52 → 48 is 4 points.
      'WHO-5 over all time: 2 assessments, average 50, lowest 48, highest 52; too few to show a trend. ' +
        'Latest 48 on 2 Mar 2026. No changes between consecutive assessments met the meaningful change of 10 points.',
    );
  });
});

describe('scaleTable', () => {
  it('lists date, score, band and change, flagging meaningful ones', () => {
    const table = scaleTable('WHO-5 well-being score over all time', points, BANDS, 10);
    expect(table.columns).toEqual(['Date', 'Score', 'Band', 'Change']);
    expect(table.rows).toEqual([
      ['5 Jan 2026', '40', 'Low', '—'],
      ['2 Feb 2026', '52', 'Not low', '+12 (meaningful change)'],
      ['2 Mar 2026', '48', 'Low', '−4'],
      ['30 Mar 2026', '68', 'Not low', '+20 (meaningful change)'],
      ['27 Apr 2026', '58', 'Not low', '−10 (meaningful change)'],
    ]);
  });

  it('drops the band column for scales without bands', () => {
    const table = scaleTable('Scores', points.slice(0, 2));
    expect(table.columns).toEqual(['Date', 'Score', 'Change']);
    expect(table.rows[1]).toEqual(['2 Feb 2026', '52', '+12']);
  });
});
