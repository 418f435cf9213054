import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, OnInit, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom } from 'rxjs';
import { checkInFeature } from '../../../check-in';
import { Clock } from '../../../core/clock/clock';
import { Icon } from '../../../shared/icon/icon';
import { iconAdd, iconDownload, iconLightbulb, iconPrint, iconSearch, iconUpload } from '../../../shared/icon/icons';
import { downloadFile } from '../../../shared/ui/download';
import { JournalEntry } from '../../domain/journal-entry';
import { journalEntriesToCsv } from '../../domain/journal-csv';
import { promptForDay } from '../../domain/journal-prompts';
import { JournalPageActions } from '../../state/journal-page.actions';
import { journalFeature } from '../../state/journal.feature';
import { EntrySummary } from '../parts/entry-summary';

const PAGE_SIZE = 30;

@Component({
  selector: 'tend-journal-list-page',
  imports: [RouterLink, Icon, EntrySummary],
  templateUrl: './journal-list-page.html',
  styleUrl: './journal-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class JournalListPage implements OnInit {
  private readonly store = inject(Store);
  private readonly clock = inject(Clock);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly load = this.store.selectSignal(journalFeature.selectEntriesLoad);
  protected readonly cards = this.store.selectSignal(journalFeature.selectEntryCards);
  private readonly removalState = this.store.selectSignal(journalFeature.selectRemoval);
  /** Filled in after the first render, so that arriving after a delete still announces it. */
  private readonly rendered = signal(false);
  protected readonly removal = computed(() =>
    this.rendered() ? this.removalState() : { ...this.removalState(), deleted: null, restoredId: null },
  );
  private readonly entries = this.store.selectSignal(journalFeature.selectAllEntries);
  private readonly tags = this.store.selectSignal(checkInFeature.selectAllTags);

  private readonly shown = signal(PAGE_SIZE);
  protected readonly visibleCards = computed(() => this.cards().slice(0, this.shown()));
  protected readonly todaysPrompt = promptForDay(this.clock.today());
  protected readonly icons = { add: iconAdd, search: iconSearch, prompts: iconLightbulb, download: iconDownload, print: iconPrint, upload: iconUpload };

  constructor() {
    afterNextRender(() => this.rendered.set(true));
  }

  ngOnInit(): void {
    this.store.dispatch(JournalPageActions.opened());
  }

  protected showMore(): void {
    const firstNew = this.shown();
    this.shown.update((n) => n + PAGE_SIZE);
    this.focusEntryAt(firstNew);
  }

  protected retry(): void {
    this.store.dispatch(JournalPageActions.retryClicked());
  }

  protected async undo(entry: JournalEntry): Promise<void> {
    this.store.dispatch(JournalPageActions.undoDeleteClicked({ entry }));
    const outcome = await firstValueFrom(
      this.store.select(journalFeature.selectRemoval).pipe(filter((removal) => removal.status.status !== 'loading')),
    );
    // The Undo button is gone; focus goes to the entry that came back.
    if (outcome.restoredId) this.focus(`entry-${outcome.restoredId}`);
  }

  protected exportCsv(): void {
    const day = this.clock.today();
    downloadFile(this.document, `tend-journal-${day}.csv`, journalEntriesToCsv(this.entries(), this.tags()), 'text/csv;charset=utf-8');
  }

  private focusEntryAt(index: number): void {
    const card = this.cards()[index];
    if (card) this.focus(`entry-${card.entry.id}`);
  }

  private focus(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
