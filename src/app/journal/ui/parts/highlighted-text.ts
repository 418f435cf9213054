import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TextRange } from '../../domain/search-text';
import { textSegments } from '../../domain/text-segments';

/** Text with its search matches in <mark>; every piece renders as text, never as HTML. */
@Component({
  selector: 'tend-highlighted-text',
  template: `@for (segment of segments(); track $index) {@if (segment.match) {<mark>{{ segment.text }}</mark>} @else {{{ segment.text }}}}`,
  styles: `
    mark {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-radius: 2px;
      box-shadow: 0 0 0 1px var(--mat-sys-tertiary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HighlightedText {
  readonly text = input.required<string>();
  readonly matches = input<readonly TextRange[]>([]);
  protected readonly segments = computed(() => textSegments(this.text(), this.matches()));
}
