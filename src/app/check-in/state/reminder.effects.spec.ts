import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Subject, Subscription } from 'rxjs';
import { CheckInPreferencesRepository } from '../data/check-in-preferences-repository';
import { SystemNotifications } from '../data/system-notifications';
import { rootStateWith } from '../testing/check-in-state';
import { checkInFeature } from './check-in.feature';
import { PreferencesDbActions } from './preferences-db.actions';
import { ReminderSaveEffects } from './reminder-save.effects';
import { ReminderEffects } from './reminder.effects';
import { ReminderPageActions } from './reminder-page.actions';

describe('ReminderEffects and ReminderSaveEffects', () => {
  let actions$: Subject<Action>;
  let repository: jasmine.SpyObj<CheckInPreferencesRepository>;
  let notifications: jasmine.SpyObj<SystemNotifications>;
  let store: MockStore;
  const reminder = { enabled: true, time: '20:00', notify: true };
  const preferences = { showStreak: false, reminder };

  beforeEach(() => {
    actions$ = new Subject();
    repository = jasmine.createSpyObj<CheckInPreferencesRepository>('CheckInPreferencesRepository', ['put']);
    notifications = jasmine.createSpyObj<SystemNotifications>('SystemNotifications', ['show']);
    notifications.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        ReminderEffects,
        ReminderSaveEffects,
        provideMockActions(() => actions$),
        provideMockStore({ initialState: rootStateWith({ preferences }) }),
        { provide: CheckInPreferencesRepository, useValue: repository },
        { provide: SystemNotifications, useValue: notifications },
      ],
    });
    store = TestBed.inject(MockStore);
  });
  // Overridden selectors are shared objects: put them back for the next spec.
  afterEach(() => store.resetSelectors());

  it('stores the whole preferences record after a change', async () => {
    repository.put.and.callFake(async (p) => p);
    const result = firstValueFrom(TestBed.inject(ReminderSaveEffects).save$);
    actions$.next(ReminderPageActions.streakVisibilityChanged({ showStreak: false }));
    expect(await result).toEqual(PreferencesDbActions.saveSucceeded());
    expect(repository.put).toHaveBeenCalledOnceWith(preferences);
  });

  it('reports a failed save', async () => {
    repository.put.and.rejectWith(new Error('QuotaExceededError'));
    const result = firstValueFrom(TestBed.inject(ReminderSaveEffects).save$);
    actions$.next(ReminderPageActions.reminderChanged({ reminder }));
    expect(await result).toEqual(PreferencesDbActions.saveFailed({ error: 'QuotaExceededError' }));
  });

  describe('notifications', () => {
    let subscription: Subscription;
    const due = (value: boolean) => {
      store.overrideSelector(checkInFeature.selectReminderDue, value);
      store.refreshState();
    };
    afterEach(() => subscription.unsubscribe());
    /** The notification code loads when one is due: wait for it, and for the call it makes. */
    const settled = () => import('../data/system-notifications').then(() => new Promise((resolve) => setTimeout(resolve)));

    it('notifies once when the reminder becomes due while Tend is open', async () => {
      due(false);
      subscription = TestBed.inject(ReminderEffects).notify$.subscribe();
      due(true);
      due(true);
      await settled();
      expect(notifications.show).toHaveBeenCalledOnceWith('Time for your check-in', jasmine.any(String), '/check-in');
    });

    it('does not notify when Tend opens after the reminder time: the app itself shows it', async () => {
      due(true);
      subscription = TestBed.inject(ReminderEffects).notify$.subscribe();
      due(true);
      await settled();
      expect(notifications.show).not.toHaveBeenCalled();
    });

    it('does not notify when notifications are off', async () => {
      store.overrideSelector(checkInFeature.selectReminder, { ...reminder, notify: false });
      due(false);
      subscription = TestBed.inject(ReminderEffects).notify$.subscribe();
      due(true);
      await settled();
      expect(notifications.show).not.toHaveBeenCalled();
    });
  });
});
