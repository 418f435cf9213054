import { parseStoredAssessment } from './stored-assessment';

describe('parseStoredAssessment', () => {
  const valid = {
    id: 'a1',
    instrumentId: 'phq-9',
    instrumentVersion: '1',
    scoringVersion: 1,
    startedAt: '2025-03-01T09:00:00.000Z',
    takenAt: '2025-03-01T09:04:00.000Z',
    answers: { q1: 'not-at-all' },
  };

  it('reads a well-formed record', () => {
    expect(parseStoredAssessment(valid)).toEqual(valid);
  });

  it('keeps a stated sex and drops anything else', () => {
    expect(parseStoredAssessment({ ...valid, sex: 'female' })?.sex).toBe('female');
    expect(parseStoredAssessment({ ...valid, sex: 'other' })).toEqual(valid);
  });

  it('drops answers that are not option ids, keeping the rest', () => {
    expect(parseStoredAssessment({ ...valid, answers: { q1: 'several-days', q2: 3, q3: null, q4: '' } })?.answers).toEqual({
      q1: 'several-days',
    });
  });

  it('falls back to the finish time when the start time is unreadable', () => {
    expect(parseStoredAssessment({ ...valid, startedAt: 'yesterday' })?.startedAt).toBe(valid.takenAt);
  });

  const malformed: [string, unknown][] = [
    ['null', null],
    ['a string', 'phq-9'],
    ['an array', [valid]],
    ['no id', { ...valid, id: undefined }],
    ['an unknown instrument', { ...valid, instrumentId: 'mbi' }],
    ['a bad finish time', { ...valid, takenAt: 'not a date' }],
    ['answers that are not an object', { ...valid, answers: ['not-at-all'] }],
    ['a missing scoring version', { ...valid, scoringVersion: '1' }],
  ];
  for (const [what, value] of malformed) {
    it(`rejects ${what}`, () => expect(parseStoredAssessment(value)).toBeNull());
  }
});
