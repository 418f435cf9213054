import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { AssessmentsDbActions } from '../state/assessments-db.actions';
import { AssessmentsPageActions } from '../state/assessments-page.actions';
import AssessmentsPage from './assessments-page';
import { assessmentsState, provideAssessmentsMockStore } from './testing/page-state';

describe('AssessmentsPage', () => {
  let store: MockStore;
  afterEach(() => store.resetSelectors());

  async function render(state = assessmentsState({})) {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([]), provideAssessmentsMockStore(state)] });
    store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(AssessmentsPage);
    await fixture.whenStable();
    return { host: fixture.nativeElement as HTMLElement, dispatch };
  }

  it('lists the instruments by group with their time, and those deliberately absent', async () => {
    const { host } = await render();
    expect(Array.from(host.querySelectorAll('h2')).map((h) => h.textContent!.trim())).toEqual([
      'Burnout',
      'Well-being',
      'Mood and anxiety',
      'Resilience and self-compassion',
      'Alcohol',
      'Why some well-known instruments are not here',
    ]);
    const cbi = host.querySelector<HTMLAnchorElement>('a[href="/assess/cbi"]')!;
    expect(cbi.textContent).toContain('About 5 minutes');
    expect(cbi.textContent).toContain('Not taken yet');
    expect(host.textContent).toContain('Maslach Burnout Inventory (MBI)');
  });

  it('says how many stored records could not be read', async () => {
    const { host } = await render(assessmentsState({ skipped: 2 }));
    expect(host.querySelector('[role=status]')!.textContent).toContain('2 stored results or drafts could not be read');
  });

  it('shows a failed load with a retry', async () => {
    const { host, dispatch } = await render(assessmentsState(null, AssessmentsDbActions.loadFailed({ error: 'blocked' })));
    expect(host.querySelector('[role=alert]')!.textContent).toContain('blocked');
    host.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    expect(dispatch).toHaveBeenCalledWith(AssessmentsPageActions.retryLoadClicked());
  });
});
