import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Rating, RATINGS, ratingLabel, Tag } from '../../../check-in';
import { daylioFileSizeProblem } from '../../domain/daylio/daylio-file';
import { DaylioImportActions } from '../../state/daylio-import.actions';
import { journalFeature } from '../../state/journal.feature';

@Component({
  selector: 'tend-daylio-import-page',
  imports: [RouterLink],
  templateUrl: './daylio-import-page.html',
  styleUrl: './daylio-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DaylioImportPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly daylio = this.store.selectSignal(journalFeature.selectDaylio);
  protected readonly canImport = this.store.selectSignal(journalFeature.selectDaylioCanImport);
  protected readonly ratings = RATINGS;
  protected readonly moodLabel = (rating: Rating) => ratingLabel('mood', rating);
  protected readonly tagName = (tag: Tag) => tag.name;
  /** Choices for custom Daylio moods, made before previewing again; keyed by names from the file, so a Map. */
  protected readonly moodChoices = signal<ReadonlyMap<string, Rating>>(new Map());
  protected readonly progressPercent = computed(() => Math.floor((this.daylio().previewProgress ?? 0) * 100));
  protected readonly allMoodsChosen = computed(() =>
    (this.daylio().preview?.unknownMoods ?? []).every((name) => this.moodChoices().has(name)),
  );

  ngOnInit(): void {
    this.store.dispatch(DaylioImportActions.opened());
  }

  protected async fileChosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.moodChoices.set(new Map());
    const tooLarge = daylioFileSizeProblem(file.size);
    if (tooLarge) {
      this.store.dispatch(DaylioImportActions.fileUnreadable({ fileName: file.name, error: tooLarge }));
      return;
    }
    try {
      this.store.dispatch(DaylioImportActions.fileChosen({ fileName: file.name, text: await file.text() }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.store.dispatch(DaylioImportActions.fileUnreadable({ fileName: file.name, error: message }));
    }
  }

  protected chooseMood(name: string, value: string): void {
    this.moodChoices.update((choices) => {
      const next = new Map(choices);
      if (value === '') next.delete(name);
      else next.set(name, Number(value) as Rating);
      return next;
    });
  }

  protected previewAgain(): void {
    // Object.fromEntries and spreading define own properties, so "__proto__" stays a mood name.
    const customMoods = { ...this.daylio().customMoods, ...Object.fromEntries(this.moodChoices()) };
    this.store.dispatch(DaylioImportActions.moodsMapped({ customMoods }));
  }

  protected confirm(): void {
    this.store.dispatch(DaylioImportActions.importConfirmed());
  }
}
