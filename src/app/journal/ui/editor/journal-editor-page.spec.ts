import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { draftFromEntry, emptyJournalDraft, JournalDraft } from '../../domain/journal-draft';
import { JournalEntry } from '../../domain/journal-entry';
import { JournalDbActions } from '../../state/journal-db.actions';
import { JournalEditorActions } from '../../state/journal-editor.actions';
import { JournalElsewhereActions } from '../../state/journal-elsewhere.actions';
import { journalEntry, journalStateAfter, rootStateWith } from '../../testing/journal-fixtures';
import { LeaveDialog } from '../parts/leave-dialog';
import JournalEditorPage from './journal-editor-page';
import { leaveEditorGuard } from './leave-editor.guard';

describe('JournalEditorPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const opened = JournalEditorActions.opened({ entryId: null, promptId: 'gratitude-01' });
  const loaded = (draft: JournalDraft, restoredFrom: string | null = null) =>
    JournalDbActions.editorLoadSucceeded({ entry: null, draft, restoredFrom, draftKey: 'journal:new:x' });
  const typed = (text: string): JournalDraft => ({ ...emptyJournalDraft('gratitude-01'), text });

  async function render(...actions: Action[]): Promise<ComponentFixture<JournalEditorPage>> {
    store.setState(rootStateWith(journalStateAfter(...actions)));
    const fixture = TestBed.createComponent(JournalEditorPage);
    fixture.componentRef.setInput('prompt', 'gratitude-01');
    await fixture.whenStable();
    return fixture;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore({ initialState: rootStateWith(journalStateAfter()) })],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
  });

  it('opens the editor for a new entry answering the chosen prompt, and shows the prompt', async () => {
    const fixture = await render(opened, loaded(emptyJournalDraft('gratitude-01')));
    expect(dispatch).toHaveBeenCalledWith(opened);
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('blockquote')?.textContent).toContain('made your work easier');
    expect(host.querySelector('textarea')?.getAttribute('aria-describedby')).toContain('entry-prompt');
  });

  it('sends every change of the text to the store, where autosave picks it up', async () => {
    const fixture = await render(opened, loaded(emptyJournalDraft('gratitude-01')));
    const text: HTMLTextAreaElement = fixture.nativeElement.querySelector('textarea');
    text.value = 'The charge nurse';
    text.dispatchEvent(new Event('input'));
    expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.draftChanged({ draft: typed('The charge nurse') }));
  });

  it('says when it restored an unsaved draft, and can discard it', async () => {
    const fixture = await render(opened, loaded(typed('Half a sent'), '2026-03-08T14:02:00.000Z'));
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('textarea')?.value).toBe('Half a sent');
    expect(host.querySelector('[role=status]')?.textContent).toContain('Restored your unsaved draft from');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Discard draft'))!.click();
    expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.discardClicked());
  });

  it('links a problem to the text field and shows nothing was stored', async () => {
    const fixture = await render(opened, loaded(emptyJournalDraft()), JournalEditorActions.saveClicked());
    const host: HTMLElement = fixture.nativeElement;
    const text = host.querySelector('textarea')!;
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(text.getAttribute('aria-describedby')).toContain('entry-error');
    expect(host.querySelector('#entry-error')?.textContent).toContain('Write something or choose a mood');
  });

  it('saves from the form', async () => {
    const fixture = await render(opened, loaded(typed('Tired')));
    fixture.nativeElement.querySelector('form').dispatchEvent(new Event('submit'));
    expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.saveClicked());
  });

  it('tells the store when it closes, so a pending draft is written at once', async () => {
    const fixture = await render(opened, loaded(typed('Tired')));
    fixture.destroy();
    expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.closed());
  });

  it('puts a space between the draft hint and the character count', async () => {
    const fixture = await render(opened, loaded(typed('a'.repeat(190_000))));
    const hint: HTMLElement = fixture.nativeElement.querySelector('#entry-hint');
    expect(hint.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Kept as a draft on this device as you type, until you save. 190,000 of 200,000 characters.',
    );
  });

  describe('another tab', () => {
    const stored = journalEntry({ text: 'Night shift.' });
    const theirs = journalEntry({ text: 'Night shift.\nLine from A.', updatedAt: '2026-03-08T13:00:00.000Z' });
    const editing = [
      JournalEditorActions.opened({ entryId: 'e1', promptId: null }),
      JournalDbActions.editorLoadSucceeded({ entry: stored, draft: draftFromEntry(stored), restoredFrom: null, draftKey: 'journal:e1:x' }),
      JournalEditorActions.draftChanged({ draft: { ...draftFromEntry(stored), text: 'Night shift.\nLine from B.' } }),
    ];
    const conflict = (found: JournalEntry | null) => [...editing, JournalEditorActions.saveClicked(), JournalDbActions.entrySaveConflicted({ theirs: found })];
    const buttons = (host: HTMLElement) => [...host.querySelectorAll('tend-save-conflict button')].map((b) => b.textContent?.trim());

    it('says the entry changed there and that the edits here are kept', async () => {
      const fixture = await render(...editing, JournalElsewhereActions.entriesChanged({ entries: [theirs], removedIds: [] }));
      const host: HTMLElement = fixture.nativeElement;
      expect(host.querySelector('[role=status]')?.textContent).toContain('This entry changed in another tab. Your edits here are kept');
      expect(host.querySelector('textarea')?.value).toBe('Night shift.\nLine from B.');
    });

    it('asks what to keep when a save found their version, with focus on the question and their text shown', async () => {
      const fixture = await render(...conflict(theirs));
      await fixture.whenStable();
      const host: HTMLElement = fixture.nativeElement;
      const panel = host.querySelector<HTMLElement>('tend-save-conflict section')!;
      expect(document.activeElement).toBe(panel);
      expect(panel.getAttribute('aria-labelledby')).toBe('conflict-title');
      expect(host.querySelector('#conflict-title')?.textContent).toBe('This entry changed in another tab');
      expect(host.querySelector('#conflict-body')?.textContent).toContain('They stay in the draft until you choose.');
      expect(host.querySelector('tend-save-conflict .theirs')?.textContent).toBe('Night shift.\nLine from A.');
      expect(buttons(host)).toEqual(['Keep mine', 'Keep theirs', 'Keep both']);
      host.querySelector<HTMLButtonElement>('tend-save-conflict li:nth-child(3) button')!.click();
      expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.saveConflictResolved({ keep: 'both' }));
    });

    it('Save, while the choice is pending, goes to the choice', async () => {
      const fixture = await render(...conflict(theirs));
      const host: HTMLElement = fixture.nativeElement;
      host.querySelector<HTMLTextAreaElement>('textarea')!.focus();
      dispatch.calls.reset();
      host.querySelector('form')!.dispatchEvent(new Event('submit'));
      expect(dispatch).not.toHaveBeenCalled();
      expect(document.activeElement).toBe(host.querySelector('tend-save-conflict section'));
    });

    it('Keep theirs opens their version', async () => {
      const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
      const fixture = await render(...conflict(theirs));
      fixture.nativeElement.querySelector('tend-save-conflict li:nth-child(2) button').click();
      expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.saveConflictResolved({ keep: 'theirs' }));
      expect(navigate).toHaveBeenCalledWith(['/journal', 'e1']);
    });

    it('offers to save an entry deleted there again, or to let it go', async () => {
      const fixture = await render(...conflict(null));
      const host: HTMLElement = fixture.nativeElement;
      expect(host.querySelector('#conflict-title')?.textContent).toBe('This entry was deleted in another tab');
      expect(buttons(host)).toEqual(['Save mine again', 'Discard mine']);
    });
  });

  describe('leaving (canDeactivate)', () => {
    const runGuard = (page: JournalEditorPage) =>
      TestBed.runInInjectionContext(() => leaveEditorGuard(page, null!, null!, null!)) as Promise<boolean>;

    it('lets go at once when nothing is unsaved', async () => {
      const ask = spyOn(LeaveDialog.prototype, 'ask');
      const fixture = await render(opened, loaded(emptyJournalDraft('gratitude-01')));
      expect(await runGuard(fixture.componentInstance)).toBeTrue();
      expect(ask).not.toHaveBeenCalled();
    });

    it('stays when the user keeps editing', async () => {
      spyOn(LeaveDialog.prototype, 'ask').and.resolveTo('keep');
      const fixture = await render(opened, loaded(typed('Tired')));
      expect(await runGuard(fixture.componentInstance)).toBeFalse();
    });

    it('discards the draft and leaves', async () => {
      spyOn(LeaveDialog.prototype, 'ask').and.resolveTo('discard');
      const fixture = await render(opened, loaded(typed('Tired')));
      expect(await runGuard(fixture.componentInstance)).toBeTrue();
      expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.discardClicked());
    });

    it('saves, and leaves only once the save succeeded', async () => {
      spyOn(LeaveDialog.prototype, 'ask').and.resolveTo('save');
      const actions = [opened, loaded(typed('Tired')), JournalEditorActions.saveClicked()];
      const fixture = await render(...actions);
      let left: boolean | undefined;
      const decision = runGuard(fixture.componentInstance).then((answer) => (left = answer));
      await fixture.whenStable();
      expect(left).toBeUndefined();
      store.setState(rootStateWith(journalStateAfter(...actions, JournalDbActions.entrySaveSucceeded({ entry: {
        id: 'n1', createdAt: 't', updatedAt: 't', mood: null, tagIds: [], promptId: 'gratitude-01', text: 'Tired',
      } }))));
      await decision;
      expect(left).toBeTrue();
      expect(dispatch).toHaveBeenCalledWith(JournalEditorActions.saveClicked());
    });

    it('stays when saving is refused, with the problem shown', async () => {
      spyOn(LeaveDialog.prototype, 'ask').and.resolveTo('save');
      const tooLong = typed('a'.repeat(200_001));
      const fixture = await render(opened, loaded(tooLong), JournalEditorActions.saveClicked());
      expect(await runGuard(fixture.componentInstance)).toBeFalse();
      await fixture.whenStable();
      expect(fixture.nativeElement.querySelector('#entry-error').textContent).toContain('200,000');
    });
  });
});
