import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { JournalDbActions } from '../../state/journal-db.actions';
import { JournalSearchActions } from '../../state/journal-search.actions';
import { EMPTY_SEARCH_CRITERIA } from '../../state/journal-search-criteria';
import { journalEntry, journalStateAfter, rootStateWith } from '../../testing/journal-fixtures';
import JournalSearchPage from './journal-search-page';

describe('JournalSearchPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const entry = journalEntry({ text: 'The night nurse brought me tea.' });
  const tags = [{ id: 'icu', name: 'ICU', archived: false }];
  const criteria = { ...EMPTY_SEARCH_CRITERIA, query: 'tea' };

  async function render(...actions: Action[]) {
    store.setState(rootStateWith(journalStateAfter(JournalDbActions.loadSucceeded({ entries: [entry], tags }), ...actions)));
    const fixture = TestBed.createComponent(JournalSearchPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore({ initialState: rootStateWith(journalStateAfter()) })],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
  });

  it('submits the words and filters', async () => {
    const host = await render();
    expect(dispatch).toHaveBeenCalledWith(JournalSearchActions.opened());
    const query = host.querySelector<HTMLInputElement>('#search-query')!;
    query.value = 'tea';
    query.dispatchEvent(new Event('input'));
    host.querySelector<HTMLInputElement>('.moods input')!.click();
    host.querySelector<HTMLInputElement>('tend-tag-picker input[type=checkbox]')!.click();
    host.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(dispatch).toHaveBeenCalledWith(
      JournalSearchActions.searchSubmitted({ criteria: { ...EMPTY_SEARCH_CRITERIA, query: 'tea', moods: [1], tagIds: ['icu'] } }),
    );
  });

  it('refuses a date range that ends before it starts', async () => {
    const host = await render();
    const from = host.querySelector<HTMLInputElement>('#search-from')!;
    const to = host.querySelector<HTMLInputElement>('#search-to')!;
    from.value = '2026-03-09';
    from.dispatchEvent(new Event('change'));
    to.value = '2026-03-01';
    to.dispatchEvent(new Event('change'));
    host.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: JournalSearchActions.searchSubmitted.type }));
  });

  it('announces the count and highlights the matches as text', async () => {
    const hit = {
      entry,
      score: 1,
      matches: [{ start: 27, end: 30 }],
      snippet: { text: entry.text, matches: [{ start: 27, end: 30 }], clippedStart: false, clippedEnd: false },
    };
    const host = await render(JournalSearchActions.searchSubmitted({ criteria }), JournalDbActions.searchSucceeded({ hits: [hit] }));
    expect(host.querySelector('[role=status]')?.textContent).toContain('1 entry found.');
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['tea']);
    expect(host.querySelector<HTMLInputElement>('#search-query')!.value).toBe('tea');
  });

  it('says when nothing matches', async () => {
    const host = await render(JournalSearchActions.searchSubmitted({ criteria }), JournalDbActions.searchSucceeded({ hits: [] }));
    expect(host.querySelector('[role=status]')?.textContent).toContain('No entries match.');
  });
});
