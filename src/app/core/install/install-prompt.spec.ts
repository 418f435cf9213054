import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { InstallPrompt } from './install-prompt';

function offerInstall(): void {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: () => Promise.resolve(),
    userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
  });
  dispatchEvent(event);
}

describe('InstallPrompt', () => {
  const key = 'tend.installNotNow';
  beforeEach(() => {
    localStorage.removeItem(key);
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  });
  afterEach(() => localStorage.removeItem(key));

  it('stops offering after "Not now", also on the next start', () => {
    const prompt = TestBed.inject(InstallPrompt);
    prompt.start();
    offerInstall();
    expect(prompt.canInstall()).toBeTrue();
    prompt.dismiss();
    expect(prompt.canInstall()).toBeFalse();

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const next = TestBed.inject(InstallPrompt);
    next.start();
    offerInstall();
    expect(next.canInstall()).toBeFalse();
    expect(next.needsIosInstructions()).toBeFalse();
  });

  it('stops offering for this start even when localStorage refuses the write', () => {
    spyOn(Storage.prototype, 'setItem').and.throwError(new DOMException('', 'QuotaExceededError'));
    const prompt = TestBed.inject(InstallPrompt);
    prompt.start();
    expect(() => prompt.dismiss()).not.toThrow();
    offerInstall();
    expect(prompt.canInstall()).toBeFalse();
  });
});
