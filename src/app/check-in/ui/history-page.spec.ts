import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { CheckInsDbActions } from '../state/check-ins-db.actions';
import { rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import HistoryPage from './history-page';

describe('HistoryPage', () => {
  const icu = { id: 't1', name: 'ICU', archived: true };

  async function open(checkIns = [sampleCheckIn('2026-11-20', { mood: 1, tagIds: ['t1'], note: 'Codes all night' }), sampleCheckIn('2026-11-27')]) {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore({ initialState: rootStateWith({ checkIns, tags: [icu], today: '2026-11-28' }) })],
    });
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(HistoryPage);
    await fixture.whenStable();
    return { fixture, dispatch, host: fixture.nativeElement as HTMLElement, navigate: spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true) };
  }

  it('lists past check-ins newest first, in words, with an edit link for each', async () => {
    const { host, dispatch } = await open();
    // It shows every check-in, so it has the ones before the recent weeks read at once.
    expect(dispatch).toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());
    const items = [...host.querySelectorAll('ul.history > li')];
    expect(items.length).toBe(2);
    expect(items[0].querySelector('h3')?.textContent).toContain('27');
    expect(items[1].textContent).toContain('Very low');
    // Archived tags keep their names on past days.
    expect(items[1].textContent).toContain('ICU');
    expect(items[1].textContent).toContain('Codes all night');
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe('/check-in/day/2026-11-20');
    expect(items[1].querySelector('a')?.textContent).toMatch(/Edit .*20/);
  });

  it('downloads every check-in as CSV', async () => {
    const { host } = await open();
    const created = spyOn(URL, 'createObjectURL').and.returnValue('blob:csv');
    const clicks = spyOn(HTMLAnchorElement.prototype, 'click');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Download CSV'))!.click();
    const text = await (created.calls.mostRecent().args[0] as Blob).text();
    expect(text.split('\r\n').length).toBe(4);
    expect(text).toContain('2026-11-20,America/Chicago,1,');
    expect((clicks.calls.mostRecent().object as HTMLAnchorElement).download).toBe('tend-check-ins-2026-11-28.csv');
  });

  it('opens an earlier day, and explains a day it cannot open', async () => {
    const { fixture, host, navigate } = await open();
    const field = host.querySelector<HTMLInputElement>('#missed-day')!;
    const submit = () => host.querySelector<HTMLFormElement>('form.missed')!.dispatchEvent(new Event('submit'));
    field.value = '2026-11-21';
    submit();
    expect(navigate).toHaveBeenCalledWith(['/check-in/day', '2026-11-21']);
    field.value = '2026-12-02';
    submit();
    await fixture.whenStable();
    expect(host.querySelector('#missed-day-error')?.textContent).toContain('has not come yet');
    field.value = '1999-12-31';
    submit();
    await fixture.whenStable();
    expect(host.querySelector('#missed-day-error')?.textContent).toContain('from 2000-01-01 on');
    expect(field.min).toBe('2000-01-01');
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('invites a first check-in when there is none, without a download', async () => {
    const { host } = await open([]);
    expect(host.textContent).toContain('No check-ins yet');
    expect([...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Download CSV'))?.disabled).toBeTrue();
  });
});
