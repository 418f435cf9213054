import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';

export type LeaveChoice = 'keep' | 'discard' | 'save';

/**
 * Asks what to do with unsaved words before leaving the editor. A native modal dialog: focus
 * stays inside it, and Escape means "Keep editing".
 */
@Component({
  selector: 'tend-leave-dialog',
  template: `
    <dialog #dialog aria-labelledby="leave-title" aria-describedby="leave-body" (close)="closed()">
      <h2 id="leave-title" i18n="@@journal.leave.title">Save this entry before you go?</h2>
      <p id="leave-body" i18n="@@journal.leave.body">It has words that are not saved in your journal yet.</p>
      <div class="actions">
        <button type="button" class="tend-button" autofocus (click)="choose('keep')" i18n="@@journal.leave.keep">Keep editing</button>
        <button type="button" class="tend-button tonal" (click)="choose('save')" i18n="@@journal.leave.save">Save</button>
        <button type="button" class="tend-button outlined" (click)="choose('discard')" i18n="@@journal.leave.discard">Discard</button>
      </div>
    </dialog>
  `,
  styles: `
    dialog {
      max-inline-size: min(28rem, calc(100vw - 2rem));
      padding: 1.5rem;
      border: none;
      border-radius: var(--mat-sys-corner-extra-large);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    dialog::backdrop { background: rgb(0 0 0 / 0.5); }
    h2 { margin-block-start: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: flex-end; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeaveDialog {
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private resolve: ((choice: LeaveChoice) => void) | null = null;
  private choice: LeaveChoice = 'keep';

  ask(): Promise<LeaveChoice> {
    this.resolve?.('keep');
    this.choice = 'keep';
    this.dialog().nativeElement.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  protected choose(choice: LeaveChoice): void {
    this.choice = choice;
    this.dialog().nativeElement.close();
  }

  protected closed(): void {
    this.resolve?.(this.choice);
    this.resolve = null;
  }
}
