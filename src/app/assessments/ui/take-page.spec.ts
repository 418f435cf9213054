import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { Clock } from '../../core/clock/clock';
import { AssessmentDraft } from '../domain';
import { AssessmentPageActions } from '../state/assessment-page.actions';
import { assessmentsFeature } from '../state/assessments.feature';
import { at, assessmentsState, provideAssessmentsMockStore, provideScreen } from './testing/page-state';
import TakePage from './take-page';
import { fixedClock } from '../../core/clock/testing';

describe('TakePage', () => {
  let fixture: ComponentFixture<TakePage>;
  let host: HTMLElement;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  const draft = (answers: Record<string, string>): AssessmentDraft => ({
    instrumentId: 'phq-9',
    instrumentVersion: '1',
    startedAt: at(0),
    updatedAt: at(1),
    answers,
  });
  const eight = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`q${i + 1}`, 'not-at-all']));

  /** `live`: dispatched actions go through the reducer, so an answer makes a new view as in the app. */
  async function render(options: { wide: boolean; answers?: Record<string, string>; item?: string; live?: boolean }) {
    const state = assessmentsState(
      { drafts: options.answers ? [draft(options.answers)] : [] },
      AssessmentPageActions.opened({ instrumentId: 'phq-9' }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideAssessmentsMockStore(state),
        provideScreen(options.wide),
        { provide: Clock, useValue: fixedClock(at(5), 'UTC') },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    if (options.live) {
      let current = state;
      dispatch.and.callFake((action) => {
        current = assessmentsFeature.reducer(current, action);
        store.setState({ assessments: current });
      });
    }
    fixture = TestBed.createComponent(TakePage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    fixture.componentRef.setInput('id', 'phq-9');
    if (options.item) fixture.componentRef.setInput('item', options.item);
    await fixture.whenStable();
  }
  afterEach(() => {
    host.remove();
    store.resetSelectors();
  });

  const legends = () => Array.from(host.querySelectorAll('legend')).map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
  const button = (name: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.trim() === name)!;
  const key = (k: string, target: EventTarget = document.body) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

  it('on a phone, asks one question at a time, starting at the first unanswered one', async () => {
    await render({ wide: false, answers: { q1: 'several-days' } });
    expect(dispatch).toHaveBeenCalledWith(AssessmentPageActions.opened({ instrumentId: 'phq-9' }));
    expect(legends()).toEqual(['Question 2 of 10 Feeling down, depressed, or hopeless']);
    expect(host.textContent).toContain('1 of 10 answered');
    button('Next').click();
    await fixture.whenStable();
    expect(legends()[0]).toContain('Question 3 of 10');
    button('Back').click();
    await fixture.whenStable();
    expect(legends()[0]).toContain('Question 2 of 10');
  });

  it('saves every answer as it is chosen', async () => {
    await render({ wide: false });
    host.querySelector<HTMLInputElement>('input[value=more-than-half]')!.click();
    expect(dispatch).toHaveBeenCalledWith(
      AssessmentPageActions.answerChosen({ instrumentId: 'phq-9', instrumentVersion: '1', itemId: 'q1', optionId: 'more-than-half', at: at(5), startedAt: at(5) }),
    );
  });

  it('picks option n with digit n and moves on with Enter', async () => {
    await render({ wide: false });
    key('3');
    expect(dispatch).toHaveBeenCalledWith(jasmine.objectContaining({ type: AssessmentPageActions.answerChosen.type, itemId: 'q1', optionId: 'more-than-half' }));
    expect((document.activeElement as HTMLInputElement).value).toBe('more-than-half');
    key('9');
    expect(dispatch).toHaveBeenCalledTimes(2); // opened, one answer: there is no ninth option
    key('Enter', document.activeElement!);
    await fixture.whenStable();
    expect(legends()[0]).toContain('Question 2 of 10');
  });

  it('on a phone, a digit answers the question shown and keeps it on screen, and Enter focuses the next one', async () => {
    await render({ wide: false, live: true, answers: { q1: 'several-days' } });
    key('4');
    await fixture.whenStable();
    expect(legends()).toEqual(['Question 2 of 10 Feeling down, depressed, or hopeless']);
    expect(host.querySelector<HTMLInputElement>('input[value=nearly-every-day]')!.checked).toBeTrue();
    expect((document.activeElement as HTMLInputElement).value).toBe('nearly-every-day');
    expect(host.textContent).toContain('2 of 10 answered');
    key('2', document.activeElement!);
    await fixture.whenStable();
    expect(host.querySelector<HTMLInputElement>('input[value=several-days]')!.checked).toBeTrue();
    key('Enter', document.activeElement!);
    await fixture.whenStable();
    expect(legends()[0]).toContain('Question 3 of 10');
    expect(document.activeElement).toBe(host.querySelector('fieldset input[type=radio]'));
    key('1', document.activeElement!);
    await fixture.whenStable();
    expect(legends()[0]).toContain('Question 3 of 10');
    expect(host.textContent).toContain('3 of 10 answered');
  });

  it('on a wide screen, Review answers goes to the review whichever question has focus', async () => {
    await render({ wide: true, answers: eight });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    host.querySelectorAll('fieldset')[2].querySelector('input')!.focus();
    button('Review answers').click();
    expect(navigate).toHaveBeenCalledOnceWith(['/assess', 'phq-9', 'review']);
  });

  it('ignores digits typed into a text field', async () => {
    await render({ wide: false });
    const input = document.createElement('input');
    document.body.appendChild(input);
    key('2', input);
    input.remove();
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('shows the crisis resources as soon as item 9 is above 0, and focuses them', async () => {
    await render({ wide: false, answers: { ...eight, q9: 'several-days' } });
    const notice = host.querySelector('tend-safety-notice')!;
    expect(notice).not.toBeNull();
    expect(notice.querySelector('[role=alert]')!.textContent).toContain('better off dead');
    expect(document.activeElement).toBe(notice.querySelector('h2'));
    expect(legends()[0]).toContain('Question 10 of 10');
  });

  it('goes to the review after the last question', async () => {
    await render({ wide: false, answers: { ...eight, q9: 'not-at-all' } });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    button('Review answers').click();
    expect(navigate).toHaveBeenCalledWith(['/assess', 'phq-9', 'review']);
  });

  it('on a wide screen, shows every question on one page with the crisis resources right after item 9', async () => {
    await render({ wide: true, answers: { ...eight, q9: 'nearly-every-day' } });
    expect(legends().length).toBe(10);
    const fields = host.querySelectorAll('tend-question-field');
    const notice = host.querySelector('tend-safety-notice')!;
    expect(fields[8].nextElementSibling).toBe(notice);
    expect(notice.nextElementSibling).toBe(fields[9]);
  });

  it('opens at the question a review link asks for', async () => {
    await render({ wide: false, answers: eight, item: 'q3' });
    expect(legends()[0]).toContain('Question 3 of 10');
  });
});
