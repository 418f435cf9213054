import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Rating, RATINGS, ratingLabel } from '../../../check-in';
import { JournalSearchActions } from '../../state/journal-search.actions';
import { EMPTY_SEARCH_CRITERIA, JournalSearchCriteria } from '../../state/journal-search-criteria';
import { SEARCH_LIMIT } from '../../state/journal-search.effects';
import { journalFeature } from '../../state/journal.feature';
import { EntrySummary } from '../parts/entry-summary';
import { TagPicker } from '../parts/tag-picker';

@Component({
  selector: 'tend-journal-search-page',
  imports: [RouterLink, EntrySummary, TagPicker],
  templateUrl: './journal-search-page.html',
  styleUrls: ['../parts/choice-chips.scss', './journal-search-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class JournalSearchPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly search = this.store.selectSignal(journalFeature.selectSearch);
  protected readonly cards = this.store.selectSignal(journalFeature.selectSearchCards);
  protected readonly tags = this.store.selectSignal(journalFeature.selectAllTags);
  protected readonly activeTags = this.store.selectSignal(journalFeature.selectActiveTags);
  protected readonly load = this.store.selectSignal(journalFeature.selectEntriesLoad);
  protected readonly tagsLoad = this.store.selectSignal(journalFeature.selectTagsLoad);

  /** The form, starting from the last search so that coming back shows what was asked. */
  protected readonly form = linkedSignal<JournalSearchCriteria>(() => this.search().criteria ?? EMPTY_SEARCH_CRITERIA);
  /** Open at first when the restored search used filters; afterwards the user opens and closes it. */
  protected readonly filtersOpen = hasFilters(this.form());
  protected readonly ratings = RATINGS;
  protected readonly moodLabel = (rating: Rating) => ratingLabel('mood', rating);
  protected readonly limit = SEARCH_LIMIT;
  protected readonly dateError = computed(() => {
    const { from, to } = this.form();
    return from && to && from > to ? $localize`:@@journal.search.dateOrder:The “to” date is before the “from” date.` : null;
  });

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

  protected clear(): void {
    this.store.dispatch(JournalSearchActions.cleared());
    this.form.set(EMPTY_SEARCH_CRITERIA);
  }
}

function hasFilters({ from, to, tagIds, moods }: JournalSearchCriteria): boolean {
  return from !== '' || to !== '' || tagIds.length > 0 || moods.length > 0;
}
