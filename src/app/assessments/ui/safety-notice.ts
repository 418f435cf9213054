import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, viewChild } from '@angular/core';
import { CrisisResources, RegionCode } from '../../safety';
import { SafetySignal } from '../domain';

let nextId = 0;

/**
 * Crisis resources for a response that signals risk. It appears the moment the answer is given,
 * says that no one else sees it, and (while a person is answering) takes focus so that it is read
 * out before anything else.
 */
@Component({
  selector: 'tend-safety-notice',
  imports: [CrisisResources],
  templateUrl: './safety-notice.html',
  styleUrl: './safety-notice.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyNotice {
  readonly signals = input.required<readonly SafetySignal[]>();
  readonly region = input.required<RegionCode>();
  /** Moves focus to the heading when the notice appears. */
  readonly focusOnAppear = input(false);

  protected readonly headingId = `tend-safety-notice-${nextId++}`;
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterNextRender(() => {
      if (!this.focusOnAppear()) return;
      // The whole notice at the top of the screen, not just its heading at the bottom edge.
      this.host.nativeElement.scrollIntoView({ block: 'start' });
      this.heading().nativeElement.focus({ preventScroll: true });
    });
  }
}
