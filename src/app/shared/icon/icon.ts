import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A decorative inline SVG icon; the accessible name always comes from visible text beside it. */
@Component({
  selector: 'tend-icon',
  template: `<svg viewBox="0 -960 960 960" aria-hidden="true" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host { display: inline-flex; inline-size: var(--tend-icon-size, 1.5rem); block-size: var(--tend-icon-size, 1.5rem); flex: none; }
    svg { inline-size: 100%; block-size: 100%; fill: currentColor; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Icon {
  readonly path = input.required<string>();
}
