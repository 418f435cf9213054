import { Injectable, signal } from '@angular/core';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** A UI preference, not personal data: localStorage, like the colour scheme's mirror. */
const NOT_NOW_KEY = 'tend.installNotNow';

/**
 * Holds the browser's install offer so that Tend can show its own "Install" button. After "Not
 * now" Tend stops offering, on this and later starts; the browser's own menu still installs.
 */
@Injectable({ providedIn: 'root' })
export class InstallPrompt {
  private deferred: BeforeInstallPromptEvent | null = null;
  private notNow = localStorage.getItem(NOT_NOW_KEY) === '1';
  readonly canInstall = signal(false);
  readonly installed = signal(isStandalone());
  /** iOS Safari has no install prompt: the user adds Tend from the Share menu. */
  readonly needsIosInstructions = signal(isIosSafari() && !isStandalone() && !this.notNow);

  start(): void {
    addEventListener('beforeinstallprompt', (event) => {
      event.preventDefault();
      this.deferred = event as BeforeInstallPromptEvent;
      this.canInstall.set(!this.notNow);
    });
    addEventListener('appinstalled', () => {
      this.deferred = null;
      this.canInstall.set(false);
      this.installed.set(true);
    });
  }

  dismiss(): void {
    this.notNow = true;
    this.canInstall.set(false);
    this.needsIosInstructions.set(false);
    try {
      localStorage.setItem(NOT_NOW_KEY, '1');
    } catch {
      // Storage is full: the offer stays hidden until the next start.
    }
  }

  async install(): Promise<boolean> {
    if (!this.deferred) return false;
    await this.deferred.prompt();
    const { outcome } = await this.deferred.userChoice;
    this.deferred = null;
    this.canInstall.set(false);
    return outcome === 'accepted';
  }
}

function isStandalone(): boolean {
  return globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false;
}

function isIosSafari(): boolean {
  const ua = globalThis.navigator?.userAgent ?? '';
  return /iP(hone|ad|od)/.test(ua) && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}
