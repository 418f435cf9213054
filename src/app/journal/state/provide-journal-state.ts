import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideCheckInState } from '../../check-in';
import { provideTagWrites } from '../../check-in/tag-writes';
import { JournalEditorEffects } from './journal-editor.effects';
import { JournalElsewhereEffects } from './journal-elsewhere.effects';
import { JournalEffects } from './journal.effects';
import { journalFeature } from './journal.feature';
import { JournalSearchEffects } from './journal-search.effects';

/**
 * The journal's store slice and effects, with the check-in state it reads tags from and the tag
 * writes its editor asks for. Safe to provide on more than one route: NgRx keeps one slice and one
 * instance of each effects class, and the search index is app-wide.
 */
export function provideJournalState(): EnvironmentProviders[] {
  return [
    ...provideCheckInState(),
    ...provideTagWrites(),
    provideState(journalFeature),
    provideEffects(JournalEffects, JournalEditorEffects, JournalSearchEffects, JournalElsewhereEffects),
  ];
}
