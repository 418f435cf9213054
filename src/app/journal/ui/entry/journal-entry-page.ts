import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom } from 'rxjs';
import { Icon } from '../../../shared/icon/icon';
import { iconArrowBack, iconDelete, iconEdit } from '../../../shared/icon/icons';
import { JournalEntryPageActions } from '../../state/journal-entry-page.actions';
import { journalFeature } from '../../state/journal.feature';
import { selectEntryCard } from '../../state/journal.selectors';
import { EntryDatePipe } from '../parts/entry-date.pipe';

@Component({
  selector: 'tend-journal-entry-page',
  imports: [RouterLink, EntryDatePipe, Icon],
  templateUrl: './journal-entry-page.html',
  styleUrl: './journal-entry-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class JournalEntryPage implements OnInit {
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly cardById = computed(() => this.store.selectSignal(selectEntryCard(this.id())));
  protected readonly card = computed(() => this.cardById()());
  protected readonly load = this.store.selectSignal(journalFeature.selectEntriesLoad);
  protected readonly removal = this.store.selectSignal(journalFeature.selectRemoval);
  private readonly lastSavedId = this.store.selectSignal(journalFeature.selectLastSavedId);
  /** Filled in after the first render, so that screen readers announce it. */
  private readonly rendered = signal(false);
  protected readonly justSaved = computed(() => this.rendered() && this.lastSavedId() === this.id());
  protected readonly icons = { back: iconArrowBack, edit: iconEdit, delete: iconDelete };

  constructor() {
    afterNextRender(() => this.rendered.set(true));
  }

  ngOnInit(): void {
    this.store.dispatch(JournalEntryPageActions.opened());
  }

  /** Deletes at once; the journal page then offers Undo for a few seconds. */
  protected async delete(): Promise<void> {
    const card = this.card();
    if (!card) return;
    this.store.dispatch(JournalEntryPageActions.deleteClicked({ entry: card.entry }));
    const outcome = await firstValueFrom(
      this.store.select(journalFeature.selectRemoval).pipe(filter((removal) => removal.status.status !== 'loading')),
    );
    if (outcome.status.status === 'success') await this.router.navigate(['/journal']);
  }
}
