import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { Clock } from '../../core/clock/clock';
import { AssessmentPageActions } from '../state/assessment-page.actions';
import ReviewPage from './review-page';
import { at, assessmentsState, provideAssessmentsMockStore } from './testing/page-state';
import { fixedClock } from '../../core/clock/testing';

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let host: HTMLElement;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function render(answers: Record<string, string> | null, instrumentId = 'who-5') {
    const state = assessmentsState(
      { drafts: answers ? [{ instrumentId, instrumentVersion: '1', startedAt: at(0), updatedAt: at(1), answers }] : [] },
      AssessmentPageActions.opened({ instrumentId }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideAssessmentsMockStore(state),
        { provide: Clock, useValue: fixedClock(at(4), 'UTC') },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ReviewPage);
    host = fixture.nativeElement;
    fixture.componentRef.setInput('id', instrumentId);
    await fixture.whenStable();
  }
  afterEach(() => store.resetSelectors());

  const submit = () => Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.trim() === 'See my result');

  it('points out missing answers with links to them, and offers no result until they are given', async () => {
    await render({ q1: 'all', q2: 'most' });
    expect(host.querySelector('#missing-heading')!.textContent).toContain('3 questions still need an answer');
    const links = Array.from(host.querySelectorAll<HTMLAnchorElement>('.missing a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/assess/who-5/take?item=q3',
      '/assess/who-5/take?item=q4',
      '/assess/who-5/take?item=q5',
    ]);
    expect(links[0].textContent).toContain('Question 3: I have felt active and vigorous');
    expect(submit()).toBeUndefined();
  });

  const texts = (selector: string) => Array.from(host.querySelectorAll(selector)).map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

  it('CBI with two personal items answered: says what each scale needs for a score, not that every question does', async () => {
    await render({ 'personal-1': 'often', 'personal-2': 'sometimes' }, 'cbi');
    expect(host.querySelector('#missing-heading')!.textContent).toBe('No scale can be scored yet');
    expect(texts('.missing .shortfalls li')).toEqual([
      'Personal burnout: 1 more answer gives a score (4 unanswered)',
      'Work-related burnout: 4 more answers give a score (7 unanswered)',
      'Patient-related burnout: 3 more answers give a score (6 unanswered)',
    ]);
    expect(host.textContent).not.toContain('questions still need an answer');
    expect(host.querySelectorAll('.missing a').length).toBe(17);
    expect(submit()).toBeUndefined();
  });

  it('CBI with one scale scored: names the scales that will have no score, and what each needs', async () => {
    await render({ 'personal-1': 'often', 'personal-2': 'sometimes', 'personal-3': 'seldom', 'work-1': 'high' }, 'cbi');
    expect(host.querySelector('.missing')).toBeNull();
    expect(texts('.note .shortfalls li')).toEqual([
      'Work-related burnout: 3 more answers give a score (6 unanswered)',
      'Patient-related burnout: 3 more answers give a score (6 unanswered)',
    ]);
    expect(submit()).toBeDefined();
  });

  it('lists every answer and submits with a new id and the finish time', async () => {
    await render({ q1: 'all', q2: 'most', q3: 'some', q4: 'none', q5: 'all' });
    expect(host.querySelector('.answers')!.textContent).toContain('Most of the time');
    submit()!.click();
    const action = dispatch.calls.mostRecent().args[0];
    expect(action.type).toBe(AssessmentPageActions.submitted.type);
    expect(action.instrumentId).toBe('who-5');
    expect(action.finishedAt).toBe(at(4));
    expect(action.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says when there is nothing to review', async () => {
    await render(null);
    expect(host.textContent).toContain('There are no answers to review.');
  });
});
