import { Component, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { InstallOffer } from './install-offer';
import { InstallPrompt } from './install-prompt';

@Component({ imports: [InstallOffer], template: '<tend-install-offer />' })
class PageWithOffer {}

function offerInstall(): void {
  const offer = { prompt: () => Promise.resolve(), userChoice: Promise.resolve({ outcome: 'accepted' as const }) };
  dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), offer));
}

/** Waits for the card's code, which loads once there is something to offer. */
async function rendered(fixture: ComponentFixture<unknown>, selector: string, present = true): Promise<HTMLElement | null> {
  for (let tries = 0; tries < 100; tries++) {
    await fixture.whenStable();
    const found = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
    if (!!found === present) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${selector} ${present ? 'never appeared' : 'never went'}`);
}

describe('InstallOffer', () => {
  beforeEach(() => {
    localStorage.removeItem('tend.installNotNow');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  });
  afterEach(() => localStorage.removeItem('tend.installNotNow'));

  it('shows nothing until the browser offers installation, then the card', async () => {
    const prompt = TestBed.inject(InstallPrompt);
    prompt.start();
    const fixture = TestBed.createComponent(PageWithOffer);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('section')).toBeNull();

    offerInstall();
    const card = await rendered(fixture, 'section');
    expect(card!.querySelector('h2')!.textContent).toBe('Install Tend');
    const install = spyOn(prompt, 'install').and.resolveTo(true);
    [...card!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Install')!.click();
    expect(install).toHaveBeenCalled();
  });

  it('hides the card for good after "Not now"', async () => {
    const prompt = TestBed.inject(InstallPrompt);
    prompt.start();
    const fixture = TestBed.createComponent(PageWithOffer);
    offerInstall();
    const card = await rendered(fixture, 'section');
    [...card!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Not now')!.click();
    await rendered(fixture, 'section', false);
    expect(localStorage.getItem('tend.installNotNow')).toBe('1');
  });
});
