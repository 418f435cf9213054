import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CartesianScaleOptions, CategoryScale, Chart, FontSpec, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import { provideCharts } from 'ng2-charts';
import { scaleChartView } from '../state/scale-chart-view';
import { aChartView } from '../testing/chart-view-fixture';
import { TrendChart } from './trend-chart';

describe('TrendChart', () => {
  let fixture: ComponentFixture<TrendChart>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideCharts({
          registerables: [LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title],
        }),
      ],
    });
    fixture = TestBed.createComponent(TrendChart);
    host = fixture.nativeElement;
    host.style.display = 'block';
    host.style.width = '480px';
    document.body.appendChild(host);
  });

  afterEach(() => host.remove());

  async function show(view = aChartView()): Promise<Chart> {
    fixture.componentRef.setInput('view', view);
    await fixture.whenStable();
    const canvas = host.querySelector('canvas')!;
    return Chart.getChart(canvas)!;
  }

  it('waits for its numbers, reporting the plot width to compute them for', async () => {
    const widths: number[] = [];
    fixture.componentInstance.plotWidth.subscribe((width) => widths.push(width));
    fixture.componentRef.setInput('view', null);
    await fixture.whenStable();
    expect(host.querySelector('canvas')).toBeNull();
    expect(host.textContent).toContain('Drawing the chart');
    expect(widths).toEqual([480 - 56]);
  });

  it('draws the series with chart.js as a labelled image with a hidden summary', async () => {
    const chart = await show();
    expect(chart).toBeDefined();
    expect(chart.data.datasets.map((d) => d.data)).toEqual([
      [3, null, 4.5],
      [3, 3, 3.8],
    ]);
    expect(chart.data.labels).toEqual(['23 Mar', '24 Mar', '25 Mar']);
    const canvas = host.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Mood over the last 7 days');
    const summary = document.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toContain('2 check-ins, average 3.8');
    expect(summary.classList).toContain('visually-hidden');
    expect(host.querySelector('h3')?.textContent).toBe('Mood over the last 7 days');
    expect(JSON.parse(host.getAttribute('data-values')!)).toEqual([
      [3, null, 4.5],
      [3, 3, 3.8],
    ]);
  });

  it('draws a single result over all time as a visible point on a dated axis', async () => {
    const history = {
      id: 'phq-9-total',
      subject: 'PHQ-9 total score',
      range: { min: 0, max: 27 },
      bands: [
        { label: 'Minimal', min: 0, max: 4 },
        { label: 'Mild', min: 5, max: 27 },
      ],
      cutOffs: [],
      meaningfulChange: null,
      scores: [{ takenAt: '2026-03-31T08:00:00Z', value: 7 }],
    };
    const chart = await show(scaleChartView(history, 'all', '2026-03-31', 'UTC'));
    const x = chart.scales['x'];
    expect(x.max).toBeGreaterThan(x.min);
    const labels = x.ticks.map((tick) => tick.label);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels).toContain('31 Mar 2026');
    const point = chart.getDatasetMeta(0).data[0];
    const area = chart.chartArea;
    expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBeTrue();
    expect(point.x).toBeGreaterThanOrEqual(area.left);
    expect(point.x).toBeLessThanOrEqual(area.right);
    expect(point.y).toBeGreaterThan(area.top);
    expect(point.y).toBeLessThan(area.bottom);
  });

  it('tells apart the series without colour: points on one, a dashed line on the other', async () => {
    const chart = await show();
    const [main, rolling] = chart.data.datasets as { pointStyle?: string; borderDash?: number[]; pointRadius?: number }[];
    expect(main.pointStyle).toBe('circle');
    expect(main.pointRadius).toBeGreaterThan(0);
    expect(rolling.borderDash).toEqual([6, 4]);
    expect(rolling.pointRadius).toBe(0);
    const scales = chart.options.scales as Record<string, { title: { text: string } }>;
    expect(scales['x'].title.text).toBe('Day');
    expect(scales['y'].title.text).toBe('Mood (rating 1–5)');
  });

  it('when lazy, draws nothing until it comes near the screen', async () => {
    host.style.marginTop = '300vh';
    fixture.componentRef.setInput('lazy', true);
    fixture.componentRef.setInput('view', aChartView());
    await fixture.whenStable();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(host.querySelector('canvas')).toBeNull();
    expect(fixture.componentInstance.waitingToBeSeen()).toBeTrue();
    expect(host.querySelector('h3')?.textContent).toBe(aChartView().title);

    host.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    await fixture.whenStable();
    expect(fixture.componentInstance.waitingToBeSeen()).toBeFalse();
    expect(Chart.getChart(host.querySelector('canvas')!)).toBeDefined();
  });

  it('tells when each update was drawn, and redraws with new numbers', async () => {
    expect(fixture.componentInstance.drawnAt()).toBeNull();
    const chart = await show();
    const first = fixture.componentInstance.drawnAt();
    expect(first).toBeGreaterThan(0);
    await show(aChartView({ series: [{ label: 'Mood', style: 'points', values: [1, 2, 3] }] }));
    expect(fixture.componentInstance.drawnAt()).toBeGreaterThan(first!);
    expect(chart.data.datasets.map((d) => d.data)).toEqual([[1, 2, 3]]);
  });

  it('shows a table with the same numbers, and hides it again', async () => {
    await show();
    const toggle = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Show as table'))!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector('table')).toBeNull();
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = host.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toContain('Mood over the last 7 days');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBeTrue();
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows[0].querySelector('th')?.getAttribute('scope')).toBe('row');
    const values = JSON.parse(host.getAttribute('data-values')!) as (number | null)[][];
    expect(rows.map((row) => row.querySelectorAll('td')[0].textContent)).toEqual(values[0].map((v) => (v === null ? '—' : String(v))));
    toggle.click();
    await fixture.whenStable();
    expect(host.querySelector('table')).toBeNull();
    expect(toggle.textContent).toContain('Show as table');
  });

  it('saves the chart, title and legend drawn in, as a PNG named for what it shows', async () => {
    const chart = await show();
    const toImage = chart.toBase64Image.bind(chart);
    let drawnIn: { title?: boolean; legend?: boolean; legendHeight?: number } = {};
    spyOn(chart, 'toBase64Image').and.callFake((...args: Parameters<Chart['toBase64Image']>) => {
      const plugins = chart.options.plugins;
      drawnIn = { title: plugins?.title?.display, legend: plugins?.legend?.display, legendHeight: chart.legend?.height };
      return toImage(...args);
    });
    const clicks = spyOn(HTMLAnchorElement.prototype, 'click');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Save as PNG'))!.click();
    const link = clicks.calls.mostRecent().object as HTMLAnchorElement;
    expect(link.download).toBe('tend-mood-7d-2026-03-31.png');
    expect(link.href).toMatch(/^data:image\/png;base64,/);
    expect(drawnIn.title).toBeTrue();
    expect(drawnIn.legend).toBeTrue();
    expect(drawnIn.legendHeight).toBeGreaterThan(0);
    expect(chart.options.plugins?.title?.display).toBeFalse();
    expect(chart.options.plugins?.legend?.display).toBeFalse();
    expect(chart.legend?.height).toBe(0);
  });

  it('on a phone (a 316 × 256 px plot at 390 × 844), keeps the y-axis title within its axis on the page and in the PNG', async () => {
    host.style.width = '316px';
    host.querySelector<HTMLElement>('.plot')!.style.blockSize = '16rem';
    const chart = await show(aChartView({ title: 'Sleep quality over the last 30 days', yTitle: 'Sleep quality (rating 1–5)' }));
    /** The y axis' length left over beside its title; below 0 the title is cut off. */
    const room = (): number => {
      const axis = chart.scales['y'];
      const title = (axis.options as CartesianScaleOptions).title;
      chart.ctx.save();
      chart.ctx.font = toFont(title.font as Partial<FontSpec>).string;
      const width = chart.ctx.measureText(String(title.text)).width;
      chart.ctx.restore();
      return axis.height - width;
    };
    expect(room()).toBeGreaterThanOrEqual(0);
    let roomInPng = Number.NaN;
    spyOn(chart, 'toBase64Image').and.callFake(() => {
      roomInPng = room();
      return 'data:image/png;base64,';
    });
    spyOn(HTMLAnchorElement.prototype, 'click');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Save as PNG'))!.click();
    expect(roomInPng).toBeGreaterThanOrEqual(0);
    expect(chart.height).toBe(256);
  });

  it('has a legend of buttons that show and hide each series, kept across new numbers', async () => {
    const chart = await show();
    expect(chart.options.plugins?.legend?.display).toBeFalse();
    const legend = host.querySelector('ul.legend')!;
    const buttons = () => [...legend.querySelectorAll('button')];
    expect(buttons().map((b) => b.querySelector('.label')?.textContent)).toEqual(['Mood', '7-day average']);
    expect(buttons().map((b) => b.querySelector('tend-series-key')?.getAttribute('data-style'))).toEqual(['points', 'dashed']);
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true']);

    buttons()[1].click();
    await fixture.whenStable();
    expect(buttons()[1].getAttribute('aria-pressed')).toBe('false');
    expect(chart.isDatasetVisible(0)).toBeTrue();
    expect(chart.isDatasetVisible(1)).toBeFalse();

    await show(aChartView({ title: 'Mood over the last 30 days' }));
    expect(chart.isDatasetVisible(1)).toBeFalse();
    expect(buttons()[1].getAttribute('aria-pressed')).toBe('false');

    buttons()[1].click();
    await fixture.whenStable();
    expect(chart.isDatasetVisible(1)).toBeTrue();
    expect(buttons()[1].getAttribute('aria-pressed')).toBe('true');
  });

  it('draws score bands under the data', async () => {
    const chart = await show(
      aChartView({
        bands: [
          { label: 'Low', min: 1, max: 2 },
          { label: 'High', min: 3, max: 5 },
        ],
        cutOffs: [{ value: 3, label: 'Cut-off 3' }],
      }),
    );
    const bands = chart.options.plugins?.tendBands;
    expect(bands?.bands?.map((b) => b?.label)).toEqual(['Low', 'High']);
    expect(bands?.fills?.length).toBe(2);
  });
});
