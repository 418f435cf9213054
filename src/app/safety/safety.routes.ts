import { Routes } from '@angular/router';

export default [
  { path: '', title: $localize`:@@help.title:Get help now`, loadComponent: () => import('./ui/get-help-page') },
] satisfies Routes;
