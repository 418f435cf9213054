import { Provider, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Location } from '@angular/common';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { CheckIn } from '../../check-in';
import { aCheckIn } from '../domain/check-in-fixture';
import { storedWho5 } from '../../assessments/domain/testing/stored-who5';
import { LOAD_ASSESSMENT_SCORING } from '../state/assessment-charts';
import { TrendsPageActions } from '../state/trends-page.actions';
import { trendsRootState, RootStateOptions } from '../testing/trends-root-state';
import { TrendChart } from './trend-chart';
import TrendsPage, { TRENDS_DRAWN_MARK } from './trends-page';
import { CheckInsDbActions } from '../../check-in/state/check-ins-db.actions';

function days(count: number, change: (i: number) => Partial<CheckIn> = () => ({})): CheckIn[] {
  const end = Date.UTC(2026, 2, 31);
  return Array.from({ length: count }, (_, i) =>
    aCheckIn(new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10), change(i)),
  );
}

describe('TrendsPage', () => {
  beforeEach(() => performance.clearMarks(TRENDS_DRAWN_MARK));

  async function open(
    options: RootStateOptions = {},
    query: Record<string, string> = {},
    before?: (store: MockStore) => void,
    providers: Provider[] = [],
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore({ initialState: trendsRootState({ today: '2026-03-31', ...options }) }),
        provideCharts({
          registerables: [LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title],
        }),
        ...providers,
      ],
    });
    const store = TestBed.inject(MockStore);
    before?.(store);
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    const replaceState = spyOn(TestBed.inject(Location), 'replaceState');
    const fixture = TestBed.createComponent(TrendsPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    // Everything below the check-in chart is rendered in the task after it.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const radio = (name: string) => [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement?.textContent?.trim() === name)!;
    return { fixture, host, store, dispatch, replaceState, radio };
  }

  /** Lets tasks run until `done`: the scoring is fetched only after the check-in chart has drawn. */
  async function settle(fixture: { whenStable(): Promise<unknown> }, done: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !done(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fixture.whenStable();
    }
  }

  /** A page whose check-in chart draws in its first rendering pass: the plot width is known. */
  function configureWithPlotWidth(providers: Provider[] = []): void {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore({ initialState: trendsRootState({ today: '2026-03-31', checkIns, trends: { plotWidth: 320 } }) }),
        provideCharts({ registerables: [LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title] }),
        ...providers,
      ],
    });
  }

  // Overridden selectors are memoized globally: put them back for the next spec.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const checkIns = days(60, (i) => ({ mood: ((i % 5) + 1) as CheckIn['mood'], shift: i % 2 ? 'night' : 'day' }));

  it('draws a month from the recent weeks read first, and has the years before read for a longer range', async () => {
    // Today's first read began on 17 February, six weeks before 31 March; older check-ins are stored.
    const recent = { checkIns: checkIns.slice(-42), recentSince: '2026-02-17' };
    const month = await open({ ...recent, trends: { plotWidth: 320 } });
    expect(month.host.querySelector('tend-trend-chart')).not.toBeNull();
    // Only once the month has drawn are the years before read, for a longer range chosen next.
    const olderNeeded = () => month.dispatch.calls.allArgs().some(([action]) => (action as { type?: string }).type === CheckInsDbActions.olderNeeded.type);
    expect(olderNeeded()).toBe(month.host.getAttribute('data-state') === 'ready');
    await settle(month.fixture, olderNeeded);
    expect(month.host.getAttribute('data-state')).toBe('ready');
    expect(olderNeeded()).toBeTrue();
    TestBed.resetTestingModule();

    const quarter = await open({ ...recent, trends: { range: '90d' } }, { range: '90d' });
    expect(quarter.dispatch).toHaveBeenCalledWith(CheckInsDbActions.olderNeeded());
    expect(quarter.host.querySelector('tend-trend-chart')).toBeNull();
    expect(quarter.host.getAttribute('data-state')).toBe('loading');
  });

  it('opens with the range and metric in its address', async () => {
    const { dispatch } = await open({ checkIns }, { range: '90d', metric: 'stress' });
    expect(dispatch).toHaveBeenCalledWith(TrendsPageActions.opened({ range: '90d', metric: 'stress' }));
  });

  it('falls back to 30 days of mood for an address it does not understand', async () => {
    const { dispatch } = await open({ checkIns }, { range: 'forever', metric: 'luck' });
    expect(dispatch).toHaveBeenCalledWith(TrendsPageActions.opened({ range: '30d', metric: 'mood' }));
  });

  it('dispatches a range change from the radio group and keeps it in the address', async () => {
    const { dispatch, replaceState, radio } = await open({ checkIns, trends: { metric: 'stress' } });
    expect(radio('30 days').checked).toBeTrue();
    radio('90 days').click();
    expect(dispatch).toHaveBeenCalledWith(TrendsPageActions.rangeChosen({ range: '90d' }));
    expect(replaceState).toHaveBeenCalledWith('/?range=90d&metric=stress');
  });

  it('dispatches a metric change', async () => {
    const { dispatch, radio } = await open({ checkIns });
    radio('Sleep hours').click();
    expect(dispatch).toHaveBeenCalledWith(TrendsPageActions.metricChosen({ metric: 'sleepHours' }));
  });

  it('reports the plot width so the series fits the canvas', async () => {
    const { dispatch } = await open({ checkIns });
    expect(dispatch).toHaveBeenCalledWith(jasmine.objectContaining({ type: TrendsPageActions.plotWidthMeasured.type }));
  });

  it('shows in its table the same numbers the chart draws, and is ready once drawn', async () => {
    const { fixture, host } = await open({ checkIns, trends: { range: '7d', plotWidth: 320 } });
    const chart = host.querySelector('tend-trend-chart')!;
    const drawn = JSON.parse(chart.getAttribute('data-values')!) as (number | null)[][];
    expect(drawn[0]).toEqual([4, 5, 1, 2, 3, 4, 5]);
    [...chart.querySelectorAll('button')].find((b) => b.textContent?.includes('Show as table'))!.click();
    await fixture.whenStable();
    const rows = [...chart.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelectorAll('td')[0].textContent)).toEqual(drawn[0].map(String));
    expect(rows.map((row) => row.querySelectorAll('td')[1].textContent)).toEqual(drawn[1].map((v) => (v === null ? '—' : String(v))));
    expect(host.getAttribute('data-state')).toBe('ready');
    expect(performance.getEntriesByName(TRENDS_DRAWN_MARK, 'mark').length).toBeGreaterThan(0);
  });

  it('shows group means with n and names groups with fewer than 5 days', async () => {
    const offDays = ['2026-03-10', '2026-03-11', '2026-03-12'].map((day) => aCheckIn(day, { shift: 'off' }));
    const { host } = await open({ checkIns: [...days(9, () => ({ shift: 'night' })), ...offDays] });
    const shiftCard = [...host.querySelectorAll('tend-group-means-table')].find((t) => t.textContent?.includes('By shift type'))!;
    expect(shiftCard.querySelector('tbody th')?.textContent).toBe('Night shift');
    expect(shiftCard.querySelectorAll('tbody td')[0].textContent).toBe('9');
    expect(shiftCard.textContent).toContain('fewer than 5 days each: Day off (3)');
  });

  it('explains the sleep–mood pattern needs 14 paired days', async () => {
    const { host } = await open({ checkIns: days(5) });
    expect(host.textContent).toContain('needs 14 pairs');
    expect(host.textContent).not.toContain('Spearman');
  });

  it('draws one chart per assessment scale, scored from the stored answers, and is ready once each has drawn', async () => {
    // Every item 3 and every item 2: 60 % and 40 %, the second below the cut-off of 50.
    const assessments = [storedWho5('b', '2026-03-01T12:00:00Z', 2), storedWho5('a', '2026-02-01T12:00:00Z', 3)];
    const { host, fixture } = await open({ checkIns, assessments, trends: { plotWidth: 320, range: '90d' } });
    await settle(fixture, () => host.querySelectorAll('tend-trend-chart').length === 2);
    // Below the check-in chart, it is drawn once scrolled to.
    host.querySelectorAll('tend-trend-chart')[1].scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    await fixture.whenStable();
    const charts = [...host.querySelectorAll('tend-trend-chart')];
    expect(charts.length).toBe(2);
    expect(charts[1].querySelector('canvas')?.getAttribute('aria-label')).toBe('Well-being (WHO-5, 0–100) over the last 90 days');
    expect(JSON.parse(charts[1].getAttribute('data-values')!)).toEqual([
      [60, 40],
      [null, 40],
    ]);
    expect(host.getAttribute('data-state')).toBe('ready');
  });

  it('says so when the scoring cannot be fetched, and Try again fetches it', async () => {
    const assessments = [storedWho5('a', '2026-03-01T12:00:00Z', 3)];
    let fail = true;
    const load = () => (fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : import('../../assessments/scoring'));
    const { host, fixture } = await open({ checkIns, assessments, trends: { plotWidth: 320 } }, {}, undefined, [
      { provide: LOAD_ASSESSMENT_SCORING, useValue: load },
    ]);
    await settle(fixture, () => host.querySelector('[role=alert]') !== null);
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Your assessment scores could not be shown: Failed to fetch');
    fail = false;
    [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')!.click();
    await settle(fixture, () => host.querySelectorAll('tend-trend-chart').length === 2);
    expect(host.querySelectorAll('tend-trend-chart').length).toBe(2);
    expect(host.querySelector('[role=alert]')).toBeNull();
  });

  it('fetches the scoring only once the check-in chart has drawn', async () => {
    let fixture: ComponentFixture<TrendsPage> | undefined;
    const drawnWhenFetched: (number | null | undefined)[] = [];
    const load = () => {
      drawnWhenFetched.push(fixture?.debugElement.query(By.directive(TrendChart))?.componentInstance.drawnAt());
      return import('../../assessments/scoring');
    };
    configureWithPlotWidth([{ provide: LOAD_ASSESSMENT_SCORING, useValue: load }]);
    fixture = TestBed.createComponent(TrendsPage);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(drawnWhenFetched.length).toBe(1);
    expect(drawnWhenFetched[0]).toBeGreaterThan(0);
  });

  it('with no assessment taken yet, says how scores will appear and links to Assess', async () => {
    const { host, fixture } = await open({ checkIns, trends: { plotWidth: 320 } });
    await settle(fixture, () => !host.textContent?.includes('Loading your assessment results'));
    expect(host.textContent).toContain('once you take an assessment');
    expect(host.querySelector('a[href="/assess"]')).not.toBeNull();
  });

  it('says honestly that practice sessions are not recorded, and promises no practice minutes', async () => {
    const { host } = await open({ checkIns });
    const text = host.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Tend does not record practice sessions, so there are no practice minutes to show.');
    expect(text).not.toMatch(/practice minutes will appear|once you complete practices/i);
    expect(text).toContain('Credit per license cycle');
  });

  it('invites a first check-in when there is none, and is ready with nothing to draw', async () => {
    const { host } = await open({ checkIns: [] });
    expect(host.textContent).toContain('No check-ins yet');
    expect(host.querySelector('canvas')).toBeNull();
    expect(host.getAttribute('data-state')).toBe('ready');
  });

  it('draws the check-in chart first and the rest of the page in the next task', async () => {
    configureWithPlotWidth();
    const fixture = TestBed.createComponent(TrendsPage);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('canvas')).not.toBeNull();
    expect(host.querySelector('#patterns-heading')).toBeNull();
    expect(host.querySelector('#assessments-heading')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(host.querySelector('#patterns-heading')).not.toBeNull();
    expect(host.querySelector('#assessments-heading')).not.toBeNull();
  });

  it('waits for the check-ins to load', async () => {
    const { host } = await open({ checkIns, loaded: false });
    expect(host.textContent).toContain('Loading your check-ins');
    expect(host.getAttribute('data-state')).toBe('loading');
  });
});
