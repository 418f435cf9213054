import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { QuestionView } from '../state/views/question-view';
import { QuestionField } from './question-field';

describe('QuestionField', () => {
  let fixture: ComponentFixture<QuestionField>;
  let host: HTMLElement;
  const question: QuestionView = {
    id: 'q2',
    position: 2,
    sectionTitle: 'Personal burnout',
    text: 'How often are you physically exhausted?',
    optional: false,
    options: [
      { id: 'always', label: 'Always' },
      { id: 'often', label: 'Often' },
    ],
    chosenOptionId: 'often',
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(QuestionField);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    fixture.componentRef.setInput('question', question);
    fixture.componentRef.setInput('name', 'cbi-q2');
    fixture.componentRef.setInput('total', 19);
    await fixture.whenStable();
  });
  afterEach(() => host.remove());

  const radios = () => Array.from(host.querySelectorAll<HTMLInputElement>('input[type=radio]'));

  it('is a fieldset of native radios whose legend is the question', () => {
    const legend = host.querySelector('fieldset > legend')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(legend).toBe('Personal burnout Question 2 of 19 How often are you physically exhausted?');
    expect(radios().map((r) => [r.name, r.value, r.checked])).toEqual([
      ['cbi-q2', 'always', false],
      ['cbi-q2', 'often', true],
    ]);
    expect(radios()[0].closest('label')!.textContent).toContain('Always');
  });

  it('emits the chosen option', () => {
    const chosen: string[] = [];
    fixture.componentInstance.chosen.subscribe((id) => chosen.push(id));
    radios()[0].click();
    expect(chosen).toEqual(['always']);
  });

  it('moves focus to the option asked for, else the chosen one', () => {
    fixture.componentInstance.focus();
    expect(document.activeElement).toBe(radios()[1]);
    fixture.componentInstance.focus('always');
    expect(document.activeElement).toBe(radios()[0]);
  });

  it('marks an optional question', async () => {
    fixture.componentRef.setInput('question', { ...question, optional: true });
    await fixture.whenStable();
    expect(host.querySelector('legend')!.textContent).toContain('(optional)');
  });
});
