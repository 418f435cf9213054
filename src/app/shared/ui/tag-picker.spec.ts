import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PickableTag, TagCreation, TagPicker } from './tag-picker';

describe('TagPicker', () => {
  const icu: PickableTag = { id: 'icu', name: 'ICU', archived: false };
  const nights: PickableTag = { id: 'nights', name: 'Nights', archived: true };
  const ward: PickableTag = { id: 'ward', name: 'Ward 7', archived: false };
  /** A stand-in for the page's naming rule. */
  const create = jasmine.createSpy('create').and.callFake((name: string): TagCreation<PickableTag> =>
    name.trim() === 'nights' ? { problem: 'An archived tag is already called “Nights”. Restore it instead.' } : { tag: { id: 'new', name: name.trim(), archived: false } },
  );

  let fixture: ComponentFixture<TagPicker<PickableTag>>;
  let host: HTMLElement;
  let selectedChange: jasmine.Spy;
  let created: jasmine.Spy;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    create.calls.reset();
  });

  async function render(inputs: Record<string, unknown> = {}) {
    fixture = TestBed.createComponent(TagPicker<PickableTag>);
    fixture.componentRef.setInput('legend', 'Tags');
    fixture.componentRef.setInput('tags', [icu, nights, ward]);
    fixture.componentRef.setInput('selected', ['icu']);
    fixture.componentRef.setInput('create', create);
    for (const [key, value] of Object.entries(inputs)) fixture.componentRef.setInput(key, value);
    await fixture.whenStable();
    host = fixture.nativeElement;
    selectedChange = jasmine.createSpy('selectedChange');
    created = jasmine.createSpy('created');
    fixture.componentInstance.selectedChange.subscribe(selectedChange);
    fixture.componentInstance.created.subscribe(created);
  }

  const boxes = () => [...host.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const boxNames = () => boxes().map((box) => box.closest('label')?.textContent?.trim());
  const nameField = () => host.querySelector<HTMLInputElement>('input[type=text]')!;
  const addButton = () => host.querySelector<HTMLButtonElement>('button')!;

  it('shows the tags as checkboxes under a legend, the ticked ones checked and marked with a tick', async () => {
    await render();
    expect(host.querySelector('legend')?.textContent).toBe('Tags');
    expect(boxNames()).toEqual(['ICU', 'Ward 7']);
    expect(boxes().map((box) => box.checked)).toEqual([true, false]);
    expect(host.querySelectorAll('.tick').length).toBe(1);
  });

  it('emits the ticked tags when one is ticked or unticked', async () => {
    await render();
    boxes()[1].click();
    boxes()[0].click();
    expect(selectedChange.calls.allArgs()).toEqual([[['icu', 'ward']], [[]]]);
  });

  it('leaves archived tags out unless ticked, so one can still be taken off', async () => {
    await render({ selected: ['nights'] });
    expect(boxNames()).toEqual(['ICU', 'Nights', 'Ward 7']);
    boxes()[1].click();
    expect(selectedChange).toHaveBeenCalledOnceWith([]);
  });

  it('offers archived tags too when asked (a search filter)', async () => {
    await render({ selected: [], offerArchived: true, create: null });
    expect(boxNames()).toEqual(['ICU', 'Nights', 'Ward 7']);
  });

  it('says there are no tags yet', async () => {
    await render({ tags: [nights], selected: [] });
    expect(boxes().length).toBe(0);
    expect(host.querySelector('.tend-hint')?.textContent).toContain('No tags yet');
  });

  it('labels the new-tag field and makes a tag from its text, then clears it', async () => {
    await render();
    const field = nameField();
    expect(host.querySelector(`label[for="${field.id}"]`)?.textContent).toBe('New tag');
    field.value = '  Trauma bay ';
    addButton().click();
    await fixture.whenStable();
    expect(create).toHaveBeenCalledOnceWith('  Trauma bay ');
    expect(created).toHaveBeenCalledOnceWith({ id: 'new', name: 'Trauma bay', archived: false });
    expect(field.value).toBe('');
  });

  it('makes the tag on Enter without submitting the form around it', async () => {
    await render();
    nameField().value = 'Clinic';
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    nameField().dispatchEvent(enter);
    expect(enter.defaultPrevented).toBeTrue();
    expect(created).toHaveBeenCalledOnceWith(jasmine.objectContaining({ name: 'Clinic' }));
  });

  it('explains a name that cannot be used, next to the field, focuses it, and emits nothing', async () => {
    await render();
    const field = nameField();
    field.value = 'nights';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    expect(created).not.toHaveBeenCalled();
    const error = host.querySelector('.new-tag .field-error')!;
    expect(error.textContent).toContain('An archived tag is already called “Nights”');
    expect(field.getAttribute('aria-describedby')).toBe(error.id);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);

    field.value = 'nightsx';
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(host.querySelector('.new-tag .field-error')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a failure to store a new tag next to the field', async () => {
    await render({ saveError: 'The disk is full.' });
    const error = host.querySelector('.new-tag .field-error')!;
    expect(error.textContent).toContain('The disk is full.');
    expect(nameField().getAttribute('aria-describedby')).toBe(error.id);
  });

  it('shows a problem with the ticked tags under the legend, linked to every checkbox', async () => {
    await render({ error: 'That tag no longer exists.' });
    const error = host.querySelector('fieldset .field-error')!;
    expect(error.textContent).toContain('That tag no longer exists.');
    expect(boxes().every((box) => box.getAttribute('aria-describedby') === error.id && box.getAttribute('aria-invalid') === 'true')).toBeTrue();
  });

  it('has no new-tag field without a way to create one', async () => {
    await render({ create: null });
    expect(host.querySelector('input[type=text]')).toBeNull();
    expect(host.querySelector('button')).toBeNull();
  });

  it('gives each picker its own ids', async () => {
    await render();
    const first = nameField().id;
    await render();
    expect(nameField().id).not.toBe(first);
  });
});
