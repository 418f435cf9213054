import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NAV_ITEMS } from './nav-items';
import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([])],
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
});
