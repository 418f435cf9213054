import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { DaylioImportEffects } from '../../state/daylio-import.effects';

/** A route of its own, so the Daylio reader loads only when someone imports. */
export default [
  {
    path: '',
    title: $localize`:@@journal.import.title:Import from Daylio`,
    providers: [provideEffects(DaylioImportEffects)],
    loadComponent: () => import('./daylio-import-page'),
  },
] satisfies Routes;
