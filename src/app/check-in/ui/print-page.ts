import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, ViewEncapsulation } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { iconPrint } from '../../shared/icon/icons';
import { checkInFeature } from '../state/check-in.feature';
import { checkInRow } from './check-in-row';
import { loadEveryCheckIn } from '../state/load-every-check-in';

/** Every check-in as one table, laid out for paper: the browser's print prints only this. */
@Component({
  selector: 'tend-check-in-print-page',
  imports: [RouterLink, Icon],
  templateUrl: './print-page.html',
  styleUrl: './print-page.scss',
  // Global on purpose, and only while this page is shown: print hides everything but the record.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PrintPage {
  private readonly store = inject(Store);
  private readonly window = inject(DOCUMENT).defaultView;

  protected readonly loaded = loadEveryCheckIn();
  private readonly checkIns = this.store.selectSignal(checkInFeature.selectAllCheckIns);
  private readonly tagsById = this.store.selectSignal(checkInFeature.selectTagEntities);
  protected readonly rows = computed(() => this.checkIns().map((checkIn) => checkInRow(checkIn, this.tagsById())));
  protected readonly range = computed(() => {
    const rows = this.rows();
    return rows.length === 0 ? null : { first: rows[0].dayLabel, last: rows[rows.length - 1].dayLabel, count: rows.length };
  });
  protected readonly printIcon = iconPrint;

  protected print(): void {
    this.window?.print();
  }
}
