import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { filter, firstValueFrom, of, Subject } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { DaylioImportStore } from '../data/daylio-import-store';
import { NOT_DAYLIO_MESSAGE } from '../domain/daylio/daylio-file';
import { DaylioImportPreview, previewDaylioImport } from '../domain/daylio/daylio-import';
import { sampleCheckIn } from '../../check-in/testing/check-in-state';
import { journalEntry, journalStateAfter, rootStateWith } from '../testing/journal-fixtures';
import { DaylioImportActions, DaylioPreviewActions } from './daylio-import.actions';
import { DaylioImportDbActions } from './daylio-import-db.actions';
import { DaylioImportEffects } from './daylio-import.effects';
import { DaylioPreviewer, DaylioPreviewMessage } from './daylio-previewer';

const CSV = 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-03-02,March 2,Monday,21:14,zen,work,,Calm.\n';

describe('DaylioImportEffects', () => {
  let actions$: Subject<Action>;
  let importStore: jasmine.SpyObj<DaylioImportStore>;
  let previewer: jasmine.SpyObj<DaylioPreviewer>;

  function setUp(...stateActions: Action[]): DaylioImportEffects {
    actions$ = new Subject();
    importStore = jasmine.createSpyObj<DaylioImportStore>('DaylioImportStore', ['existing', 'commit']);
    importStore.existing.and.resolveTo({ checkIns: [], journalEntries: [], tags: [] });
    // The worker's part, run here: half-way progress, then the domain's preview.
    previewer = jasmine.createSpyObj<DaylioPreviewer>('DaylioPreviewer', ['preview']);
    previewer.preview.and.callFake(({ text, existing, options }) =>
      of<DaylioPreviewMessage[]>({ kind: 'progress', fraction: 0.5 }, { kind: 'done', result: previewDaylioImport(text, existing, options) }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        DaylioImportEffects,
        provideMockActions(() => actions$),
        provideMockStore({ initialState: rootStateWith(journalStateAfter(...stateActions)) }),
        { provide: DaylioImportStore, useValue: importStore },
        { provide: DaylioPreviewer, useValue: previewer },
        { provide: Clock, useValue: { zone: () => 'Europe/Dublin', today: () => '2026-03-02' } },
      ],
    });
    return TestBed.inject(DaylioImportEffects);
  }

  /** The preview's outcome, after its progress. */
  const outcome = (effects: DaylioImportEffects) =>
    firstValueFrom(effects.preview$.pipe(filter((action) => action.type !== DaylioPreviewActions.progressed.type)));

  it("previews in a worker, against what is stored, passing on the worker's progress", async () => {
    const effects = setUp(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }));
    const first = firstValueFrom(effects.preview$);
    actions$.next(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }));
    expect(await first).toEqual(DaylioPreviewActions.progressed({ fraction: 0.5 }));
    expect(previewer.preview).toHaveBeenCalledOnceWith({
      text: CSV,
      existing: { checkIns: [], journalEntries: [], tags: [] },
      options: { zone: 'Europe/Dublin', today: '2026-03-02', customMoods: {} },
    });
  });

  it('reports a preview the worker could not make', async () => {
    const effects = setUp(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }));
    previewer.preview.and.returnValue(of<DaylioPreviewMessage[]>({ kind: 'failed', error: 'out of memory' }));
    const result = outcome(effects);
    actions$.next(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }));
    expect(await result).toEqual(DaylioPreviewActions.failed({ error: 'out of memory' }));
  });

  it('previews a file, listing a custom mood to map', async () => {
    const effects = setUp(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }));
    const result = outcome(effects);
    actions$.next(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }));
    const action = (await result) as ReturnType<typeof DaylioPreviewActions.succeeded>;
    expect(action.preview.unknownMoods).toEqual(['zen']);
    expect(action.preview.checkIns).toEqual([]);
  });

  it('previews again with the custom moods chosen', async () => {
    const effects = setUp(
      DaylioImportActions.fileChosen({ fileName: 'd.csv', text: CSV }),
      DaylioImportActions.moodsMapped({ customMoods: { zen: 5 } }),
    );
    const result = outcome(effects);
    actions$.next(DaylioImportActions.moodsMapped({ customMoods: { zen: 5 } }));
    const action = (await result) as ReturnType<typeof DaylioPreviewActions.succeeded>;
    expect(action.preview.checkIns.map((c) => [c.day, c.mood, c.zone])).toEqual([['2026-03-02', 5, 'Europe/Dublin']]);
    expect(action.preview.journalEntries.map((e) => e.text)).toEqual(['Calm.']);
  });

  it("skips a row dated after the clock's today, saying why", async () => {
    const text = `${CSV}2026-03-03,March 3,Tuesday,08:00,good,work,,\n`;
    const effects = setUp(DaylioImportActions.fileChosen({ fileName: 'd.csv', text }));
    const result = outcome(effects);
    actions$.next(DaylioImportActions.fileChosen({ fileName: 'd.csv', text }));
    const action = (await result) as ReturnType<typeof DaylioPreviewActions.succeeded>;
    expect(action.preview.issues.map((i) => i.message)).toContain('Row 3: 2026-03-03 has not come yet (today is 2026-03-02), so the row was skipped.');
    expect(action.preview.checkIns).toEqual([]);
  });

  it('rejects a file that is not a Daylio export with one message', async () => {
    const effects = setUp(DaylioImportActions.fileChosen({ fileName: 'x.csv', text: 'name,amount\nrent,800\n' }));
    const result = outcome(effects);
    actions$.next(DaylioImportActions.fileChosen({ fileName: 'x.csv', text: 'name,amount\nrent,800\n' }));
    expect(await result).toEqual(DaylioPreviewActions.rejected({ error: NOT_DAYLIO_MESSAGE }));
  });

  it('imports the preview in one commit and announces what it stored, or reports that nothing was', async () => {
    const checkIn = sampleCheckIn('2026-03-01');
    const entry = journalEntry();
    const tag = { id: 'w', name: 'walk', archived: false };
    const preview: DaylioImportPreview = {
      checkIns: [checkIn], journalEntries: [entry], newTags: [tag], duplicateDays: [], duplicateEntries: 0, unknownMoods: [], issues: [],
    };
    const effects = setUp(DaylioPreviewActions.succeeded({ preview }));
    importStore.commit.and.resolveTo();
    const done = firstValueFrom(effects.import$);
    actions$.next(DaylioImportActions.importConfirmed());
    expect(await done).toEqual(DaylioImportDbActions.importSucceeded({ checkIns: [checkIn], tags: [tag], entries: [entry] }));
    expect(importStore.commit).toHaveBeenCalledOnceWith(preview);

    importStore.commit.and.rejectWith(new Error('ConstraintError'));
    const failed = firstValueFrom(effects.import$);
    actions$.next(DaylioImportActions.importConfirmed());
    expect(await failed).toEqual(DaylioImportDbActions.importFailed({ error: 'ConstraintError' }));
  });
});
