import { FindInstrument, InstrumentLike, scaleHistories, ScoreInstrument, StoredResultLike } from './scale-histories';

describe('scaleHistories', () => {
  // A two-item instrument scored as the sum of its answers' numbers, like a tiny PHQ.
  const instrument: InstrumentLike = {
    id: 'demo',
    scales: [
      {
        id: 'total',
        label: 'Demo total',
        role: 'primary',
        range: { min: 0, max: 10 },
        banding: {
          bands: [
            { label: 'Low', min: 0, max: 4 },
            { label: 'High', min: 5, max: 10 },
          ],
        },
      },
      { id: 'first', label: 'Item 1 alone', role: 'derived', range: { min: 0, max: 5 }, banding: null },
      {
        id: 'drinks',
        label: 'By sex',
        role: 'primary',
        range: { min: 0, max: 10 },
        banding: null,
        bandingBySex: {
          female: { bands: [{ label: 'Lower risk', min: 0, max: 2 }, { label: 'Higher risk', min: 3, max: 10 }] },
          male: { bands: [{ label: 'Lower risk', min: 0, max: 3 }, { label: 'Higher risk', min: 4, max: 10 }] },
        },
      },
    ],
    changeRules: [{ scaleId: 'total', minimumChange: 3 }],
  };
  const find: FindInstrument<InstrumentLike> = (id) => (id === 'demo' ? instrument : undefined);
  const score: ScoreInstrument<InstrumentLike> = (_instrument, answers) => {
    const values = Object.values(answers).map(Number);
    if (values.some(Number.isNaN)) return { status: 'incomplete' };
    const total = values.reduce((a, b) => a + b, 0);
    return { status: 'scored', scales: [{ scaleId: 'total', score: total }, { scaleId: 'first', score: values[0] }, { scaleId: 'drinks', score: total }] };
  };
  const result = (takenAt: string, a: string, b: string, sex?: 'female' | 'male'): StoredResultLike => ({
    instrumentId: 'demo',
    takenAt,
    answers: { q1: a, q2: b },
    ...(sex ? { sex } : {}),
  });

  it('recomputes every primary scale from the stored answers, oldest first', () => {
    const histories = scaleHistories(
      [result('2026-03-01T10:00:00Z', '4', '4'), result('2026-01-01T10:00:00Z', '1', '2'), result('2026-02-01T10:00:00Z', 'x', '1')],
      find,
      score,
    );
    expect(histories.map((h) => h.id)).toEqual(['demo-total', 'demo-drinks']);
    const total = histories[0];
    expect(total.scores).toEqual([
      { takenAt: '2026-01-01T10:00:00Z', value: 3 },
      { takenAt: '2026-03-01T10:00:00Z', value: 8 },
    ]);
    expect(total.subject).toBe('Demo total');
    expect(total.bands.map((b) => b.label)).toEqual(['Low', 'High']);
    expect(total.cutOffs).toEqual([{ value: 4.5, label: '≥ 5' }]);
    expect(total.meaningfulChange).toBe(3);
    expect(histories[1].meaningfulChange).toBeNull();
  });

  it('shades sex-specific bands only for the sex last stated', () => {
    const unstated = scaleHistories([result('2026-01-01T10:00:00Z', '1', '1')], find, score);
    expect(unstated[1].bands).toEqual([]);
    const stated = scaleHistories([result('2026-01-01T10:00:00Z', '1', '1', 'male')], find, score);
    expect(stated[1].cutOffs).toEqual([{ value: 3.5, label: '≥ 4' }]);
  });

  it('leaves out instruments it does not know', () => {
    expect(scaleHistories([{ ...result('2026-01-01T10:00:00Z', '1', '1'), instrumentId: 'gone' }], find, score)).toEqual([]);
  });
});
