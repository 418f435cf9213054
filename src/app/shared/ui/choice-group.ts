import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Icon } from '../icon/icon';
import { iconCheck } from '../icon/icons';

/** One option of a choice group: words, and an icon beside them if the page has one. */
export interface Choice<T> {
  value: T;
  label: string;
  icon?: string;
}

let nextId = 0;

/**
 * A single choice drawn as large chips. The radios stay native (arrow keys move the choice, forms,
 * "radio, 2 of 5" in screen readers); a chosen chip shows a tick and a heavier border as well as its
 * colour. With `noneLabel`, a first chip chooses nothing, so an answer can be taken back.
 */
@Component({
  selector: 'tend-choice-group',
  imports: [Icon],
  template: `
    <fieldset>
      <legend>{{ legend() }}</legend>
      @if (error(); as message) {
        <p class="field-error" [id]="errorId()">{{ message }}</p>
      }
      <div class="chips">
        @for (choice of options(); track choice.value) {
          <label class="chip">
            <input
              type="radio"
              [name]="groupName()"
              [id]="groupName() + '-' + (choice.value ?? 'none')"
              [value]="choice.value ?? ''"
              [checked]="value() === choice.value"
              [attr.aria-invalid]="error() ? 'true' : null"
              [attr.aria-describedby]="error() ? errorId() : null"
              (change)="pick(choice.value)"
            />
            @if (choice.icon; as icon) {
              <tend-icon [path]="icon" />
            }
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
  /** The radios' name, which also prefixes their ids (`mood-3`, `mood-error`); unique if not given. */
  readonly name = input<string>();
  readonly choices = input.required<readonly Choice<T>[]>();
  /** The chosen value; null when nothing is chosen. */
  readonly value = input<T | null>(null);
  /** The words of a first chip that chooses nothing ("No mood"); none is drawn without them. */
  readonly noneLabel = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly chosen = output<T>();
  /** The "none" chip was chosen. */
  readonly cleared = output<void>();

  private readonly fallbackName = `tend-choice-${nextId++}`;
  protected readonly groupName = computed(() => this.name() ?? this.fallbackName);
  protected readonly errorId = computed(() => `${this.groupName()}-error`);
  /** The choices, after the "none" chip if there is one (value null). */
  protected readonly options = computed((): readonly Choice<T | null>[] => {
    const none = this.noneLabel();
    return none === null ? this.choices() : [{ value: null, label: none }, ...this.choices()];
  });
  protected readonly tick = iconCheck;

  protected pick(value: T | null): void {
    if (value === null) this.cleared.emit();
    else this.chosen.emit(value);
  }
}
