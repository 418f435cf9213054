import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TrendTable } from '../domain';

/**
 * A chart's table alternative. The first cell of each row names it (a row header); a wide table
 * scrolls inside its own focusable region rather than pushing the page sideways.
 */
@Component({
  selector: 'tend-data-table',
  template: `
    <div class="scroll" role="region" tabindex="0" [attr.aria-label]="table().caption">
      <table>
        <caption>{{ table().caption }}</caption>
        <thead>
          <tr>
            @for (column of table().columns; track $index) {
              <th scope="col">{{ column }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of table().rows; track $index) {
            <tr>
              <th scope="row">{{ row[0] }}</th>
              @for (cell of row.slice(1); track $index) {
                <td>{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll { overflow-x: auto; max-inline-size: 100%; }
    .scroll:focus-visible { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    table { border-collapse: collapse; min-inline-size: 100%; font: var(--mat-sys-body-medium); }
    caption { text-align: start; font: var(--mat-sys-title-small); padding-block: 0.5rem; }
    th, td { padding: 0.375rem; overflow-wrap: normal; border-block-end: 1px solid var(--mat-sys-outline-variant); text-align: end; }
    th:first-child { text-align: start; }
    th[scope='row'] { font-weight: normal; }
    thead th { font-weight: 600; }
    td { font-variant-numeric: tabular-nums; white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable {
  readonly table = input.required<TrendTable>();
}
