import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterLink } from '@angular/router';
import { RouteWarmUp } from '../preload/route-warm-up';
import { StoragePersistence } from '../storage/storage-persistence';
import { NAV_ITEMS } from './nav-items';
import { Shell } from './shell';

@Component({
  imports: [RouterLink],
  template: `<h1>Today</h1><a routerLink="/trends" [queryParams]="{ range: '90d' }">See your trends</a>`,
})
class PageWithLink {}

describe('Shell', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: '', component: PageWithLink }])],
    }),
  );

  it('links every destination, More, and Get help now', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    const navLinks = [...host.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
    expect(navLinks).toEqual([...NAV_ITEMS.map((i) => i.label), 'More destinations']);
    expect(host.querySelector('header a[href="/help"]')!.textContent).toContain('Get help now');
    expect(host.querySelector('a.skip-link')!.getAttribute('href')).toBe('#main');
  });

  it('shows no update banner until a new version is ready', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('.update-banner')).toBeNull();
  });

  it('says plainly, while it lasts, that storage is full and what to do', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('[role="status"]')).toBeNull();

    TestBed.inject(StoragePersistence).full.set(true);
    await fixture.whenStable();
    expect(host.querySelector('[role="status"]')!.textContent!.trim()).toBe(
      "This device's storage for Tend is full. Free space on the device, or export your data and delete old entries.",
    );

    TestBed.inject(StoragePersistence).full.set(false);
    await fixture.whenStable();
    expect(host.querySelector('[role="status"]')).toBeNull();
  });

  it('starts loading the screen behind any link pointed at: in the top bar, the nav or a page', async () => {
    const warmUpLink = spyOn(TestBed.inject(RouteWarmUp), 'warmUpLink');
    const fixture = TestBed.createComponent(Shell);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;

    host.querySelector('header a[href="/help"]')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    host.querySelector('nav a[href="/journal"]')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    [...host.querySelectorAll('main a')].find((a) => a.textContent === 'See your trends')!.dispatchEvent(new Event('focusin', { bubbles: true }));

    expect(warmUpLink.calls.allArgs()).toEqual([['/help'], ['/journal'], ['/trends?range=90d']]);
  });
});
