import { Routes } from '@angular/router';
import { provideAssessmentsState } from '../assessments';
import { provideCheckInState } from '../check-in';

export default [
  {
    path: '',
    title: $localize`:@@today.title:Today`,
    providers: [provideCheckInState(), provideAssessmentsState()],
    loadComponent: () => import('./ui/today-page'),
  },
] satisfies Routes;
