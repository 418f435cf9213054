import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Rating, RATINGS, ratingLabel } from '../../../check-in';

let nextId = 0;

/** Mood in words (Very low … Great), with "No mood" so an entry can leave it out. */
@Component({
  selector: 'tend-mood-chooser',
  template: `
    <fieldset class="moods">
      <legend>{{ legend() }}</legend>
      <div class="options">
        <label class="option">
          <input type="radio" [name]="name" [checked]="mood() === null" (change)="moodChange.emit(null)" />
          <span i18n="@@journal.mood.none">No mood</span>
        </label>
        @for (rating of ratings; track rating) {
          <label class="option">
            <input type="radio" [name]="name" [value]="rating" [checked]="mood() === rating" (change)="moodChange.emit(rating)" />
            <span>{{ label(rating) }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  styleUrl: './choice-chips.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoodChooser {
  readonly mood = input<Rating | null>(null);
  readonly legend = input($localize`:@@journal.mood.legend:Mood (optional)`);
  readonly moodChange = output<Rating | null>();

  protected readonly name = `tend-mood-${nextId++}`;
  protected readonly ratings = RATINGS;
  protected readonly label = (rating: Rating) => ratingLabel('mood', rating);
}
