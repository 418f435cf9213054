import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TendDatabase } from '../../core/db/tend-database';
import { dropTestDatabase, provideTestDatabase } from '../../core/db/testing';
import { AssessmentDraft } from '../domain';
import { AssessmentDraftRepository, draftKey } from './assessment-draft-repository';
import { AssessmentPreferencesRepository } from './assessment-preferences-repository';

const draft = (instrumentId: string): AssessmentDraft => ({
  instrumentId,
  instrumentVersion: '1',
  startedAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:01:00.000Z',
  answers: { q1: 'several-days' },
});

describe('AssessmentDraftRepository and AssessmentPreferencesRepository', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideTestDatabase()] }),
  );
  afterEach(() => dropTestDatabase());

  it('keys drafts by instrument in the shared drafts store', async () => {
    const drafts = TestBed.inject(AssessmentDraftRepository);
    await drafts.put(draft('phq-9'));
    expect(draftKey('phq-9')).toBe('assessment:phq-9');
    expect(await drafts.get('assessment:phq-9')).toEqual(draft('phq-9'));
  });

  it('loads only assessment drafts, skipping preferences, other features and malformed drafts', async () => {
    const drafts = TestBed.inject(AssessmentDraftRepository);
    await drafts.putMany([draft('phq-9'), draft('who-5')]);
    await TestBed.inject(AssessmentPreferencesRepository).put({ profession: 'nurse', sex: null, reminders: {} });
    const db = await TestBed.inject(TendDatabase).connection();
    await db.put('drafts', { k: 'journal:new', v: { text: 'not mine' } });
    await db.put('drafts', { k: 'assessment:gad-7', v: { instrumentId: 'gad-7', answers: 'broken' } });
    await db.put('drafts', { k: 'assessment:cbi', v: draft('who-5') });
    const loaded = await drafts.loadAll();
    expect(loaded.items.map((d) => d.instrumentId).sort()).toEqual(['phq-9', 'who-5']);
    expect(loaded.skipped).toBe(2);
  });

  it('remembers preferences and defaults what it cannot read', async () => {
    const preferences = TestBed.inject(AssessmentPreferencesRepository);
    expect(await preferences.load()).toEqual({ profession: '', sex: null, reminders: {} });
    await preferences.put({ profession: 'pharmacist', sex: 'female', reminders: { 'phq-9': 'monthly' } });
    expect(await preferences.load()).toEqual({ profession: 'pharmacist', sex: 'female', reminders: { 'phq-9': 'monthly' } });
    const db = await TestBed.inject(TendDatabase).connection();
    await db.put('drafts', { k: 'assessment:preferences', v: { profession: ['x'], reminders: { 'who-5': 'daily' } } });
    expect(await preferences.load()).toEqual({ profession: '', sex: null, reminders: {} });
  });
});
