import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ServiceWorkerChannel } from './service-worker-channel';

describe('ServiceWorkerChannel', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  it('refuses a request when no worker controls the page (as in this test page)', async () => {
    await expectAsync(TestBed.inject(ServiceWorkerChannel).request('CHECK_FOR_UPDATES')).toBeRejectedWithError(/No service worker/);
  });

  it('hands worker messages to listeners until they stop listening', () => {
    const channel = TestBed.inject(ServiceWorkerChannel);
    const seen: string[] = [];
    const stop = channel.onEvent((event) => seen.push(event.type));
    channel.listen();
    navigator.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'VERSION_READY' } }));
    stop();
    navigator.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'VERSION_DETECTED' } }));
    expect(seen).toEqual(['VERSION_READY']);
  });
});
