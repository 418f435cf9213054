import { Routes } from '@angular/router';

export default [
  { path: '', title: $localize`:@@today.title:Today`, loadComponent: () => import('./ui/today-page') },
] satisfies Routes;
