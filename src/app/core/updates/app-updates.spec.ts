import { Component, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { UnsavedChanges } from '../unsaved/unsaved-changes';
import { AppUpdates } from './app-updates';
import { ServiceWorkerChannel, WorkerEvent } from './service-worker-channel';

@Component({ selector: 'tend-draft-form', template: '' })
class DraftForm {
  readonly dirty = signal(true);
  constructor() {
    inject(UnsavedChanges).track(this.dirty);
  }
}

describe('AppUpdates', () => {
  let emit: (event: WorkerEvent) => void;
  let worker: jasmine.SpyObj<ServiceWorkerChannel>;

  beforeEach(() => {
    worker = jasmine.createSpyObj<ServiceWorkerChannel>('ServiceWorkerChannel', ['register', 'onEvent', 'request'], { isEnabled: true });
    worker.onEvent.and.callFake((listener) => {
      emit = listener;
      return () => true;
    });
    // Never settles, so reload() does not reload the test page.
    worker.request.and.returnValue(new Promise(() => undefined));
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: ServiceWorkerChannel, useValue: worker }] });
  });

  it('registers the worker and offers the update once a new version is ready, not before', () => {
    const updates = TestBed.inject(AppUpdates);
    updates.start();
    expect(worker.register).toHaveBeenCalled();
    emit({ type: 'VERSION_DETECTED' });
    expect(updates.ready()).toBeFalse();
    emit({ type: 'VERSION_READY' });
    expect(updates.ready()).toBeTrue();
  });

  it('says when the running version is broken', () => {
    const updates = TestBed.inject(AppUpdates);
    updates.start();
    emit({ type: 'UNRECOVERABLE_STATE' });
    expect(updates.broken()).toBeTrue();
  });

  it('refuses to reload while a form holds unsaved input, and says so', () => {
    const form = TestBed.createComponent(DraftForm);
    const updates = TestBed.inject(AppUpdates);
    expect(updates.reload()).toBeFalse();
    expect(updates.blockedByUnsaved()).toBeTrue();
    expect(worker.request).not.toHaveBeenCalled();

    form.componentInstance.dirty.set(false);
    expect(updates.reload()).toBeTrue();
    expect(worker.request).toHaveBeenCalledWith('ACTIVATE_UPDATE');
  });

  it('stops counting a form once it is destroyed', () => {
    const form = TestBed.createComponent(DraftForm);
    expect(TestBed.inject(UnsavedChanges).any()).toBeTrue();
    form.destroy();
    expect(TestBed.inject(UnsavedChanges).any()).toBeFalse();
  });
});
