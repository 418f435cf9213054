import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FEWER_THAN_MIN, GroupMeansView } from '../state/insight-views';

/** Mean mood, energy and stress per group, each with its number of days; small groups named, not averaged. */
@Component({
  selector: 'tend-group-means-table',
  template: `
    <h3>{{ heading() }}</h3>
    @if (view().rows.length > 0) {
      <div class="scroll" role="region" tabindex="0" [attr.aria-label]="heading()">
        <table>
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ groupHeading() }}</th>
              <th scope="col" i18n="@@trends.means.days">Days</th>
              <th scope="col" i18n="@@trends.means.mood">Mood</th>
              <th scope="col" i18n="@@trends.means.energy">Energy</th>
              <th scope="col" i18n="@@trends.means.stress">Stress</th>
            </tr>
          </thead>
          <tbody>
            @for (row of view().rows; track row.key) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>{{ row.n }}</td>
                @for (cell of row.cells; track $index) {
                  <td>{{ cell }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (view().hidden.length === 0) {
      <p class="tend-hint">{{ empty() }}</p>
    }
    @if (hiddenText(); as text) {
      <p class="tend-hint">{{ text }}</p>
    }
  `,
  styles: `
    h3 { margin-block-start: 0; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; min-inline-size: 100%; font: var(--mat-sys-body-medium); }
    caption { text-align: start; color: var(--mat-sys-on-surface-variant); padding-block-end: 0.5rem; }
    th, td { padding: 0.375rem; overflow-wrap: normal; border-block-end: 1px solid var(--mat-sys-outline-variant); text-align: end; }
    th:first-child { text-align: start; }
    /* A long group name wraps, so that on a phone the table and its caption fit the card. */
    th[scope='row'] { font-weight: normal; overflow-wrap: anywhere; hyphens: auto; }
    td { font-variant-numeric: tabular-nums; white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupMeansTable {
  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  /** "Shift", "Tag". */
  readonly groupHeading = input.required<string>();
  readonly empty = input.required<string>();
  readonly view = input.required<GroupMeansView>();

  protected readonly hiddenText = computed(() => {
    const hidden = this.view().hidden;
    if (hidden.length === 0) return null;
    const list = hidden.map((group) => `${group.label} (${group.n})`).join(', ');
    return $localize`:@@trends.means.hidden:Not averaged, ${FEWER_THAN_MIN}:fewer: each: ${list}:list:.`;
  });
}
