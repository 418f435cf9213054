import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Tag } from '../../../check-in';
import { TagPicker } from './tag-picker';

describe('TagPicker', () => {
  const icu: Tag = { id: 'icu', name: 'ICU', archived: false };
  const old: Tag = { id: 'old', name: 'Old ward', archived: true };
  let fixture: ComponentFixture<TagPicker>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(TagPicker);
    fixture.componentRef.setInput('choices', [icu]);
    fixture.componentRef.setInput('allTags', [icu, old]);
    fixture.componentRef.setInput('selected', []);
    await fixture.whenStable();
    host = fixture.nativeElement;
  });

  it('emits the ticked tags', () => {
    const emitted: string[][] = [];
    fixture.componentInstance.selectedChange.subscribe((ids) => emitted.push(ids));
    host.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    expect(emitted).toEqual([['icu']]);
  });

  it('creates a new tag from a name', () => {
    const created: Tag[] = [];
    fixture.componentInstance.created.subscribe((tag) => created.push(tag));
    const name = host.querySelector<HTMLInputElement>('input[type=text]')!;
    name.value = '  Night   shift ';
    name.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('button')!.click();
    expect(created).toEqual([{ id: jasmine.any(String), name: 'Night shift', archived: false }]);
  });

  it('says why a name cannot be used, linked to the field', async () => {
    const name = host.querySelector<HTMLInputElement>('input[type=text]')!;
    name.value = 'old ward';
    name.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    const error = host.querySelector('.error')!;
    expect(error.textContent).toContain('archived tag');
    expect(name.getAttribute('aria-describedby')).toBe(error.id);
    expect(name.getAttribute('aria-invalid')).toBe('true');
  });
});
