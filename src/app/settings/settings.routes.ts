import { Routes } from '@angular/router';

export default [
  { path: '', title: $localize`:@@settings.title:Settings`, loadComponent: () => import('./ui/settings-page') },
] satisfies Routes;
