import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { JournalDbActions } from '../../state/journal-db.actions';
import { JournalEntryPageActions } from '../../state/journal-entry-page.actions';
import { journalEntry, journalStateAfter, rootStateWith } from '../../testing/journal-fixtures';
import JournalEntryPage from './journal-entry-page';

describe('JournalEntryPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const text = 'First line\n\n  indented second\n' + 'x'.repeat(100_000);
  const entry = journalEntry({ text, promptId: 'gratitude-01' });
  const loaded = JournalDbActions.loadSucceeded({ entries: [entry] });

  async function render(id: string, ...actions: Action[]) {
    store.setState(rootStateWith(journalStateAfter(...actions)));
    const fixture = TestBed.createComponent(JournalEntryPage);
    fixture.componentRef.setInput('id', id);
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

  it('shows the full text as written, line breaks and spaces kept', async () => {
    const fixture = await render('e1', loaded);
    const body: HTMLElement = fixture.nativeElement.querySelector('.text');
    expect(body.textContent).toBe(text);
    expect(getComputedStyle(body).whiteSpace).toBe('pre-wrap');
    expect(fixture.nativeElement.querySelector('blockquote').textContent).toContain('made your work easier');
  });

  it('says the entry was saved after a save', async () => {
    const fixture = await render('e1', loaded, JournalDbActions.entrySaveSucceeded({ entry }));
    expect(fixture.nativeElement.querySelector('[role=status]').textContent).toContain('Entry saved.');
  });

  it('deletes, then goes back to the journal where Undo is offered', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    dispatch.and.callFake((action: Action) => {
      if (action.type === JournalEntryPageActions.deleteClicked.type) store.setState(rootStateWith(journalStateAfter(loaded, action)));
    });
    const fixture = await render('e1', loaded);
    [...fixture.nativeElement.querySelectorAll('button')].find((b: HTMLElement) => b.textContent?.includes('Delete'))!.click();
    expect(dispatch).toHaveBeenCalledWith(JournalEntryPageActions.deleteClicked({ entry }));
    expect(navigate).not.toHaveBeenCalled();
    store.setState(rootStateWith(journalStateAfter(loaded, JournalDbActions.entryDeleteSucceeded({ entry }))));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/journal']);
  });

  it('says when the entry is not there', async () => {
    const fixture = await render('nope', loaded);
    expect(fixture.nativeElement.querySelector('h1').textContent).toContain('Entry not found');
  });

  for (const id of ['__proto__', 'constructor', 'toString']) {
    it(`says “Entry not found” for a link to /journal/${id}`, async () => {
      const fixture = await render(id, loaded);
      expect(fixture.nativeElement.querySelector('h1').textContent).toContain('Entry not found');
    });
  }

  it('says a delete left the entry alone because another tab changed it', async () => {
    const changed = { ...entry, text: 'changed there', updatedAt: '2026-03-09T08:00:00.000Z' };
    const fixture = await render('e1', loaded, JournalEntryPageActions.deleteClicked({ entry }), JournalDbActions.entryDeleteConflicted({ id: 'e1', entry: changed }));
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('[role=alert]')?.textContent).toContain('This entry changed in another tab, so it was not deleted.');
    expect(host.querySelector('.text')?.textContent).toBe('changed there');
  });
});
