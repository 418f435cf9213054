import { ChangeDetectionStrategy, Component, inject, OnInit, ViewEncapsulation } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Icon } from '../../../shared/icon/icon';
import { iconPrint } from '../../../shared/icon/icons';
import { JournalPageActions } from '../../state/journal-page.actions';
import { journalFeature } from '../../state/journal.feature';
import { EntryDatePipe } from '../parts/entry-date.pipe';

/** Every entry in full, laid out for paper; the app's bars are left off the printout. */
@Component({
  selector: 'tend-journal-print-page',
  imports: [RouterLink, EntryDatePipe, Icon],
  templateUrl: './journal-print-page.html',
  styleUrl: './journal-print-page.scss',
  // Unencapsulated for the print rules that hide the app's header and navigation around this page.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class JournalPrintPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly cards = this.store.selectSignal(journalFeature.selectEntryCards);
  protected readonly load = this.store.selectSignal(journalFeature.selectEntriesLoad);
  protected readonly printIcon = iconPrint;

  ngOnInit(): void {
    this.store.dispatch(JournalPageActions.opened());
  }

  protected print(): void {
    window.print();
  }
}
