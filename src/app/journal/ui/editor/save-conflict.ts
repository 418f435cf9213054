import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { JournalEntry } from '../../domain/journal-entry';
import { SaveConflictChoice } from '../../domain/journal-save-conflict';
import { EntryDatePipe } from '../parts/entry-date.pipe';

/**
 * Asks what to keep when a save found the entry saved (or deleted) in another tab. Takes focus
 * when it appears, so that it is announced with its explanation, and every choice is a button.
 */
@Component({
  selector: 'tend-save-conflict',
  imports: [EntryDatePipe],
  templateUrl: './save-conflict.html',
  styleUrl: './save-conflict.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveConflict {
  /** The entry as the other tab saved it; null if it deleted it. */
  readonly theirs = input.required<JournalEntry | null>();
  readonly choose = output<SaveConflictChoice>();

  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');

  constructor() {
    afterNextRender(() => this.focus());
  }

  focus(): void {
    this.panel().nativeElement.focus();
  }
}
