import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import { QuestionView } from '../state/views/question-view';

/**
 * One question as native radio buttons in a fieldset, the item's text as its legend, so screen
 * readers announce the question with every option. Digits beside the options are keyboard hints.
 */
@Component({
  selector: 'tend-question-field',
  templateUrl: './question-field.html',
  styleUrl: './question-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionField {
  readonly question = input.required<QuestionView>();
  /** Unique per question on the page: the radio group's name. */
  readonly name = input.required<string>();
  readonly total = input.required<number>();
  readonly chosen = output<string>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Moves focus into the group: to the given option, else the chosen one, else the first. */
  focus(optionId?: string): void {
    const radios = Array.from(this.host.nativeElement.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    const target = radios.find((r) => r.value === optionId) ?? radios.find((r) => r.checked) ?? radios[0];
    target?.focus();
  }

  scrollIntoView(): void {
    this.host.nativeElement.scrollIntoView({ block: 'center' });
  }
}
