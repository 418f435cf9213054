import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { TagsPageActions } from '../state/tags-page.actions';
import { checkInStateWith, rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import TagsPage from './tags-page';

describe('TagsPage', () => {
  const icu = { id: 't1', name: 'ICU', archived: false };
  const nights = { id: 't2', name: 'Nights', archived: true };
  let dispatch: jasmine.Spy;

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore({ initialState: rootStateWith({ tags: [icu, nights], checkIns: [sampleCheckIn('2026-11-27', { tagIds: ['t1'] })] }) }),
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const fixture = TestBed.createComponent(TagsPage);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  const button = (host: HTMLElement, name: string) =>
    [...host.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name)!;

  it('lists active tags with their use, and archived ones apart', async () => {
    const { host } = await open();
    const lists = host.querySelectorAll('ul.tags');
    expect(lists[0].textContent).toContain('ICU');
    expect(lists[0].textContent).toContain('used on 1 day');
    expect(lists[1].textContent).toContain('Nights');
    expect(dispatch).toHaveBeenCalledWith(TagsPageActions.opened());
  });

  it('creates a tag', async () => {
    const { fixture, host } = await open();
    host.querySelector<HTMLInputElement>('#new-tag-name')!.value = ' Trauma bay ';
    button(host, 'Add tag').click();
    await fixture.whenStable();
    const action = dispatch.calls.mostRecent().args[0];
    expect(action.type).toBe(TagsPageActions.tagCreated.type);
    expect(action.tag).toEqual({ id: jasmine.any(String), name: 'Trauma bay', archived: false });
  });

  it('refuses a duplicate name with a message next to the field', async () => {
    const { fixture, host } = await open();
    const field = host.querySelector<HTMLInputElement>('#new-tag-name')!;
    field.value = 'icu';
    button(host, 'Add tag').click();
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: TagsPageActions.tagCreated.type }));
    expect(host.querySelector('#new-tag-name-error')?.textContent).toContain('There is already a tag called “ICU”');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
  });

  it('renames, archives and restores', async () => {
    const { fixture, host } = await open();
    button(host, 'Rename ICU').click();
    await fixture.whenStable();
    const field = host.querySelector<HTMLInputElement>('#rename-t1')!;
    expect(document.activeElement).toBe(field);
    field.value = 'MICU';
    button(host, 'Save name').click();
    expect(dispatch).toHaveBeenCalledWith(TagsPageActions.tagRenamed({ tag: { ...icu, name: 'MICU' } }));
    await fixture.whenStable();
    button(host, 'Archive ICU').click();
    expect(dispatch).toHaveBeenCalledWith(TagsPageActions.tagArchived({ tag: { ...icu, archived: true } }));
    button(host, 'Restore Nights').click();
    expect(dispatch).toHaveBeenCalledWith(TagsPageActions.tagRestored({ tag: { ...nights, archived: false } }));
  });

  it('announces a stored change and shows a failed one', async () => {
    const { fixture, host } = await open();
    host.querySelector<HTMLInputElement>('#new-tag-name')!.value = 'Clinic';
    button(host, 'Add tag').click();
    const store = TestBed.inject(MockStore);
    store.setState({ ...rootStateWith(), checkIn: { ...checkInStateWith(), tagSave: { status: 'success', error: null } } });
    await fixture.whenStable();
    expect(host.querySelector('[role=status]')?.textContent).toBe('Tag “Clinic” added.');
    store.setState({ ...rootStateWith(), checkIn: { ...checkInStateWith(), tagSave: { status: 'error', error: 'QuotaExceededError' } } });
    await fixture.whenStable();
    expect(host.querySelector('[role=alert]')?.textContent).toContain('QuotaExceededError');
  });
});
