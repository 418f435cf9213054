import { parseAssessmentDraft, withAnswer } from './assessment-draft';

describe('assessment drafts', () => {
  const change = {
    instrumentId: 'who-5',
    instrumentVersion: '1',
    itemId: 'q1',
    optionId: 'most',
    at: '2025-03-01T09:01:00.000Z',
    startedAt: '2025-03-01T09:00:00.000Z',
  };

  it('starts a draft with the first answer', () => {
    expect(withAnswer(undefined, change)).toEqual({
      instrumentId: 'who-5',
      instrumentVersion: '1',
      startedAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:01:00.000Z',
      answers: { q1: 'most' },
    });
  });

  it('keeps the start time and earlier answers, and replaces a changed answer', () => {
    const first = withAnswer(undefined, change);
    const second = withAnswer(first, { ...change, itemId: 'q2', optionId: 'all', at: 'T2', startedAt: 'later' });
    const changed = withAnswer(second, { ...change, optionId: 'none', at: 'T3', startedAt: 'later' });
    expect(changed.startedAt).toBe(change.startedAt);
    expect(changed.updatedAt).toBe('T3');
    expect(changed.answers).toEqual({ q1: 'none', q2: 'all' });
  });

  it('reads a stored draft and rejects malformed ones', () => {
    const stored = withAnswer(undefined, change);
    expect(parseAssessmentDraft(stored)).toEqual(stored);
    expect(parseAssessmentDraft({ ...stored, updatedAt: 7 })?.updatedAt).toBe(stored.startedAt);
    expect(parseAssessmentDraft(null)).toBeNull();
    expect(parseAssessmentDraft({ ...stored, instrumentId: 'unknown' })).toBeNull();
    expect(parseAssessmentDraft({ ...stored, startedAt: '' })).toBeNull();
    expect(parseAssessmentDraft({ ...stored, answers: 'q1=most' })).toBeNull();
  });
});
