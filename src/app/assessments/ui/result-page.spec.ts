import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { StoredAssessment } from '../domain';
import { PHQ_9, WHO_5 } from '../domain/instruments';
import { answersFromValues } from '../domain/testing/answers-from-values';
import { ResultPageActions } from '../state/result-page.actions';
import ResultPage from './result-page';
import { at, assessmentsState, provideAssessmentsMockStore } from './testing/page-state';

describe('ResultPage', () => {
  let fixture: ComponentFixture<ResultPage>;
  let host: HTMLElement;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  const phq9: StoredAssessment = {
    id: 'r1',
    instrumentId: 'phq-9',
    instrumentVersion: '1',
    scoringVersion: 1,
    startedAt: at(0),
    takenAt: at(4),
    answers: answersFromValues(PHQ_9, { q1: 1, q2: 1, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 2 }),
  };
  const who5: StoredAssessment = { ...phq9, id: 'w1', instrumentId: 'who-5', answers: answersFromValues(WHO_5, { q1: 1, q2: 1, q3: 1, q4: 1, q5: 1 }) };

  async function render(result: StoredAssessment, resultId = result.id) {
    const state = assessmentsState({ assessments: [result] }, ResultPageActions.opened({ instrumentId: result.instrumentId, resultId }));
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([]), provideAssessmentsMockStore(state)] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ResultPage);
    host = fixture.nativeElement;
    fixture.componentRef.setInput('id', result.instrumentId);
    fixture.componentRef.setInput('resultId', resultId);
    await fixture.whenStable();
  }
  afterEach(() => store.resetSelectors());

  it('shows crisis resources above the scores when a safety rule fired', async () => {
    await render(phq9);
    const notice = host.querySelector('tend-safety-notice')!;
    const scores = host.querySelector('#scores-heading')!;
    expect(notice).not.toBeNull();
    expect(notice.compareDocumentPosition(scores) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(host.querySelector('.value')!.textContent).toBe('4');
    expect(host.textContent).toContain('This is screening, not diagnosis.');
    expect(host.textContent).toContain('Only you can see this result.');
  });

  it('offers the next step with a link that starts it, and a re-take reminder', async () => {
    await render(who5);
    expect(host.querySelector('tend-safety-notice')).toBeNull();
    const link = Array.from(host.querySelectorAll('a')).find((a) => a.textContent!.trim() === 'Take the PHQ-9')!;
    expect(link.getAttribute('href')).toBe('/assess/phq-9');
    const select = host.querySelector('select')!;
    select.value = 'every-2-weeks';
    select.dispatchEvent(new Event('change'));
    expect(dispatch).toHaveBeenCalledWith(ResultPageActions.reminderChosen({ instrumentId: 'who-5', interval: 'every-2-weeks' }));
  });

  it('says so when the result is not on this device', async () => {
    await render(who5, 'gone');
    expect(host.querySelector('h1')!.textContent).toBe('Result not found');
  });
});
