import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Clock } from '../../core/clock/clock';
import { NotificationAccess, SystemNotifications } from '../data/system-notifications';
import { ReminderPageActions } from '../state/reminder-page.actions';
import { rootStateWith } from '../testing/check-in-state';
import ReminderPage from './reminder-page';
import { fixedClock } from '../../core/clock/testing';

describe('ReminderPage', () => {
  const reminder = { enabled: true, time: '20:00', notify: false };
  let dispatch: jasmine.Spy;
  let notifications: jasmine.SpyObj<SystemNotifications>;

  async function open(access: NotificationAccess) {
    notifications = jasmine.createSpyObj<SystemNotifications>('SystemNotifications', ['request', 'access']);
    notifications.request.and.resolveTo(access);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        // Only the recent weeks read: the preferences come with them, and this page needs no more.
        provideMockStore({ initialState: rootStateWith({ preferences: { showStreak: false, reminder }, recentSince: '2026-10-17' }) }),
        { provide: SystemNotifications, useValue: notifications },
        { provide: Clock, useValue: fixedClock('2026-11-28T09:00:00.000Z', 'UTC') },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const fixture = TestBed.createComponent(ReminderPage);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  const checkbox = (host: HTMLElement, text: string) =>
    [...host.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;

  it('turns the reminder off and the streak on', async () => {
    const { host } = await open('granted');
    checkbox(host, 'Remind me').click();
    expect(dispatch).toHaveBeenCalledWith(ReminderPageActions.reminderChanged({ reminder: { ...reminder, enabled: false } }));
    checkbox(host, 'days in a row').click();
    expect(dispatch).toHaveBeenCalledWith(ReminderPageActions.streakVisibilityChanged({ showStreak: true }));
  });

  it('changes the time, and explains a time it cannot read without saving it', async () => {
    const { fixture, host } = await open('granted');
    const time = host.querySelector<HTMLInputElement>('#reminder-time')!;
    time.value = '07:15';
    time.dispatchEvent(new Event('change'));
    expect(dispatch).toHaveBeenCalledWith(ReminderPageActions.reminderChanged({ reminder: { ...reminder, time: '07:15' } }));
    dispatch.calls.reset();
    time.value = '';
    time.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalled();
    expect(host.querySelector('#reminder-time-error')?.textContent).toContain('Enter a time of day');
    expect(time.getAttribute('aria-describedby')).toBe('reminder-time-error');
  });

  it('asks for permission only when notifications are turned on, and saves the choice once granted', async () => {
    const { fixture, host } = await open('granted');
    expect(notifications.request).not.toHaveBeenCalled();
    checkbox(host, 'notification').click();
    await fixture.whenStable();
    expect(notifications.request).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith(ReminderPageActions.reminderChanged({ reminder: { ...reminder, notify: true } }));
    expect(host.textContent).toContain('Works while Tend is open or installed');
  });

  it('keeps notifications off and says why when the browser refuses', async () => {
    const { fixture, host } = await open('denied');
    const box = checkbox(host, 'notification');
    box.click();
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalled();
    expect(box.checked).toBeFalse();
    expect(host.querySelector('[role=alert]')?.textContent).toContain('turned off for Tend');
  });

  it('downloads a daily calendar event at the chosen time', async () => {
    const { host } = await open('granted');
    const created = spyOn(URL, 'createObjectURL').and.returnValue('blob:reminder');
    const clicks = spyOn(HTMLAnchorElement.prototype, 'click');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Add to calendar'))!.click();
    const blob = created.calls.mostRecent().args[0] as Blob;
    expect(blob.type).toBe('text/calendar;charset=utf-8');
    const text = await blob.text();
    expect(text).toContain('DTSTART:20261128T200000');
    expect(text).toContain('RRULE:FREQ=DAILY');
    const link = clicks.calls.mostRecent().object as HTMLAnchorElement;
    expect(link.download).toBe('tend-check-in-reminder.ics');
  });
});
