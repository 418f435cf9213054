import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouteWarmUp, WARM_UP_MEASURE } from './route-warm-up';

describe('RouteWarmUp', () => {
  class TrendsPage {}
  let loadTrends: jasmine.Spy;
  let loadHelp: jasmine.Spy;

  beforeEach(() => {
    jasmine.clock().install();
    spyOn(window, 'requestIdleCallback').and.callFake((callback: IdleRequestCallback) => {
      callback({ didTimeout: false, timeRemaining: () => 50 });
      return 1;
    });
    performance.clearMeasures(WARM_UP_MEASURE);
    loadTrends = jasmine.createSpy('loadTrends').and.resolveTo(TrendsPage);
    loadHelp = jasmine.createSpy('loadHelp').and.resolveTo(TrendsPage);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'trends', data: { preload: true }, loadComponent: loadTrends },
          { path: 'help', loadComponent: loadHelp },
        ]),
      ],
    });
  });

  afterEach(() => jasmine.clock().uninstall());

  it('leaves the first screen alone, then loads the marked routes when the browser is idle', async () => {
    TestBed.inject(RouteWarmUp).start();

    jasmine.clock().tick(1000);
    expect(loadTrends).not.toHaveBeenCalled();

    jasmine.clock().tick(600);
    expect(window.requestIdleCallback).toHaveBeenCalled();
    expect(loadTrends).toHaveBeenCalledTimes(1);
    expect(loadHelp).not.toHaveBeenCalled();
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(performance.getEntriesByName(WARM_UP_MEASURE, 'measure').length).toBe(1);
  });

  it('loads after the settling time in a browser without requestIdleCallback (Safari)', () => {
    const idle = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    Object.defineProperty(window, 'requestIdleCallback', { value: undefined, configurable: true, writable: true });
    try {
      TestBed.inject(RouteWarmUp).start();
      jasmine.clock().tick(1500);
      expect(loadTrends).not.toHaveBeenCalled();
      jasmine.clock().tick(1);
      expect(loadTrends).toHaveBeenCalledTimes(1);
    } finally {
      if (idle) Object.defineProperty(window, 'requestIdleCallback', idle);
    }
  });

  it('loads nothing when the user asked to save data', () => {
    spyOnProperty(navigator as unknown as { connection: { saveData: boolean } }, 'connection').and.returnValue({ saveData: true });
    TestBed.inject(RouteWarmUp).start();

    jasmine.clock().tick(5000);
    expect(loadTrends).not.toHaveBeenCalled();
  });

  it('loads nothing once the app is gone', () => {
    TestBed.inject(RouteWarmUp).start();
    TestBed.resetTestingModule();

    jasmine.clock().tick(5000);
    expect(loadTrends).not.toHaveBeenCalled();
  });

  it('loads the code behind a link about to be followed, once per route', async () => {
    const warmUp = TestBed.inject(RouteWarmUp);
    warmUp.warmUpLink('/help');
    warmUp.warmUpLink('/help?from=nav');
    await Promise.resolve();
    expect(loadHelp).toHaveBeenCalledTimes(1);
    expect(loadTrends).not.toHaveBeenCalled();
  });

  it('loads nothing behind a link when the user asked to save data', () => {
    spyOnProperty(navigator as unknown as { connection: { saveData: boolean } }, 'connection').and.returnValue({ saveData: true });
    TestBed.inject(RouteWarmUp).warmUpLink('/help');
    expect(loadHelp).not.toHaveBeenCalled();
  });
});
