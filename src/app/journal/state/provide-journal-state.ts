import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { JournalEditorEffects } from './journal-editor.effects';
import { JournalElsewhereEffects } from './journal-elsewhere.effects';
import { JournalEffects } from './journal.effects';
import { journalFeature } from './journal.feature';
import { JournalSearchEffects } from './journal-search.effects';

/**
 * The journal's store slice and effects. Safe to provide on more than one route: NgRx keeps one
 * instance of each effects class, and the search index is app-wide.
 */
export function provideJournalState(): EnvironmentProviders[] {
  return [provideState(journalFeature), provideEffects(JournalEffects, JournalEditorEffects, JournalSearchEffects, JournalElsewhereEffects)];
}
