import { Routes } from '@angular/router';
import { provideJournalState } from './state/provide-journal-state';
import { leaveEditorGuard } from './ui/editor/leave-editor.guard';

const editor = () => import('./ui/editor/journal-editor-page');

export default [
  {
    path: '',
    providers: [provideJournalState()],
    children: [
      { path: '', title: $localize`:@@journal.title:Journal`, data: { preload: true }, loadComponent: () => import('./ui/list/journal-list-page') },
      {
        path: 'new',
        title: $localize`:@@journal.newTitle:New journal entry`,
        canDeactivate: [leaveEditorGuard],
        loadComponent: editor,
      },
      { path: 'prompts', title: $localize`:@@journal.promptsTitle:Journal prompts`, loadComponent: () => import('./ui/prompts/prompts-page') },
      { path: 'search', title: $localize`:@@journal.searchTitle:Search the journal`, loadComponent: () => import('./ui/search/journal-search-page') },
      { path: 'print', title: $localize`:@@journal.printTitle:Journal, printable`, loadComponent: () => import('./ui/print/journal-print-page') },
      { path: 'import', loadChildren: () => import('./ui/import/daylio-import.routes') },
      { path: ':id', title: $localize`:@@journal.entryTitle:Journal entry`, loadComponent: () => import('./ui/entry/journal-entry-page') },
      {
        path: ':id/edit',
        title: $localize`:@@journal.editTitle:Edit journal entry`,
        canDeactivate: [leaveEditorGuard],
        loadComponent: editor,
      },
    ],
  },
] satisfies Routes;
