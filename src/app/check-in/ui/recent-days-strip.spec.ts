import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { recentDays } from '../domain/recent-days';
import { sampleCheckIn } from '../testing/check-in-state';
import { RecentDaysStrip } from './recent-days-strip';

describe('RecentDaysStrip', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  it('shows seven days, oldest first, and says plainly how many had a check-in', async () => {
    const fixture = TestBed.createComponent(RecentDaysStrip);
    const days = recentDays([sampleCheckIn('2026-11-28', { mood: 5 }), sampleCheckIn('2026-11-24', { mood: 2 })], '2026-11-28');
    fixture.componentRef.setInput('days', days);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    const items = [...host.querySelectorAll('li')];
    expect(items.length).toBe(7);
    expect(items[6].querySelector('.visually-hidden')?.textContent).toMatch(/28.*: mood Great$/);
    expect(items[2].querySelector('.visually-hidden')?.textContent).toMatch(/24.*: mood Low$/);
    expect(items[0].querySelector('.visually-hidden')?.textContent).toMatch(/: no check-in$/);
    expect(host.querySelectorAll('.mark.done tend-icon').length).toBe(2);
    expect(host.querySelector('.summary')?.textContent).toBe('Checked in on 2 of the last 7 days');
  });

  it('follows new input', async () => {
    const fixture = TestBed.createComponent(RecentDaysStrip);
    fixture.componentRef.setInput('days', recentDays([], '2026-11-28'));
    await fixture.whenStable();
    fixture.componentRef.setInput('days', recentDays([sampleCheckIn('2026-11-27')], '2026-11-28'));
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('.summary').textContent).toBe('Checked in on 1 of the last 7 days');
  });
});
