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
    store.setState(rootStateWith(journalStateAfter(JournalDbActions.loadSucceeded({ entries: [entry] }), ...actions), tags));
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
    const host = await render(JournalSearchActions.searchSubmitted({ criteria }), JournalDbActions.searchSucceeded({ results: { hits: [hit], total: 1 } }));
    expect(host.querySelector('[role=status]')?.textContent).toContain('1 entry found.');
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['tea']);
    expect(host.querySelector<HTMLInputElement>('#search-query')!.value).toBe('tea');
  });

  it('says when nothing matches', async () => {
    const host = await render(JournalSearchActions.searchSubmitted({ criteria }), JournalDbActions.searchSucceeded({ results: { hits: [], total: 0 } }));
    expect(host.querySelector('[role=status]')?.textContent).toContain('No entries match.');
    expect(host.querySelector('.results')).toBeNull();
  });

  describe('a search with more hits than one page', () => {
    const entries = Array.from({ length: 25 }, (_, i) => journalEntry({ id: `e${i}`, text: `Tea number ${i}` }));
    const hitFor = (e: (typeof entries)[number]) => ({ entry: e, score: 1, matches: [], snippet: { text: e.text, matches: [], clippedStart: false, clippedEnd: false } });
    const showing = (count: number, total: number, ...more: Action[]) =>
      rootStateWith(
        journalStateAfter(
          JournalDbActions.loadSucceeded({ entries }),
          JournalSearchActions.searchSubmitted({ criteria }),
          ...more,
          JournalDbActions.searchSucceeded({ results: { hits: entries.slice(0, count).map(hitFor), total } }),
        ),
        tags,
      );

    it('shows the first page with the full count, then the next page on request, focusing its first result', async () => {
      store.setState(showing(20, 25));
      const fixture = TestBed.createComponent(JournalSearchPage);
      await fixture.whenStable();
      const host = fixture.nativeElement as HTMLElement;
      expect(host.querySelector('[role=status]')?.textContent).toContain('25 entries found. Showing the first 20.');
      expect(host.querySelectorAll('tend-entry-summary').length).toBe(20);
      const more = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Show more results'))!;
      more.click();
      expect(dispatch).toHaveBeenCalledWith(JournalSearchActions.moreRequested());

      store.setState(showing(25, 25, JournalSearchActions.moreRequested()));
      await fixture.whenStable();
      expect(host.querySelectorAll('tend-entry-summary').length).toBe(25);
      expect(host.querySelector('[role=status]')?.textContent).not.toContain('Showing the first');
      expect([...host.querySelectorAll('button')].some((b) => b.textContent?.includes('Show more results'))).toBeFalse();
      expect(document.activeElement?.id).toBe('entry-e20');
    });

    it('writes a large count with the locale’s digit grouping', async () => {
      store.setState(showing(10, 3394));
      const fixture = TestBed.createComponent(JournalSearchPage);
      await fixture.whenStable();
      expect((fixture.nativeElement as HTMLElement).querySelector('[role=status]')?.textContent).toContain('3,394 entries found. Showing the first 10.');
    });
  });
});
