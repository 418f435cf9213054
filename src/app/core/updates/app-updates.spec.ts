import { Component, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SwUpdate, VersionEvent } from '@angular/service-worker';
import { Subject } from 'rxjs';
import { UnsavedChanges } from '../unsaved/unsaved-changes';
import { AppUpdates } from './app-updates';

@Component({ selector: 'tend-draft-form', template: '' })
class DraftForm {
  readonly dirty = signal(true);
  constructor() {
    inject(UnsavedChanges).track(this.dirty);
  }
}

describe('AppUpdates', () => {
  let versionUpdates: Subject<VersionEvent>;
  let swUpdate: { isEnabled: boolean; versionUpdates: Subject<VersionEvent>; unrecoverable: Subject<unknown>; activateUpdate: jasmine.Spy; checkForUpdate: jasmine.Spy };

  beforeEach(() => {
    versionUpdates = new Subject();
    swUpdate = {
      isEnabled: true,
      versionUpdates,
      unrecoverable: new Subject(),
      activateUpdate: jasmine.createSpy('activateUpdate').and.returnValue(new Promise(() => undefined)),
      checkForUpdate: jasmine.createSpy('checkForUpdate').and.resolveTo(false),
    };
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: SwUpdate, useValue: swUpdate }] });
  });

  it('offers the update once a new version is ready, not before', () => {
    const updates = TestBed.inject(AppUpdates);
    updates.start();
    versionUpdates.next({ type: 'VERSION_DETECTED', version: { hash: 'b' } });
    expect(updates.ready()).toBeFalse();
    versionUpdates.next({ type: 'VERSION_READY', currentVersion: { hash: 'a' }, latestVersion: { hash: 'b' } });
    expect(updates.ready()).toBeTrue();
  });

  it('refuses to reload while a form holds unsaved input, and says so', () => {
    const form = TestBed.createComponent(DraftForm);
    const updates = TestBed.inject(AppUpdates);
    expect(updates.reload()).toBeFalse();
    expect(updates.blockedByUnsaved()).toBeTrue();
    expect(swUpdate.activateUpdate).not.toHaveBeenCalled();

    form.componentInstance.dirty.set(false);
    expect(updates.reload()).toBeTrue();
    expect(swUpdate.activateUpdate).toHaveBeenCalled();
  });

  it('stops counting a form once it is destroyed', () => {
    const form = TestBed.createComponent(DraftForm);
    expect(TestBed.inject(UnsavedChanges).any()).toBeTrue();
    form.destroy();
    expect(TestBed.inject(UnsavedChanges).any()).toBeFalse();
  });
});
