import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { StoredAssessment } from '../domain';
import { AssessmentsDbActions } from '../state/assessments-db.actions';
import { HistoryPageActions } from '../state/history-page.actions';
import HistoryPage from './history-page';
import { at, assessmentsState, provideAssessmentsMockStore } from './testing/page-state';

describe('HistoryPage', () => {
  let store: MockStore;
  const result: StoredAssessment = {
    id: 'r1',
    instrumentId: 'who-5',
    instrumentVersion: '1',
    scoringVersion: 1,
    startedAt: at(0),
    takenAt: at(3),
    answers: { q1: 'all', q2: 'all', q3: 'all', q4: 'all', q5: 'all' },
  };
  afterEach(() => store.resetSelectors());

  async function render(...after: Parameters<typeof assessmentsState>[1][]) {
    const state = assessmentsState({ assessments: [result] }, HistoryPageActions.opened({ instrumentId: 'who-5' }), ...after);
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([]), provideAssessmentsMockStore(state)] });
    store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(HistoryPage);
    fixture.componentRef.setInput('id', 'who-5');
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement, dispatch };
  }

  it('deletes a result after confirmation', async () => {
    const { fixture, host, dispatch } = await render();
    expect(dispatch).toHaveBeenCalledWith(HistoryPageActions.opened({ instrumentId: 'who-5' }));
    host.querySelector<HTMLButtonElement>('[data-delete=r1]')!.click();
    await fixture.whenStable();
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.trim() === 'Delete result')!.click();
    expect(dispatch).toHaveBeenCalledWith(HistoryPageActions.deleteConfirmed({ assessment: result }));
  });

  it('offers to undo the last deletion', async () => {
    const { host, dispatch } = await render(AssessmentsDbActions.deleteSucceeded({ assessment: result }));
    expect(host.textContent).toContain('No WHO-5 results on this device.');
    expect(host.textContent).toContain('Deleted the result from');
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.trim() === 'Undo')!.click();
    expect(dispatch).toHaveBeenCalledWith(HistoryPageActions.undoDeleteClicked({ assessment: result }));
  });

  it('shows a failed deletion as an alert', async () => {
    const { host } = await render(AssessmentsDbActions.deleteFailed({ error: 'AbortError' }));
    expect(host.querySelector('[role=alert]')!.textContent).toContain('AbortError');
  });
});
