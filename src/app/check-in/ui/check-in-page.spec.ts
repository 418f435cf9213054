import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { UnsavedChanges } from '../../core/unsaved/unsaved-changes';
import { CheckInPageActions } from '../state/check-in-page.actions';
import { CheckInsDbActions } from '../state/check-ins-db.actions';
import { checkInFeature } from '../state/check-in.feature';
import { checkInStateWith, rootStateWith, sampleCheckIn, StateOptions } from '../testing/check-in-state';
import CheckInPage from './check-in-page';

describe('CheckInPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(options: StateOptions & { day?: string } = {}) {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore({ initialState: rootStateWith(options) })],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(CheckInPage);
    if (options.day) fixture.componentRef.setInput('day', options.day);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  const radio = (host: HTMLElement, id: string) => host.querySelector<HTMLInputElement>(`#${id}`)!;
  const save = async (fixture: ComponentFixture<CheckInPage>) => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
  };
  const submitted = () =>
    dispatch.calls.allArgs().map(([action]) => action).filter((action) => action.type === CheckInPageActions.formSubmitted.type);

  it('says which day it saves for and when that day starts', async () => {
    const { host } = await open({ today: '2026-11-28' });
    expect(host.querySelector('h1')?.textContent).toBe('Check-in');
    expect(host.querySelector('.day-note')?.textContent).toMatch(/Counts for .*28.* — your day starts at 04:00\./);
    expect(dispatch).toHaveBeenCalledWith(CheckInPageActions.opened());
  });

  it('saves in three taps: mood, energy, stress, then Save, with the rest repeated from last time', async () => {
    const previous = sampleCheckIn('2026-11-27', { sleepHours: 5.5, shift: 'night', hoursWorked: 12.5 });
    const { fixture, host } = await open({ checkIns: [previous], today: '2026-11-28' });
    radio(host, 'mood-4').click();
    radio(host, 'energy-2').click();
    radio(host, 'stress-3').click();
    await save(fixture);
    expect(submitted()).toEqual([
      CheckInPageActions.formSubmitted({
        day: '2026-11-28',
        draft: { mood: 4, energy: 2, stress: 3, sleepHours: 5.5, sleepQuality: 3, hoursWorked: 12.5, shift: 'night', tagIds: [], note: '' },
        newTags: [],
      }),
    ]);
  });

  it('shows what is missing next to each field, focuses the first, and dispatches nothing', async () => {
    const { fixture, host } = await open();
    radio(host, 'energy-3').click();
    await save(fixture);
    expect(submitted()).toEqual([]);
    expect(host.querySelector('#mood-error')?.textContent).toContain('Choose how your mood is');
    expect(host.querySelector('#energy-error')).toBeNull();
    expect(host.querySelector('#stress-error')?.textContent).toContain('Choose your stress level');
    expect(radio(host, 'mood-1').getAttribute('aria-describedby')).toBe('mood-error');
    expect(document.activeElement).toBe(radio(host, 'mood-1'));
  });

  it('opens the details and focuses the field when the problem is there', async () => {
    const { fixture, host } = await open();
    for (const id of ['mood-3', 'energy-3', 'stress-3']) radio(host, id).click();
    const hours = host.querySelector<HTMLInputElement>('#hours-worked')!;
    hours.value = '40';
    hours.dispatchEvent(new Event('input'));
    await save(fixture);
    expect(submitted()).toEqual([]);
    expect(host.querySelector<HTMLDetailsElement>('details')!.open).toBeTrue();
    expect(host.querySelector('#hours-worked-error')?.textContent).toContain('between 0 and 36 hours');
    expect(hours.getAttribute('aria-describedby')).toBe('hours-worked-error hours-worked-hint');
    expect(document.activeElement).toBe(hours);
  });

  it('saves a tag made in the form together with the check-in', async () => {
    const { fixture, host } = await open();
    for (const id of ['mood-5', 'energy-4', 'stress-1']) radio(host, id).click();
    host.querySelector<HTMLInputElement>('#new-tag')!.value = 'Trauma bay';
    host.querySelector<HTMLButtonElement>('tend-tag-picker button')!.click();
    await fixture.whenStable();
    await save(fixture);
    const [action] = submitted() as ReturnType<typeof CheckInPageActions.formSubmitted>[];
    expect(action.newTags.map((tag) => tag.name)).toEqual(['Trauma bay']);
    expect(action.draft.tagIds).toEqual([action.newTags[0].id]);
  });

  it('starts from the saved check-in of the day, says it is done, and announces a save', async () => {
    const saved = sampleCheckIn('2026-11-28', { mood: 2, note: 'Long night' });
    const { fixture, host } = await open({ checkIns: [saved], today: '2026-11-28' });
    expect(host.querySelector('.done')?.textContent).toContain('Checked in for today');
    expect(radio(host, 'mood-2').checked).toBeTrue();
    expect(host.querySelector<HTMLTextAreaElement>('#note')!.value).toBe('Long night');
    expect(host.querySelector('[role=status]')?.textContent?.trim()).toBe('');
    const afterSave = checkInFeature.reducer(checkInStateWith({ checkIns: [saved] }), CheckInsDbActions.saveSucceeded({ checkIn: saved, newTags: [] }));
    store.setState({ ...rootStateWith(), checkIn: afterSave });
    await fixture.whenStable();
    expect(host.querySelector('[role=status]')?.textContent).toMatch(/Check-in saved for .*28/);
  });

  it('edits a past day from its address', async () => {
    const past = sampleCheckIn('2026-11-20', { mood: 1 });
    const { fixture, host } = await open({ checkIns: [past], today: '2026-11-28', day: '2026-11-20' });
    expect(host.querySelector('h1')?.textContent).toBe('Check-in for a past day');
    radio(host, 'mood-3').click();
    await save(fixture);
    const [action] = submitted() as ReturnType<typeof CheckInPageActions.formSubmitted>[];
    expect(action.day).toBe('2026-11-20');
    expect(action.draft.mood).toBe(3);
  });

  it('offers no form for a day that has not come yet', async () => {
    const { host } = await open({ today: '2026-11-28', day: '2026-12-01' });
    expect(host.querySelector('form')).toBeNull();
    expect(host.textContent).toContain('only today and earlier days can be checked in');
  });

  for (const day of ['1999-12-31', '1900-01-01', '0000-01-01']) {
    it(`offers no form for ${day}, before the first day Tend keeps`, async () => {
      const { host } = await open({ today: '2026-11-28', day });
      expect(host.querySelector('form')).toBeNull();
      expect(host.textContent).toContain('Tend keeps check-ins from 2000-01-01 on');
    });
  }

  it('shows a failed save as an alert', async () => {
    const { fixture, host } = await open();
    store.setState({ ...rootStateWith(), checkIn: { ...checkInStateWith(), save: { status: 'error', error: 'QuotaExceededError' } } });
    await fixture.whenStable();
    expect(host.querySelector('[role=alert]')?.textContent).toContain('QuotaExceededError');
  });

  it('tells the app about unsaved input, so an update never reloads over it', async () => {
    const { fixture, host } = await open();
    const unsaved = TestBed.inject(UnsavedChanges);
    expect(unsaved.any()).toBeFalse();
    radio(host, 'mood-4').click();
    await fixture.whenStable();
    expect(unsaved.any()).toBeTrue();
    fixture.destroy();
    expect(unsaved.any()).toBeFalse();
  });

  it('waits for the stored check-ins before showing the form', async () => {
    const { host } = await open({ loaded: false });
    expect(host.querySelector('form')).toBeNull();
    expect(host.textContent).toContain('Loading your check-ins');
  });

  it("opens today's form on the recent weeks, and has the years before read for an older day's", async () => {
    const recent = { checkIns: [sampleCheckIn('2026-11-27', { shift: 'call24' })], today: '2026-11-28', recentSince: '2026-10-17' };
    const { host } = await open(recent);
    expect(host.querySelector('form')).not.toBeNull();
    expect(radio(host, 'shift-call24').checked).toBeTrue();
    expect(dispatch).not.toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());

    TestBed.resetTestingModule();
    const older = await open({ ...recent, day: '2026-09-01' });
    expect(older.host.querySelector('form')).toBeNull();
    expect(older.host.textContent).toContain('Loading your check-ins');
    expect(dispatch).toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());
    store.setState({
      ...rootStateWith(recent),
      checkIn: checkInFeature.reducer(checkInStateWith(recent), CheckInsDbActions.olderLoaded({ checkIns: [sampleCheckIn('2026-09-01', { mood: 1 })] })),
    });
    await older.fixture.whenStable();
    expect(older.host.querySelector('form')).not.toBeNull();
    expect(radio(older.host, 'mood-1').checked).toBeTrue();
  });
});
