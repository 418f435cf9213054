import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Icon } from '../../shared/icon/icon';
import { iconCheck } from '../../shared/icon/icons';
import { Choice } from './choices';

/**
 * A radio group drawn as large chips. The radios stay native (arrow keys, forms, screen
 * readers); a chosen chip shows a tick and a heavier border as well as its colour.
 */
@Component({
  selector: 'tend-choice-group',
  imports: [Icon],
  template: `
    <fieldset [attr.data-field]="name()">
      <legend>{{ legend() }}</legend>
      @if (error(); as message) {
        <p class="field-error" [id]="errorId()">{{ message }}</p>
      }
      <div class="chips">
        @for (choice of choices(); track choice.value) {
          <label class="chip">
            <input
              type="radio"
              [name]="name()"
              [id]="name() + '-' + choice.value"
              [value]="choice.value"
              [checked]="value() === choice.value"
              [attr.aria-invalid]="error() ? 'true' : null"
              [attr.aria-describedby]="error() ? errorId() : null"
              (change)="chosen.emit(choice.value)"
            />
            <tend-icon [path]="choice.icon" />
            <span>{{ choice.label }}</span>
            @if (value() === choice.value) {
              <tend-icon class="tick" [path]="tick" />
            }
          </label>
        }
      </div>
    </fieldset>
  `,
  styleUrl: './choice-group.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChoiceGroup<T extends string | number> {
  readonly legend = input.required<string>();
  /** The radios' name; also prefixes their ids. */
  readonly name = input.required<string>();
  readonly choices = input.required<readonly Choice<T>[]>();
  readonly value = input<T | null>(null);
  readonly error = input<string | null>(null);
  readonly chosen = output<T>();

  protected readonly errorId = computed(() => `${this.name()}-error`);
  protected readonly tick = iconCheck;
}
