import { Routes } from '@angular/router';

export default [
  { path: '', title: $localize`:@@practice.title:Practice`, loadComponent: () => import('./ui/practice-page') },
  { path: 'breathe', title: $localize`:@@breathe.title:Breathe`, loadComponent: () => import('./ui/breathe-page') },
] satisfies Routes;
