import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChoiceGroup } from './choice-group';
import { ratingChoices } from './choices';

describe('ChoiceGroup', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  async function render(value: number | null, error: string | null = null) {
    const fixture = TestBed.createComponent(ChoiceGroup<number>);
    fixture.componentRef.setInput('legend', 'Stress');
    fixture.componentRef.setInput('name', 'stress');
    fixture.componentRef.setInput('choices', ratingChoices('stress'));
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('error', error);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('draws a named group of native radios, each with words and an icon', async () => {
    const { host } = await render(3);
    expect(host.querySelector('legend')?.textContent).toBe('Stress');
    const chips = [...host.querySelectorAll('label.chip')];
    expect(chips.map((chip) => chip.textContent?.trim())).toEqual(['Calm', 'A little', 'Moderate', 'High', 'Overwhelming']);
    expect(chips.every((chip) => chip.querySelector('input[type=radio][name=stress]') && chip.querySelector('tend-icon'))).toBeTrue();
    expect(host.querySelector<HTMLInputElement>('#stress-3')?.checked).toBeTrue();
    // The chosen chip carries a tick as well as its colour.
    expect(host.querySelectorAll('.tick').length).toBe(1);
  });

  it('emits the chosen value', async () => {
    const { fixture, host } = await render(null);
    const chosen = jasmine.createSpy('chosen');
    fixture.componentInstance.chosen.subscribe(chosen);
    host.querySelector<HTMLInputElement>('#stress-5')!.click();
    expect(chosen).toHaveBeenCalledOnceWith(5);
  });

  it('shows an error next to the group and links it to every radio', async () => {
    const { host } = await render(null, 'Choose your stress level, from 1 to 5.');
    expect(host.querySelector('#stress-error')?.textContent).toContain('Choose your stress level');
    const radios = [...host.querySelectorAll('input')];
    expect(radios.every((radio) => radio.getAttribute('aria-describedby') === 'stress-error')).toBeTrue();
    expect(radios.every((radio) => radio.getAttribute('aria-invalid') === 'true')).toBeTrue();
  });
});
