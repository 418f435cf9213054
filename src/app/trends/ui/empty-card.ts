import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An honest empty state: why there is nothing here, and what would change that. */
@Component({
  selector: 'tend-empty-card',
  template: `
    <h3>{{ heading() }}</h3>
    <p>{{ message() }}</p>
  `,
  styles: `h3 { margin-block-start: 0; }`,
  host: { class: 'tend-card' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyCard {
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
}
