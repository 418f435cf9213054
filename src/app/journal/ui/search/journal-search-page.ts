import { afterRenderEffect, ChangeDetectionStrategy, Component, computed, ElementRef, inject, linkedSignal, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { checkInFeature, Rating } from '../../../check-in';
import { Icon } from '../../../shared/icon/icon';
import { iconCheck } from '../../../shared/icon/icons';
import { TagPicker } from '../../../shared/ui/tag-picker';
import { JournalSearchActions } from '../../state/journal-search.actions';
import { EMPTY_SEARCH_CRITERIA, JournalSearchCriteria } from '../../state/journal-search-criteria';
import { journalFeature } from '../../state/journal.feature';
import { EntrySummary } from '../parts/entry-summary';
import { MOOD_CHOICES } from '../parts/mood-choices';
import { LocalNumberPipe } from '../../../shared/format/local-number.pipe';

@Component({
  selector: 'tend-journal-search-page',
  imports: [RouterLink, EntrySummary, TagPicker, Icon, LocalNumberPipe],
  templateUrl: './journal-search-page.html',
  styleUrl: './journal-search-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class JournalSearchPage implements OnInit {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly search = this.store.selectSignal(journalFeature.selectSearch);
  protected readonly cards = this.store.selectSignal(journalFeature.selectSearchCards);
  protected readonly tags = this.store.selectSignal(checkInFeature.selectAllTags);
  protected readonly load = this.store.selectSignal(journalFeature.selectEntriesLoad);
  protected readonly tagsLoad = this.store.selectSignal(checkInFeature.selectRecentLoad);

  /** The form, starting from the last search so that coming back shows what was asked. */
  protected readonly form = linkedSignal<JournalSearchCriteria>(() => this.search().criteria ?? EMPTY_SEARCH_CRITERIA);
  /** Open at first when the restored search used filters; afterwards the user opens and closes it. */
  protected readonly filtersOpen = hasFilters(this.form());
  protected readonly moodChoices = MOOD_CHOICES;
  protected readonly tick = iconCheck;
  protected readonly dateError = computed(() => {
    const { from, to } = this.form();
    return from && to && from > to ? $localize`:@@journal.search.dateOrder:The “to” date is before the “from” date.` : null;
  });

  /** After "Show more", focus goes to the first new result, since the button may be gone. */
  private focusFrom: number | null = null;

  constructor() {
    afterRenderEffect(() => {
      const cards = this.cards();
      if (this.focusFrom === null || cards.length <= this.focusFrom) return;
      const id = cards[this.focusFrom].entry.id;
      this.focusFrom = null;
      this.host.nativeElement.querySelector<HTMLElement>(`#entry-${CSS.escape(id)}`)?.focus();
    });
  }

  ngOnInit(): void {
    this.store.dispatch(JournalSearchActions.opened());
  }

  protected set<K extends keyof JournalSearchCriteria>(key: K, value: JournalSearchCriteria[K]): void {
    this.form.update((form) => ({ ...form, [key]: value }));
  }

  protected toggleMood(rating: Rating, checked: boolean): void {
    const rest = this.form().moods.filter((m) => m !== rating);
    this.set('moods', checked ? [...rest, rating].sort() : rest);
  }

  protected submit(): void {
    if (this.dateError()) return;
    this.store.dispatch(JournalSearchActions.searchSubmitted({ criteria: this.form() }));
  }

  protected showMore(): void {
    if (this.search().status.status === 'loading') return;
    this.focusFrom = this.cards().length;
    this.store.dispatch(JournalSearchActions.moreRequested());
  }

  protected clear(): void {
    this.store.dispatch(JournalSearchActions.cleared());
    this.form.set(EMPTY_SEARCH_CRITERIA);
  }
}

function hasFilters({ from, to, tagIds, moods }: JournalSearchCriteria): boolean {
  return from !== '' || to !== '' || tagIds.length > 0 || moods.length > 0;
}
