import { ApplicationRef, inject, Injectable } from '@angular/core';

/** Messages the Angular service worker (ngsw-worker.js) posts to its clients. */
export interface WorkerEvent {
  type: string;
  nonce?: number;
  result?: unknown;
  error?: string;
}

const REGISTER_AFTER_MS = 30_000;

/**
 * Registers Angular's service worker and speaks its message protocol (the one `SwUpdate` uses:
 * INITIALIZE, CHECK_FOR_UPDATES, ACTIVATE_UPDATE, OPERATION_COMPLETED), without bringing
 * `@angular/service-worker` and its push support into the first screen's bundle.
 */
@Injectable({ providedIn: 'root' })
export class ServiceWorkerChannel {
  private readonly container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker;
  private readonly appRef = inject(ApplicationRef);
  private readonly listeners = new Set<(event: WorkerEvent) => void>();

  get isEnabled(): boolean {
    return this.container !== undefined;
  }

  /**
   * Registers once the app is stable (or after 30 s), so installing never competes with start-up.
   * `tend-worker.js` runs Angular's worker behind guards that keep pages loading on a full disk.
   */
  register(script = 'tend-worker.js'): void {
    const container = this.container;
    if (!container) return;
    this.listen(container);
    const whenStable = this.appRef.whenStable();
    const timeout = new Promise((resolve) => setTimeout(resolve, REGISTER_AFTER_MS));
    void Promise.race([whenStable, timeout]).then(() =>
      container.register(script, { scope: './' }).catch((error: unknown) => console.error('Service worker registration failed', error)),
    );
  }

  /** Passes the worker's messages to `onEvent` listeners, and greets each new controlling worker. */
  listen(container = this.container): void {
    container?.addEventListener('controllerchange', () => container.controller?.postMessage({ action: 'INITIALIZE' }));
    container?.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as WorkerEvent | undefined;
      if (data?.type) this.listeners.forEach((listener) => listener(data));
    });
  }

  onEvent(listener: (event: WorkerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the worker's answer: true when a new version was found (CHECK_FOR_UPDATES). */
  request(action: 'CHECK_FOR_UPDATES' | 'ACTIVATE_UPDATE'): Promise<unknown> {
    const controller = this.container?.controller;
    if (!controller) return Promise.reject(new Error('No service worker controls this page'));
    const nonce = Math.round(Math.random() * 10_000_000);
    return new Promise((resolve, reject) => {
      const stop = this.onEvent((event) => {
        if (event.type !== 'OPERATION_COMPLETED' || event.nonce !== nonce) return;
        stop();
        if (event.result !== undefined) resolve(event.result);
        else reject(new Error(event.error));
      });
      controller.postMessage({ action, nonce });
    });
  }
}
