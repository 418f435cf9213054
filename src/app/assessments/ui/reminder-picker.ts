import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { REMINDER_INTERVALS, ReminderInterval } from '../domain';

let nextId = 0;

/** Off, every 2 weeks, monthly or every 3 months: when Today should suggest taking it again. */
@Component({
  selector: 'tend-reminder-picker',
  imports: [LocalDatePipe],
  template: `
    <div class="tend-field">
      <label [for]="id" i18n="@@assess.reminder.label">Remind me on Today to take the {{ shortTitle() }} again</label>
      <select [id]="id" [attr.aria-describedby]="id + '-hint'" (change)="changed.emit($any($event.target).value)">
        @for (option of intervals; track option) {
          <option [value]="option" [selected]="option === interval()">{{ labels[option] }}</option>
        }
      </select>
      <span class="tend-hint" [id]="id + '-hint'">
        @if (interval() !== 'off' && nextDueOn()) {
          <ng-container i18n="@@assess.reminder.next">Next due {{ nextDueOn() | localDate: 'mediumDate' }}.</ng-container>
        }
        <ng-container i18n="@@assess.reminder.hint">The reminder shows only on Today; nothing is sent anywhere.</ng-container>
      </span>
    </div>
  `,
  styles: `select { max-inline-size: 20rem; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderPicker {
  readonly interval = input.required<ReminderInterval>();
  readonly shortTitle = input.required<string>();
  readonly nextDueOn = input<string | null>(null);
  readonly changed = output<ReminderInterval>();

  protected readonly id = `tend-reminder-${nextId++}`;
  protected readonly intervals = REMINDER_INTERVALS;
  protected readonly labels: Record<ReminderInterval, string> = {
    off: $localize`:@@assess.reminder.off:Off`,
    'every-2-weeks': $localize`:@@assess.reminder.twoWeeks:Every 2 weeks`,
    monthly: $localize`:@@assess.reminder.monthly:Monthly`,
    'every-3-months': $localize`:@@assess.reminder.threeMonths:Every 3 months`,
  };
}
