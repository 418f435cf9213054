import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { JournalEntryCard } from '../../state/journal-entry-card';
import { EntryDatePipe } from './entry-date.pipe';
import { HighlightedText } from './highlighted-text';

/** One entry in a list: its date as the link, mood and tags in words, and an excerpt. */
@Component({
  selector: 'tend-entry-summary',
  imports: [RouterLink, EntryDatePipe, HighlightedText],
  templateUrl: './entry-summary.html',
  styleUrl: './entry-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntrySummary {
  readonly card = input.required<JournalEntryCard>();
}
