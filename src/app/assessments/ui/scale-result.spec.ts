import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { answersFromValues } from '../domain/testing/answers-from-values';
import { StoredAssessment } from '../domain';
import { AUDIT_C, BRS, WHO_5 } from '../domain/instruments';
import { buildResultView, ScaleView } from '../state/views/result-view';
import { ScaleResult } from './scale-result';

const stored = (definitionId: string, answers: Record<string, string>, takenAt: string, extra = {}): StoredAssessment => ({
  id: takenAt,
  instrumentId: definitionId,
  instrumentVersion: '1',
  scoringVersion: 1,
  startedAt: takenAt,
  takenAt,
  answers,
  ...extra,
});
const all = (value: number, ids: string[], def = WHO_5) => answersFromValues(def, Object.fromEntries(ids.map((id) => [id, value])));
const five = ['q1', 'q2', 'q3', 'q4', 'q5'];

describe('ScaleResult', () => {
  let fixture: ComponentFixture<ScaleResult>;
  let host: HTMLElement;
  const text = () => host.textContent!.replace(/\s+/g, ' ');

  async function render(scale: ScaleView, shortTitle: string, previousTakenAt: string | null = null) {
    fixture.componentRef.setInput('scale', scale);
    fixture.componentRef.setInput('shortTitle', shortTitle);
    fixture.componentRef.setInput('previousTakenAt', previousTakenAt);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(ScaleResult);
    host = fixture.nativeElement;
  });

  it('shows the score, its band in plain words, its source and a meaningful change', async () => {
    const view = buildResultView(
      WHO_5,
      stored('who-5', all(2, five), '2025-03-01T12:00:00.000Z'),
      stored('who-5', all(3, five), '2025-02-01T12:00:00.000Z'),
    );
    await render(view.scales[0], 'WHO-5', view.previousTakenAt);
    expect(host.querySelector('h3')!.textContent).toBe('Well-being (WHO-5, 0–100)');
    expect(host.querySelector('.value')!.textContent).toBe('40');
    expect(text()).toContain('on a scale of 0 to 100');
    expect(host.querySelector('.band')!.textContent).toBe('Poor well-being');
    expect(text()).toContain('Down 20 since Feb 1, 2025 (was 60). Harder.');
    expect(text()).toContain('That is a meaningful change: the WHO-5 counts 10 points or more as one.');
    expect(text()).toContain('Topp CW');
  });

  it('shows means with two decimals and says when no change rule is published', async () => {
    const answers = answersFromValues(BRS, { q1: 4, q2: 2, q3: 4, q4: 2, q5: 4, q6: 3 });
    const view = buildResultView(BRS, stored('brs', answers, '2025-03-01T12:00:00.000Z'), stored('brs', answers, '2025-02-01T12:00:00.000Z'));
    await render(view.scales[0], 'BRS', view.previousTakenAt);
    expect(host.querySelector('.value')!.textContent).toBe('3.83');
    expect(text()).toContain('The same as last time');
    expect(text()).toContain('The authors publish no rule for how large a change is meaningful.');
  });

  it('shows both sex-specific readings when no sex was given', async () => {
    const answers = answersFromValues(AUDIT_C, { q1: 1, q2: 1, q3: 1 });
    const view = buildResultView(AUDIT_C, stored('audit-c', answers, '2025-03-01T12:00:00.000Z'), undefined);
    await render(view.scales[0], 'AUDIT-C');
    expect(text()).toContain('For women: Positive screen for women (3 or more)');
    expect(text()).toContain('For men: Below the screening cut-off for men (4)');
  });
});
