import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { InstallCard } from './install-card';

describe('InstallCard', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  for (const [offer, input] of [['the install button', 'canInstall'], ['the iOS steps', 'iosInstructions']] as const) {
    it(`offers "Not now" beside ${offer}, and says when it is chosen`, async () => {
      const fixture = TestBed.createComponent(InstallCard);
      fixture.componentRef.setInput(input, true);
      const notNow = jasmine.createSpy('notNow');
      fixture.componentInstance.notNow.subscribe(notNow);
      await fixture.whenStable();
      const button = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Not now');
      button!.click();
      expect(notNow).toHaveBeenCalledTimes(1);
    });
  }
});
