import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MoodChooser } from './mood-chooser';

describe('MoodChooser', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  it('names every mood in words and emits the choice', async () => {
    const fixture = TestBed.createComponent(MoodChooser);
    fixture.componentRef.setInput('mood', 4);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    const labels = [...host.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['No mood', 'Very low', 'Low', 'Okay', 'Good', 'Great']);
    const radios = host.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(radios[4].checked).toBeTrue();

    const chosen: unknown[] = [];
    fixture.componentInstance.moodChange.subscribe((m) => chosen.push(m));
    radios[1].click();
    radios[0].click();
    expect(chosen).toEqual([1, null]);
  });
});
