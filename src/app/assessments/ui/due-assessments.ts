import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DueAssessment } from '../domain';

/** Today's list of re-takes that have come due, each linking to its introduction. Renders nothing when none is due. */
@Component({
  selector: 'tend-due-assessments',
  imports: [LocalDatePipe, RouterLink],
  template: `
    @if (due().length > 0) {
      <ul class="due" role="list">
        @for (item of due(); track item.instrumentId) {
          <li>
            <a [routerLink]="item.path" i18n="@@assess.due.link">{{ item.shortTitle }} re-take due</a>
            <span class="tend-hint" i18n="@@assess.due.last">Last taken {{ item.lastTakenAt | localDate: 'mediumDate' }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .due { display: grid; gap: 0.25rem; margin: 0; padding: 0; list-style: none; }
    li { display: flex; flex-wrap: wrap; align-items: center; gap: 0 0.75rem; }
    a { display: inline-flex; align-items: center; min-block-size: 48px; font: var(--mat-sys-title-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueAssessments {
  readonly due = input.required<readonly DueAssessment[]>();
}
