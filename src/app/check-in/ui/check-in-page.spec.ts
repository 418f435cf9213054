import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { UnsavedChanges } from '../../core/unsaved/unsaved-changes';
import { CheckInFormActions } from '../state/check-in-form.actions';
import { CheckInPageActions } from '../state/check-in-page.actions';
import { CheckInsDbActions } from '../state/check-ins-db.actions';
import { checkInFeature } from '../state/check-in.feature';
import { draftFromCheckIn as draftOf } from '../domain/check-in-draft';
import { checkInStateWith, rootStateWith, sampleCheckIn, StateOptions } from '../testing/check-in-state';
import CheckInPage from './check-in-page';

describe('CheckInPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let initial: ReturnType<typeof rootStateWith>;

  async function open(options: StateOptions & { day?: string } = {}) {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore({ initialState: (initial = rootStateWith({ ...options, formDay: options.formDay ?? options.day })) }),
      ],
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

  const nothingAnswered = { mood: null, energy: null, stress: null, sleepHours: null, sleepQuality: null, hoursWorked: null, shift: null, tagIds: [], note: '' };

  it("saves only what was answered: yesterday's sleep and work are offered, never filled in", async () => {
    const previous = sampleCheckIn('2026-11-27', { sleepHours: 5.5, sleepQuality: 2, shift: 'night', hoursWorked: 12.5 });
    const { fixture, host } = await open({ checkIns: [previous], today: '2026-11-28' });
    expect(host.querySelector<HTMLSelectElement>('#sleep-hours')!.value).toBe('');
    expect(host.querySelector<HTMLInputElement>('#hours-worked')!.value).toBe('');
    expect(radio(host, 'shift-night').checked).toBeFalse();
    expect(host.querySelector('.routine')?.textContent).toContain('Yesterday: Sleep 5½ h, poor · Night shift, 12½ h worked');
    radio(host, 'mood-4').click();
    await save(fixture);
    expect(submitted()).toEqual([
      CheckInPageActions.formSubmitted({ day: '2026-11-28', draft: { ...nothingAnswered, mood: 4 }, newTags: [], opened: null }),
    ]);
  });

  it('repeats yesterday\'s sleep and work in one tap when asked', async () => {
    const previous = sampleCheckIn('2026-11-27', { sleepHours: 5.5, sleepQuality: 2, shift: 'night', hoursWorked: 12.5 });
    const { fixture, host } = await open({ checkIns: [previous], today: '2026-11-28' });
    host.querySelector<HTMLButtonElement>('.routine button')!.click();
    await fixture.whenStable();
    expect(host.querySelector('.routine')).toBeNull();
    expect(host.querySelector<HTMLInputElement>('#hours-worked')!.value).toBe('12.5');
    expect(host.querySelector<HTMLSelectElement>('#sleep-hours')!.value).toBe('5.5');
    expect(radio(host, 'shift-night').checked).toBeTrue();
    radio(host, 'mood-2').click();
    await save(fixture);
    const [action] = submitted() as ReturnType<typeof CheckInPageActions.formSubmitted>[];
    expect(action.draft).toEqual({ ...nothingAnswered, mood: 2, sleepHours: 5.5, sleepQuality: 2, hoursWorked: 12.5, shift: 'night' });
  });

  it('shows what is missing next to the field, focuses it, and dispatches nothing', async () => {
    const { fixture, host } = await open();
    radio(host, 'energy-3').click();
    await save(fixture);
    expect(submitted()).toEqual([]);
    expect(host.querySelector('#mood-error')?.textContent).toContain('Choose how your mood is');
    expect(host.querySelector('#energy-error')).toBeNull();
    expect(host.querySelector('#stress-error')).toBeNull();
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
    host.querySelector<HTMLInputElement>('tend-tag-picker input[type=text]')!.value = 'Trauma bay';
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
    // No draft is looked for a day that cannot be checked in.
    const { host } = await open({ today: '2026-11-28', day: '2026-12-01', formDay: '2026-11-28' });
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
    expect(radio(host, 'shift-call24').checked).toBeFalse();
    expect(host.querySelector('.routine button')?.textContent).toBe('Same as yesterday');
    expect(dispatch).not.toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());

    TestBed.resetTestingModule();
    const older = await open({ ...recent, day: '2026-09-01' });
    expect(older.host.querySelector('form')).toBeNull();
    expect(older.host.textContent).toContain('Loading your check-ins');
    expect(dispatch).toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());
    store.setState({
      ...initial,
      checkIn: checkInFeature.reducer(checkInStateWith(recent), CheckInsDbActions.olderLoaded({ checkIns: [sampleCheckIn('2026-09-01', { mood: 1 })] })),
    });
    await older.fixture.whenStable();
    expect(older.host.querySelector('form')).not.toBeNull();
    expect(radio(older.host, 'mood-1').checked).toBeTrue();
  });

  describe('its "saved" status', () => {
    const savedState = (options: StateOptions) => ({
      ...initial,
      checkIn: checkInFeature.reducer(checkInStateWith(options), CheckInsDbActions.saveSucceeded({ checkIn: sampleCheckIn('2026-11-28'), newTags: [] })),
    });
    const status = (host: HTMLElement) => host.querySelector('[role=status]')?.textContent?.trim();

    it('is cleared when the next save fails its checks, while the field error shows', async () => {
      const { fixture, host } = await open({ checkIns: [sampleCheckIn('2026-11-28')] });
      store.setState(savedState({ checkIns: [sampleCheckIn('2026-11-28')] }));
      await fixture.whenStable();
      expect(status(host)).toMatch(/^Check-in saved for .*28\.$/);
      const hours = host.querySelector<HTMLInputElement>('#hours-worked')!;
      hours.value = '40';
      hours.dispatchEvent(new Event('input'));
      await save(fixture);
      expect(host.querySelector('#hours-worked-error')?.textContent).toContain('between 0 and 36 hours');
      expect(status(host)).toBe('');
    });

    it('is cleared when the form changes again', async () => {
      const { fixture, host } = await open({ checkIns: [sampleCheckIn('2026-11-28')] });
      store.setState(savedState({ checkIns: [sampleCheckIn('2026-11-28')] }));
      await fixture.whenStable();
      expect(status(host)).toMatch(/^Check-in saved/);
      radio(host, 'mood-1').click();
      await fixture.whenStable();
      expect(status(host)).toBe('');
    });
  });

  describe('its draft', () => {
    const restored = {
      day: '2026-11-28',
      draft: { ...nothingAnswered, mood: 2, energy: 1, note: 'Three admissions before noon.' },
      newTags: [],
      opened: null,
      savedAt: '2026-11-28T21:00:00.000Z',
    };

    it('hands every change to the autosave, with the check-in it was opened on', async () => {
      const saved = sampleCheckIn('2026-11-28', { mood: 3 });
      const { host } = await open({ checkIns: [saved] });
      expect(dispatch).toHaveBeenCalledWith(CheckInFormActions.shown({ day: '2026-11-28' }));
      radio(host, 'mood-5').click();
      expect(dispatch).toHaveBeenCalledWith(
        CheckInFormActions.changed({ day: '2026-11-28', draft: { ...draftOf(saved), mood: 5 }, newTags: [], opened: saved }),
      );
    });

    it('is restored when the form opens, says so, and can be discarded', async () => {
      const { fixture, host } = await open({ restored });
      expect(radio(host, 'mood-2').checked).toBeTrue();
      expect(radio(host, 'energy-1').checked).toBeTrue();
      expect(host.querySelector<HTMLTextAreaElement>('#note')!.value).toBe('Three admissions before noon.');
      expect(host.querySelector('.restored')?.textContent).toContain('Restored your unsaved check-in from');
      expect(TestBed.inject(UnsavedChanges).any()).toBeTrue();

      host.querySelector<HTMLButtonElement>('.restored button')!.click();
      await fixture.whenStable();
      expect(dispatch).toHaveBeenCalledWith(CheckInFormActions.draftDiscarded({ day: '2026-11-28' }));
      expect(radio(host, 'mood-2').checked).toBeFalse();
      expect(host.querySelector<HTMLTextAreaElement>('#note')!.value).toBe('');
      expect(host.querySelector('.restored')).toBeNull();
      expect(document.activeElement).toBe(radio(host, 'mood-1'));
    });

    it('waits for the draft to be looked for before showing the form', async () => {
      const { host } = await open({ form: { draftRead: { day: '2026-11-28', status: { status: 'loading', error: null }, draft: null } } });
      expect(host.querySelector('form')).toBeNull();
    });
  });

  describe('with another tab', () => {
    const mine = sampleCheckIn('2026-11-28', { mood: 3 });
    const theirs = sampleCheckIn('2026-11-28', { mood: 5, updatedAt: '2026-11-29T01:00:00.000Z' });
    // The same draft read as the form opened on: the page was not opened again.
    const storedNow = (checkIn: typeof theirs, form = {}) => ({
      ...initial,
      checkIn: checkInStateWith({ checkIns: [checkIn] }),
      checkInForm: { ...initial.checkInForm, ...form },
    });
    const status = (host: HTMLElement) => host.querySelector('[role=status]')?.textContent?.trim();

    it('shows the check-in another tab saved when the form has no unsaved edits', async () => {
      const { fixture, host } = await open({ checkIns: [mine] });
      store.setState(storedNow(theirs));
      await fixture.whenStable();
      expect(radio(host, 'mood-5').checked).toBeTrue();
      expect(status(host)).toBe('');
      radio(host, 'mood-4').click();
      await save(fixture);
      const [action] = submitted() as ReturnType<typeof CheckInPageActions.formSubmitted>[];
      expect(action.opened).toEqual(theirs);
    });

    it('keeps unsaved edits when another tab saves, says so, and saves them against what it opened', async () => {
      const { fixture, host } = await open({ checkIns: [mine] });
      radio(host, 'mood-1').click();
      store.setState(storedNow(theirs));
      await fixture.whenStable();
      expect(radio(host, 'mood-1').checked).toBeTrue();
      expect(status(host)).toContain('This check-in was changed in another tab.');
      await save(fixture);
      const [action] = submitted() as ReturnType<typeof CheckInPageActions.formSubmitted>[];
      expect(action.opened).toEqual(mine);
      expect(action.draft.mood).toBe(1);
    });

    it('after a conflict, offers keep mine or theirs, naming what differs, with the focus on the choice', async () => {
      const { fixture, host } = await open({ checkIns: [mine] });
      radio(host, 'mood-1').click();
      store.setState(storedNow(theirs, { conflict: { day: '2026-11-28', theirs } }));
      await fixture.whenStable();
      const alert = host.querySelector<HTMLElement>('tend-check-in-conflict [role=alert]')!;
      expect(alert.textContent).toContain('This check-in was changed in another tab');
      expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Mood: Great in the other tab, Very low in yours']);
      expect(document.activeElement).toBe(alert);
      expect(status(host)).toBe('');

      const [keepTheirs, keepMine] = [...alert.querySelectorAll('button')];
      expect([keepTheirs.textContent, keepMine.textContent]).toEqual(['Keep theirs', 'Keep mine']);
      keepMine.click();
      const [action] = submitted() as ReturnType<typeof CheckInPageActions.formSubmitted>[];
      expect(action.opened).toEqual(theirs);
      expect(action.draft.mood).toBe(1);
    });

    it('"Keep theirs" puts their check-in in the form and drops the edits', async () => {
      const { fixture, host } = await open({ checkIns: [mine] });
      radio(host, 'mood-1').click();
      store.setState(storedNow(theirs, { conflict: { day: '2026-11-28', theirs } }));
      await fixture.whenStable();
      host.querySelectorAll<HTMLButtonElement>('tend-check-in-conflict button')[0].click();
      expect(dispatch).toHaveBeenCalledWith(CheckInFormActions.keepTheirsChosen({ day: '2026-11-28' }));
      store.setState(storedNow(theirs));
      await fixture.whenStable();
      expect(radio(host, 'mood-5').checked).toBeTrue();
      expect(TestBed.inject(UnsavedChanges).any()).toBeFalse();
      expect(status(host)).toContain("The form now holds the other tab's check-in");
    });
  });
});
