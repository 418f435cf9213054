import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output } from '@angular/core';
import { Dictionary } from '@ngrx/entity';
import { CheckIn, Tag } from '../domain/check-in';
import { CheckInDraft } from '../domain/check-in-draft';
import { checkInDifferences } from './check-in-differences';

/**
 * The choice a save meets when another tab saved the same day's check-in meanwhile. It takes the
 * focus when it appears, and is announced as an alert.
 */
@Component({
  selector: 'tend-check-in-conflict',
  template: `
    <section class="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" i18n="@@checkIn.conflictHeading">This check-in was changed in another tab</h2>
      @if (theirs()) {
        <p i18n="@@checkIn.conflictChanged">Nothing from this tab was saved. While you were editing, the other tab saved a different check-in:</p>
        <ul>
          @for (line of differences(); track line) {
            <li>{{ line }}</li>
          }
        </ul>
      } @else {
        <p i18n="@@checkIn.conflictDeleted">Nothing from this tab was saved. While you were editing, the other tab deleted this check-in.</p>
      }
      <p class="tend-hint" i18n="@@checkIn.conflictHint">“Keep theirs” puts the other tab's check-in in this form and drops your changes. “Keep mine” saves this form over it.</p>
      <div class="choices">
        <button type="button" class="tend-button outlined" (click)="keepTheirs.emit()" i18n="@@checkIn.keepTheirs">Keep theirs</button>
        <button type="button" class="tend-button" (click)="keepMine.emit()" i18n="@@checkIn.keepMine">Keep mine</button>
      </div>
    </section>
  `,
  styles: `
    .conflict {
      margin-block: 1rem;
      padding: 1rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
      &:focus-visible {
        outline: 3px solid var(--mat-sys-primary);
        outline-offset: 2px;
      }
    }
    h2 {
      margin-block-start: 0;
      font: var(--mat-sys-title-medium);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInConflict {
  /** The check-in stored now; null when the other tab deleted it. */
  readonly theirs = input.required<CheckIn | null>();
  readonly mine = input.required<CheckInDraft>();
  readonly tags = input.required<Dictionary<Tag>>();
  readonly keepMine = output<void>();
  readonly keepTheirs = output<void>();

  protected readonly differences = computed(() => checkInDifferences(this.theirs(), this.mine(), this.tags()));

  constructor() {
    const host: HTMLElement = inject(ElementRef).nativeElement;
    afterNextRender(() => host.querySelector<HTMLElement>('section')?.focus());
  }
}
