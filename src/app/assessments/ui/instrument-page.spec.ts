import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { AssessmentDraft } from '../domain';
import { InstrumentPageActions } from '../state/instrument-page.actions';
import InstrumentPage from './instrument-page';
import { at, assessmentsState, provideAssessmentsMockStore } from './testing/page-state';

describe('InstrumentPage', () => {
  let fixture: ComponentFixture<InstrumentPage>;
  let host: HTMLElement;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function render(instrumentId: string, drafts: AssessmentDraft[] = []) {
    const state = assessmentsState({ drafts }, InstrumentPageActions.opened({ instrumentId }));
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([]), provideAssessmentsMockStore(state)] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(InstrumentPage);
    host = fixture.nativeElement;
    fixture.componentRef.setInput('id', instrumentId);
    await fixture.whenStable();
  }
  afterEach(() => store.resetSelectors());
  const text = () => host.textContent!.replace(/\s+/g, ' ');
  const button = (name: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.trim() === name)!;

  it('says what it measures, how long it takes, its time frame, that answers stay here, and its terms', async () => {
    await render('phq-9');
    expect(dispatch).toHaveBeenCalledWith(InstrumentPageActions.opened({ instrumentId: 'phq-9' }));
    expect(host.querySelector('h1')!.textContent).toBe('Patient Health Questionnaire-9 (PHQ-9)');
    expect(text()).toContain('About 3 minutes');
    expect(text()).toContain('Over the last 2 weeks');
    expect(text()).toContain('stored only on this device');
    expect(text()).toContain('No permission required to reproduce');
    expect(host.querySelector('a.tend-button')!.getAttribute('href')).toBe('/take');
    expect(host.querySelector('#profession')).toBeNull();
  });

  it('asks ProQOL for an optional profession and remembers it', async () => {
    await render('proqol-5');
    const input = host.querySelector<HTMLInputElement>('#profession')!;
    input.value = 'physician';
    input.dispatchEvent(new Event('change'));
    expect(dispatch).toHaveBeenCalledWith(InstrumentPageActions.professionChanged({ profession: 'physician' }));
  });

  it('links ProQOL\'s site, as its terms ask, without sending the page it came from', async () => {
    await render('proqol-5');
    const link = Array.from(host.querySelectorAll<HTMLAnchorElement>('a')).find((a) => a.textContent === 'proqol.org')!;
    expect(link.href).toBe('https://proqol.org/');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('asks AUDIT-C for an optional sex, including prefer not to say', async () => {
    await render('audit-c');
    const radios = Array.from(host.querySelectorAll<HTMLInputElement>('input[name=sex]'));
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).toEqual(['Female', 'Male', 'Prefer not to say']);
    radios[2].click();
    expect(dispatch).toHaveBeenCalledWith(InstrumentPageActions.sexChosen({ sex: 'unstated' }));
  });

  it('offers to continue a draft, or to start over after confirming', async () => {
    await render('who-5', [{ instrumentId: 'who-5', instrumentVersion: '1', startedAt: at(0), updatedAt: at(1), answers: { q1: 'all', q2: 'some' } }]);
    expect(text()).toContain('You have an unfinished WHO-5');
    expect(text()).toContain('2 of 5 questions answered');
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    button('Start over').click();
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalledWith(InstrumentPageActions.startOverConfirmed({ instrumentId: 'who-5' }));
    button('Discard and start over').click();
    expect(dispatch).toHaveBeenCalledWith(InstrumentPageActions.startOverConfirmed({ instrumentId: 'who-5' }));
    expect(navigate).toHaveBeenCalledWith(['/assess', 'who-5', 'take']);
  });
});
