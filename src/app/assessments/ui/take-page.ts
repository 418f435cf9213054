import {
  afterNextRender,
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  OnChanges,
  signal,
  viewChildren,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Clock } from '../../core/clock/clock';
import { UnsavedChanges } from '../../core/unsaved/unsaved-changes';
import { settingsFeature } from '../../settings';
import { AssessmentPageActions } from '../state/assessment-page.actions';
import { selectQuestionsView } from '../state/assessment-views.selectors';
import { assessmentsFeature } from '../state/assessments.feature';
import { QuestionView } from '../state/views/question-view';
import { LoadNotice } from './load-notice';
import { QuestionField } from './question-field';
import { SafetyNotice } from './safety-notice';
import { wideScreen } from './wide-screen';

/**
 * /assess/:id/take — one question per screen on phones, all on one page on wide screens. Every
 * answer is saved as a draft at once. Keys: 1…n choose option n, arrows move within the options,
 * Enter goes to the next question.
 */
@Component({
  selector: 'tend-take-page',
  imports: [RouterLink, LoadNotice, QuestionField, SafetyNotice],
  templateUrl: './take-page.html',
  styleUrl: './take-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export default class TakePage implements OnChanges {
  readonly id = input.required<string>();
  /** `?item=q3`: open at that question, as the review's links do. */
  readonly item = input<string>();

  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly injector = inject(Injector);
  private readonly appRef = inject(ApplicationRef);
  private readonly startedAt = this.clock.now().toISOString();
  private readonly fields = viewChildren(QuestionField);
  private positioned = false;

  protected readonly view = this.store.selectSignal(selectQuestionsView);
  protected readonly load = this.store.selectSignal(assessmentsFeature.selectLoad);
  protected readonly loaded = this.store.selectSignal(assessmentsFeature.selectLoaded);
  protected readonly draftSave = this.store.selectSignal(assessmentsFeature.selectDraftSave);
  protected readonly region = this.store.selectSignal(settingsFeature.selectRegion);
  protected readonly wide = wideScreen();
  protected readonly index = signal(0);
  protected readonly current = computed(() => {
    const questions = this.view()?.questions ?? [];
    return questions[Math.min(this.index(), questions.length - 1)] ?? null;
  });
  protected readonly isLast = computed(() => this.index() >= (this.view()?.questions.length ?? 0) - 1);
  protected readonly optionCount = computed(() => Math.max(0, ...(this.view()?.questions ?? []).map((q) => q.options.length)));

  constructor() {
    inject(UnsavedChanges).track(computed(() => this.draftSave().status === 'loading'));
    // Once the draft is loaded, start at the question asked for, else at the first unanswered one.
    effect(() => {
      const view = this.view();
      if (!this.loaded() || !view || this.positioned) return;
      this.positioned = true;
      const requested = view.questions.findIndex((q) => q.id === this.item());
      this.index.set(requested >= 0 ? requested : view.resumeIndex);
      // After the router has moved focus to the heading, so that this focus wins.
      if (requested >= 0) void this.appRef.whenStable().then(() => this.focusQuestion(view.questions[requested].id, true));
    });
  }

  ngOnChanges(): void {
    this.positioned = false;
    this.store.dispatch(AssessmentPageActions.opened({ instrumentId: this.id() }));
  }

  protected choose(itemId: string, optionId: string): void {
    const view = this.view();
    if (!view) return;
    const at = this.clock.now().toISOString();
    const { instrumentId, instrumentVersion } = view;
    this.store.dispatch(AssessmentPageActions.answerChosen({ instrumentId, instrumentVersion, itemId, optionId, at, startedAt: this.startedAt }));
  }

  /** Enter and the phone's Next: the question after `from`, or the review after the last. */
  protected next(from: QuestionView | null = this.current()): void {
    const questions = this.view()?.questions ?? [];
    const position = from ? questions.findIndex((q) => q.id === from.id) : this.index();
    if (position >= questions.length - 1) {
      this.review();
      return;
    }
    this.moveTo(position + 1);
  }

  /** The review, whatever question has focus: on one page every question is already in view. */
  protected review(): void {
    void this.router.navigate(['/assess', this.id(), 'review']);
  }

  protected back(): void {
    this.moveTo(Math.max(0, this.index() - 1));
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.loaded()) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && isTextEntry(target)) return;
    const question = this.questionAround(target) ?? this.current();
    if (!question) return;
    if (/^[1-9]$/.test(event.key)) {
      const option = question.options[Number(event.key) - 1];
      if (!option) return;
      event.preventDefault();
      this.choose(question.id, option.id);
      // By id: the answer has made a new view, whose questions are new objects.
      const position = this.view()?.questions.findIndex((q) => q.id === question.id) ?? -1;
      if (position >= 0) this.index.set(position);
      this.fields().find((f) => f.question().id === question.id)?.focus(option.id);
    } else if (event.key === 'Enter' && (!target || target.matches('input[type=radio]') || !isInteractive(target))) {
      event.preventDefault();
      this.next(question);
    }
  }

  private moveTo(index: number): void {
    this.index.set(index);
    const id = this.view()?.questions[index]?.id;
    if (!id) return;
    // On one page the question is already there; one per screen, it exists after the next render.
    if (this.wide()) this.focusQuestion(id);
    else afterNextRender(() => this.focusQuestion(id), { injector: this.injector });
  }

  private focusQuestion(itemId: string, scroll = false): void {
    const field = this.fields().find((f) => f.question().id === itemId);
    field?.focus();
    if (scroll) field?.scrollIntoView();
  }

  private questionAround(target: HTMLElement | null): QuestionView | null {
    const itemId = target?.closest('[data-item-id]')?.getAttribute('data-item-id');
    return this.view()?.questions.find((q) => q.id === itemId) ?? null;
  }
}

function isTextEntry(element: HTMLElement): boolean {
  return element.isContentEditable || element.matches('textarea, select, input:not([type=radio]):not([type=checkbox])');
}

function isInteractive(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, summary, [role=button], [role=link]');
}
