import { CanDeactivateFn } from '@angular/router';
import type JournalEditorPage from './journal-editor-page';

/** Leaving the editor with unsaved words always goes through a choice. */
export const leaveEditorGuard: CanDeactivateFn<JournalEditorPage> = (page) => page.canLeave();
