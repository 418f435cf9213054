import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { iconBedtime, iconMood } from '../icon/icons';
import { Choice, ChoiceGroup } from './choice-group';

describe('ChoiceGroup', () => {
  const stress: Choice<number>[] = [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}`, icon: iconMood }));
  const ranges: Choice<string>[] = [
    { value: '7d', label: '7 days' },
    { value: '30d', label: '30 days' },
  ];

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  async function render<T extends string | number>(inputs: { choices: Choice<T>[]; value?: T | null; name?: string; error?: string; noneLabel?: string }) {
    const fixture: ComponentFixture<ChoiceGroup<T>> = TestBed.createComponent(ChoiceGroup<T>);
    fixture.componentRef.setInput('legend', 'Stress');
    for (const [key, value] of Object.entries(inputs)) fixture.componentRef.setInput(key, value);
    await fixture.whenStable();
    const chosen = jasmine.createSpy('chosen');
    const cleared = jasmine.createSpy('cleared');
    fixture.componentInstance.chosen.subscribe(chosen);
    fixture.componentInstance.cleared.subscribe(cleared);
    const host = fixture.nativeElement as HTMLElement;
    return { fixture, host, chosen, cleared, radios: [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')] };
  }

  it('draws a group under a visible legend, of native radios each labelled in words and with its icon', async () => {
    const { host, radios } = await render({ choices: stress, value: 3, name: 'stress' });
    expect(host.querySelector('fieldset > legend')?.textContent).toBe('Stress');
    const chips = [...host.querySelectorAll('label.chip')];
    expect(chips.map((chip) => chip.textContent?.trim())).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5']);
    expect(chips.every((chip) => chip.querySelector('input[type=radio]') && chip.querySelector('tend-icon:not(.tick)'))).toBeTrue();
    // One name for every radio in one fieldset: the browser moves the choice with the arrow keys.
    expect(radios.every((radio) => radio.name === 'stress')).toBeTrue();
    expect(host.querySelector<HTMLInputElement>('#stress-3')?.checked).toBeTrue();
    // The chosen chip carries a tick as well as its colour.
    expect(host.querySelectorAll('.tick').length).toBe(1);
    expect(host.querySelector('#stress-3')?.closest('label')?.querySelector('.tick')).not.toBeNull();
  });

  it('draws options without an icon as words alone', async () => {
    const { host } = await render({ choices: ranges, value: '30d', name: 'range' });
    expect(host.querySelectorAll('tend-icon:not(.tick)').length).toBe(0);
    expect(host.querySelector<HTMLInputElement>('#range-30d')?.checked).toBeTrue();
  });

  it('emits the chosen value', async () => {
    const { host, chosen } = await render({ choices: stress, value: null, name: 'stress' });
    host.querySelector<HTMLInputElement>('#stress-5')!.click();
    expect(chosen).toHaveBeenCalledOnceWith(5);
  });

  it('follows the value it is given', async () => {
    const { fixture, host } = await render({ choices: ranges, value: '7d', name: 'range' });
    fixture.componentRef.setInput('value', '30d');
    await fixture.whenStable();
    expect(host.querySelector<HTMLInputElement>('#range-30d')?.checked).toBeTrue();
    expect(host.querySelector<HTMLInputElement>('#range-7d')?.checked).toBeFalse();
  });

  it('shows an error next to the group and links it to every radio', async () => {
    const { host, radios } = await render({ choices: stress, value: null, name: 'stress', error: 'Choose your stress level, from 1 to 5.' });
    expect(host.querySelector('#stress-error')?.textContent).toContain('Choose your stress level');
    expect(radios.every((radio) => radio.getAttribute('aria-describedby') === 'stress-error')).toBeTrue();
    expect(radios.every((radio) => radio.getAttribute('aria-invalid') === 'true')).toBeTrue();
  });

  it('has no "none" chip unless asked, and nothing checked without a value', async () => {
    const { radios } = await render({ choices: stress, name: 'stress' });
    expect(radios.length).toBe(5);
    expect(radios.some((radio) => radio.checked)).toBeFalse();
  });

  it('offers a first "none" chip, checked while nothing is chosen, that takes the choice back', async () => {
    const { fixture, radios, chosen, cleared } = await render({ choices: stress, value: 4, noneLabel: 'No mood' });
    const labels = radios.map((radio) => radio.closest('label')?.textContent?.trim());
    expect(labels).toEqual(['No mood', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5']);
    expect(radios[4].checked).toBeTrue();
    radios[1].click();
    radios[0].click();
    expect(chosen).toHaveBeenCalledOnceWith(1);
    expect(cleared).toHaveBeenCalledTimes(1);
    fixture.componentRef.setInput('value', null);
    await fixture.whenStable();
    expect(radios[0].checked).toBeTrue();
  });

  it('gives each group its own radio name when the page gives none', async () => {
    const first = await render({ choices: [{ value: 'day', label: 'Day', icon: iconBedtime }] });
    const second = await render({ choices: [{ value: 'day', label: 'Day', icon: iconBedtime }] });
    expect(first.radios[0].name).toMatch(/\S/);
    expect(first.radios[0].name).not.toBe(second.radios[0].name);
  });
});
