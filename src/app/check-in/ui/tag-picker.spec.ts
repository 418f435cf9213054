import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TagPicker } from './tag-picker';

describe('TagPicker', () => {
  const icu = { id: 't1', name: 'ICU', archived: false };
  const nights = { id: 't2', name: 'Nights', archived: true };

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  async function render() {
    const fixture = TestBed.createComponent(TagPicker);
    fixture.componentRef.setInput('tags', [icu]);
    fixture.componentRef.setInput('known', [icu, nights]);
    fixture.componentRef.setInput('selected', ['t1']);
    await fixture.whenStable();
    const created = jasmine.createSpy('created');
    const toggled = jasmine.createSpy('toggled');
    fixture.componentInstance.created.subscribe(created);
    fixture.componentInstance.toggled.subscribe(toggled);
    return { fixture, host: fixture.nativeElement as HTMLElement, created, toggled };
  }

  it('shows the tags as checkboxes and emits a toggle', async () => {
    const { host, toggled } = await render();
    const box = host.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBeTrue();
    expect(box.closest('label')?.textContent?.trim()).toBe('ICU');
    box.click();
    expect(toggled).toHaveBeenCalledOnceWith('t1');
  });

  it('emits a tidy new name and clears the field', async () => {
    const { fixture, host, created } = await render();
    const field = host.querySelector<HTMLInputElement>('#new-tag')!;
    field.value = '  Trauma   bay ';
    host.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    expect(created).toHaveBeenCalledOnceWith('Trauma bay');
    expect(field.value).toBe('');
  });

  it('explains a name that cannot be used, next to the field, and emits nothing', async () => {
    const { fixture, host, created } = await render();
    const field = host.querySelector<HTMLInputElement>('#new-tag')!;
    field.value = 'nights';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    expect(created).not.toHaveBeenCalled();
    expect(host.querySelector('#new-tag-error')?.textContent).toContain('An archived tag is already called “Nights”');
    expect(field.getAttribute('aria-describedby')).toBe('new-tag-error');
    expect(document.activeElement).toBe(field);
  });
});
