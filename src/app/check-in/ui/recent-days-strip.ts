import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Icon } from '../../shared/icon/icon';
import { ratingLabel } from '../domain/rating-labels';
import { RecentDay, recentDaysLabel } from '../domain/recent-days';
import { RATING_FACES } from './rating-faces';
import { dayOfMonth, longDay, shortWeekday } from './day-format';

interface DayCell {
  day: string;
  weekday: string;
  date: string;
  /** What a screen reader hears for the day. */
  description: string;
  icon: string | null;
}

/**
 * The last days at a glance, oldest first. A day without a check-in is an empty circle: no
 * colour, cross or warning, since a missed day is nobody's failure.
 */
@Component({
  selector: 'tend-recent-days-strip',
  imports: [Icon],
  template: `
    <ol class="strip" i18n-aria-label="@@checkIn.recentDaysLabel" aria-label="Recent days">
      @for (cell of cells(); track cell.day) {
        <li>
          <span class="weekday" aria-hidden="true">{{ cell.weekday }}</span>
          @if (cell.icon; as icon) {
            <span class="mark done" aria-hidden="true"><tend-icon [path]="icon" /></span>
          } @else {
            <span class="mark" aria-hidden="true"></span>
          }
          <span class="date" aria-hidden="true">{{ cell.date }}</span>
          <span class="visually-hidden">{{ cell.description }}</span>
        </li>
      }
    </ol>
    <p class="summary">{{ summary() }}</p>
  `,
  styleUrl: './recent-days-strip.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecentDaysStrip {
  readonly days = input.required<readonly RecentDay[]>();

  protected readonly summary = computed(() => recentDaysLabel(this.days()));
  protected readonly cells = computed(() =>
    this.days().map(({ day, checkIn }): DayCell => {
      const mood = checkIn ? ratingLabel('mood', checkIn.mood) : null;
      return {
        day,
        weekday: shortWeekday(day),
        date: dayOfMonth(day),
        description: mood
          ? $localize`:@@checkIn.recentDayMood:${longDay(day)}:day:: mood ${mood}:mood:`
          : $localize`:@@checkIn.recentDayNone:${longDay(day)}:day:: no check-in`,
        icon: checkIn ? RATING_FACES[checkIn.mood - 1] : null,
      };
    }),
  );
}
