import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { JournalDbActions } from '../../state/journal-db.actions';
import { JournalPageActions } from '../../state/journal-page.actions';
import { journalEntry, journalStateAfter, rootStateWith } from '../../testing/journal-fixtures';
import JournalListPage from './journal-list-page';

describe('JournalListPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const long = journalEntry({ id: 'long', text: 'word '.repeat(20_000), tagIds: ['icu'], mood: 5 });
  const short = journalEntry({ id: 'short', createdAt: '2026-03-01T08:00:00.000Z', text: 'Tea.' });
  const loaded = JournalDbActions.loadSucceeded({ entries: [short, long] });
  const tags = [{ id: 'icu', name: 'ICU', archived: false }];

  async function render(...actions: Action[]) {
    store.setState(rootStateWith(journalStateAfter(...actions), tags));
    const fixture = TestBed.createComponent(JournalListPage);
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

  it('lists entries newest first as snippets, with mood and tags in words', async () => {
    const host = await render(loaded);
    expect(dispatch).toHaveBeenCalledWith(JournalPageActions.opened());
    const items = host.querySelectorAll('.entries li');
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('Mood: Great');
    expect(items[0].textContent).toContain('ICU');
    expect(items[0].querySelector('.snippet')!.textContent!.length).toBeLessThan(200);
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe('/journal/short');
  });

  it('says when the journal is empty, and when it could not be read', async () => {
    expect((await render(JournalDbActions.loadSucceeded({ entries: [] }))).textContent).toContain('No entries yet');
    const failed = await render(JournalDbActions.loadFailed({ error: 'blocked' }));
    expect(failed.querySelector('[role=alert]')?.textContent).toContain('blocked');
    failed.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    expect(dispatch).toHaveBeenCalledWith(JournalPageActions.retryClicked());
  });

  it('offers Undo in a status region after a delete', async () => {
    const host = await render(loaded, JournalDbActions.entryDeleteSucceeded({ entry: short }));
    const status = host.querySelector('[role=status]')!;
    expect(status.textContent).toContain('Entry deleted.');
    status.querySelector('button')!.click();
    expect(dispatch).toHaveBeenCalledWith(JournalPageActions.undoDeleteClicked({ entry: short }));
  });

  it('exports the journal as a CSV file made on the device', async () => {
    const host = await render(loaded);
    const createUrl = spyOn(URL, 'createObjectURL').and.returnValue('blob:tend');
    const click = spyOn(HTMLAnchorElement.prototype, 'click');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Export as CSV'))!.click();
    const blob = createUrl.calls.mostRecent().args[0] as Blob;
    expect(blob.type).toContain('text/csv');
    expect(await blob.text()).toMatch(/^id,created,updated,mood,tags,prompt,text\r\nshort,/);
    expect(click).toHaveBeenCalled();
  });
});
