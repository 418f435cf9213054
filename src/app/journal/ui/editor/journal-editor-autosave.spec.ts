import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideState, provideStore } from '@ngrx/store';
import { dropTestDatabase, provideTestDatabase } from '../../../core/db/testing';
import { settingsFeature } from '../../../settings';
import { JournalDraftRepository } from '../../data/journal-draft-repository';
import { AUTOSAVE_DELAY_MS } from '../../state/journal-editor.effects';
import { provideJournalState } from '../../state/provide-journal-state';
import JournalEditorPage from './journal-editor-page';

/** The whole path: typing in the editor, the store, the effects and the real IndexedDB. */
describe('JournalEditorPage autosave (real store and IndexedDB)', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTestDatabase(),
        provideRouter([]),
        provideStore(),
        provideState(settingsFeature),
        provideJournalState(),
      ],
    }),
  );
  afterEach(() => dropTestDatabase());

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function open(): Promise<ComponentFixture<JournalEditorPage>> {
    const fixture = TestBed.createComponent(JournalEditorPage);
    for (let i = 0; i < 50 && !fixture.nativeElement.querySelector('textarea'); i++) {
      await wait(20);
      await fixture.whenStable();
    }
    return fixture;
  }

  it('keeps typed words in the drafts store and restores them when the editor opens again', async () => {
    const first = await open();
    const text: HTMLTextAreaElement = first.nativeElement.querySelector('textarea');
    text.value = 'Mid-sentence, the pager went';
    text.dispatchEvent(new Event('input'));
    await wait(AUTOSAVE_DELAY_MS + 300);
    const kept = await TestBed.inject(JournalDraftRepository).draftsOf(null);
    expect(kept.map((draft) => draft.text)).toEqual(['Mid-sentence, the pager went']);
    expect(kept[0].key).toMatch(/^journal:new:[\w-]+$/);

    // Simulates a reload: the page goes away without a save, and a new one opens.
    first.destroy();
    const second = await open();
    await second.whenStable();
    const host: HTMLElement = second.nativeElement;
    expect(host.querySelector('textarea')?.value).toBe('Mid-sentence, the pager went');
    expect(host.textContent).toContain('Restored your unsaved draft from');
  });
});
