import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Rating } from '../../../check-in';
import { DaylioImportPreview } from '../../domain/daylio/daylio-import';
import { DaylioImportActions, DaylioPreviewActions } from '../../state/daylio-import.actions';
import { DaylioImportDbActions } from '../../state/daylio-import-db.actions';
import { journalEntry, journalStateAfter, rootStateWith } from '../../testing/journal-fixtures';
import DaylioImportPage from './daylio-import-page';

describe('DaylioImportPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const preview: DaylioImportPreview = {
    checkIns: [],
    journalEntries: [journalEntry()],
    newTags: [{ id: 'w', name: 'work', archived: false }],
    duplicateDays: ['2026-03-01'],
    duplicateEntries: 1,
    unknownMoods: ['zen'],
    issues: [{ row: 4, message: 'Row 4: “zen” is not one of Daylio’s default moods.' }],
  };

  async function render(...actions: Action[]) {
    store.setState(rootStateWith(journalStateAfter(...actions)));
    const fixture = TestBed.createComponent(DaylioImportPage);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }
  const button = (host: HTMLElement, name: string) =>
    [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore({ initialState: rootStateWith(journalStateAfter()) })],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
  });

  it('reads the chosen file on the device and asks for a preview', async () => {
    const { host } = await render();
    const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['full_date,date\n'], 'daylio.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 100 && dispatch.calls.count() < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dispatch).toHaveBeenCalledWith(DaylioImportActions.fileChosen({ fileName: 'daylio.csv', text: 'full_date,date\n' }));
  });

  it('refuses a file over 20 MB without reading it, saying the limit', async () => {
    const { host } = await render();
    const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
    const big = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 30 * 1024 * 1024 });
    const read = spyOn(big, 'text').and.callThrough();
    Object.defineProperty(input, 'files', { value: [big] });
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 50 && dispatch.calls.count() < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const [unreadable] = dispatch.calls.allArgs().map(([action]) => action).filter((a) => a.type === DaylioImportActions.fileUnreadable.type);
    expect(unreadable).toEqual(jasmine.objectContaining({ fileName: 'huge.csv', error: jasmine.stringContaining('up to 20 MB') }));
    expect((unreadable as { error: string }).error).toContain('30.0 MB');
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: DaylioImportActions.fileChosen.type }));
    expect(read).not.toHaveBeenCalled();
  });

  it('shows how far the file has been read, as a labelled progress bar', async () => {
    const { host } = await render(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: 'x' }), DaylioPreviewActions.progressed({ fraction: 0.42 }));
    const progress = host.querySelector('progress')!;
    expect(progress.value).toBe(42);
    expect(progress.max).toBe(100);
    expect(host.querySelector(`label[for=${progress.id}]`)?.textContent?.trim()).toBe('Reading the file: 42 %');
  });

  it('shows the preview: counts, duplicates, problems by row', async () => {
    const { host } = await render(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: 'x' }), DaylioPreviewActions.succeeded({ preview }));
    const counts = [...host.querySelectorAll('.counts div')].map((d) => `${d.querySelector('dt')?.textContent} ${d.querySelector('dd')?.textContent}`);
    expect(counts).toEqual(['Check-ins 0', 'Journal entries 1', 'New tags 1', 'Duplicates skipped 2']);
    expect(host.querySelector('.issues')?.textContent).toContain('Row 4');
    button(host, 'Import').click();
    expect(dispatch).toHaveBeenCalledWith(DaylioImportActions.importConfirmed());
  });

  it('maps a custom mood, then previews again', async () => {
    const { fixture, host } = await render(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: 'x' }), DaylioPreviewActions.succeeded({ preview }));
    expect(button(host, 'Preview again').disabled).toBeTrue();
    const select = host.querySelector<HTMLSelectElement>('select')!;
    expect(host.querySelector(`label[for=${select.id}]`)?.textContent).toContain('zen');
    select.value = '5';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    button(host, 'Preview again').click();
    expect(dispatch).toHaveBeenCalledWith(DaylioImportActions.moodsMapped({ customMoods: { zen: 5 } }));
  });

  it('waits for a choice for a custom mood named like a property of every object', async () => {
    const hostile = { ...preview, unknownMoods: ['constructor', '__proto__'] };
    const { fixture, host } = await render(DaylioImportActions.fileChosen({ fileName: 'd.csv', text: 'x' }), DaylioPreviewActions.succeeded({ preview: hostile }));
    expect(button(host, 'Preview again').disabled).toBeTrue();
    const [constructorMood, protoMood] = [...host.querySelectorAll('select')];
    expect([...constructorMood.options].some((o) => o.selected && o.value !== '')).toBeFalse();
    constructorMood.value = '4';
    constructorMood.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(button(host, 'Preview again').disabled).toBeTrue();
    protoMood.value = '2';
    protoMood.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    button(host, 'Preview again').click();
    const customMoods = Object.fromEntries([['constructor', 4], ['__proto__', 2]]) as Record<string, Rating>;
    expect(dispatch).toHaveBeenCalledWith(DaylioImportActions.moodsMapped({ customMoods }));
    const [{ customMoods: sent }] = dispatch.calls.mostRecent().args as [{ customMoods: object }];
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
    expect(Object.keys(sent)).toEqual(['constructor', '__proto__']);
  });

  it('gives one clear error for a file that is not a Daylio export, and offers no import', async () => {
    const { host } = await render(
      DaylioImportActions.fileChosen({ fileName: 'x.csv', text: 'a,b' }),
      DaylioPreviewActions.rejected({ error: 'This file is not a Daylio export.' }),
    );
    const alerts = host.querySelectorAll('[role=alert]');
    expect(alerts.length).toBe(1);
    expect(alerts[0].textContent).toContain('not a Daylio export');
    expect(host.querySelector('input[type=file]')?.getAttribute('aria-describedby')).toContain(alerts[0].id);
    expect(button(host, 'Import')).toBeUndefined();
  });

  it('announces what was imported', async () => {
    const { host } = await render(DaylioImportDbActions.importSucceeded({ checkIns: [], tags: preview.newTags, entries: preview.journalEntries }));
    expect(host.querySelector('[role=status]')?.textContent).toContain('Imported 0 check-ins, 1 journal entry and 1 new tag.');
  });
});
