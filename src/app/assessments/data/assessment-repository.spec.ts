import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TendDatabase } from '../../core/db/tend-database';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { StoredAssessment } from '../domain';
import { AssessmentDraftRepository } from './assessment-draft-repository';
import { AssessmentRepository } from './assessment-repository';

function assessment(id: string, instrumentId: string, takenAt: string): StoredAssessment {
  return { id, instrumentId, instrumentVersion: '1', scoringVersion: 1, startedAt: takenAt, takenAt, answers: { q1: 'most' } };
}

describe('AssessmentRepository', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }),
  );
  afterEach(() => dropTestDatabase());

  const raw = async () => (await TestBed.inject(TendDatabase).connection());

  it('stores results with plain index fields and reads them back', async () => {
    const repository = TestBed.inject(AssessmentRepository);
    const a = assessment('a1', 'who-5', '2025-03-01T09:00:00.000Z');
    await repository.put(a);
    const stored = await (await raw()).get('assessments', 'a1');
    expect(stored.instrumentId).toBe('who-5');
    expect(stored.takenAt).toBe('2025-03-01T09:00:00.000Z');
    expect(await repository.loadAll()).toEqual({ items: [a], skipped: 0 });
  });

  it('lists one instrument through its index, oldest first', async () => {
    const repository = TestBed.inject(AssessmentRepository);
    await repository.putMany([
      assessment('late', 'who-5', '2025-03-09T09:00:00.000Z'),
      assessment('phq', 'phq-9', '2025-03-05T09:00:00.000Z'),
      assessment('early', 'who-5', '2025-03-01T09:00:00.000Z'),
    ]);
    expect((await repository.forInstrument('who-5')).map((a) => a.id)).toEqual(['early', 'late']);
  });

  it('skips malformed records instead of failing, and counts them', async () => {
    const repository = TestBed.inject(AssessmentRepository);
    await repository.put(assessment('good', 'who-5', '2025-03-01T09:00:00.000Z'));
    const db = await raw();
    await db.put('assessments', { k: 'bad1', v: 'not an assessment', instrumentId: 'who-5', takenAt: 'x' });
    await db.put('assessments', { k: 'bad2', v: { ...assessment('bad2', 'mbi', '2025-03-01T09:00:00.000Z') } });
    await db.put('assessments', { k: 'bad3', v: null });
    const loaded = await repository.loadAll();
    expect(loaded.items.map((a) => a.id)).toEqual(['good']);
    expect(loaded.skipped).toBe(3);
  });

  it('saves a completed assessment and removes its draft in one transaction', async () => {
    const repository = TestBed.inject(AssessmentRepository);
    const drafts = TestBed.inject(AssessmentDraftRepository);
    await drafts.put({ instrumentId: 'who-5', instrumentVersion: '1', startedAt: 'T', updatedAt: 'T', answers: {} });
    await repository.saveCompleted(assessment('a1', 'who-5', '2025-03-01T09:00:00.000Z'));
    expect(await drafts.get('assessment:who-5')).toBeUndefined();
    expect(await repository.get('a1')).toBeDefined();
  });

  it('keeps the draft when saving the result fails', async () => {
    const repository = TestBed.inject(AssessmentRepository);
    const drafts = TestBed.inject(AssessmentDraftRepository);
    const draft = { instrumentId: 'who-5', instrumentVersion: '1', startedAt: 'T', updatedAt: 'T', answers: {} };
    await drafts.put(draft);
    // An id IndexedDB cannot use as a key makes the put throw inside the transaction.
    const broken = { ...assessment('x', 'who-5', '2025-03-01T09:00:00.000Z'), id: null as unknown as string };
    await expectAsync(repository.saveCompleted(broken)).toBeRejected();
    expect(await drafts.get('assessment:who-5')).toEqual(draft);
  });
});
