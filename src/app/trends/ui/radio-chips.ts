import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Icon } from '../../shared/icon/icon';
import { iconCheck } from '../../shared/icon/icons';

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
}

/**
 * A radio group drawn as chips. The radios stay native, so arrow keys move and choose, and
 * screen readers announce "radio, 2 of 5"; the chosen chip shows a tick, not only a colour.
 */
@Component({
  selector: 'tend-radio-chips',
  imports: [Icon],
  template: `
    <fieldset>
      <legend>{{ legend() }}</legend>
      <div class="chips">
        @for (choice of choices(); track choice.value) {
          <label class="chip">
            <input
              type="radio"
              [name]="name()"
              [value]="choice.value"
              [checked]="value() === choice.value"
              (change)="chosen.emit(choice.value)"
            />
            @if (value() === choice.value) {
              <tend-icon [path]="tick" />
            }
            <span>{{ choice.label }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  styleUrl: './radio-chips.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadioChips<T extends string> {
  readonly legend = input.required<string>();
  readonly name = input.required<string>();
  readonly choices = input.required<readonly RadioChoice<T>[]>();
  readonly value = input.required<T>();
  readonly chosen = output<T>();

  protected readonly tick = iconCheck;
}
