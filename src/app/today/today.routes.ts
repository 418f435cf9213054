import { Routes } from '@angular/router';
import { provideAssessmentsState } from '../assessments';
import { provideCheckInState } from '../check-in';
import { provideTrendsState } from '../trends';

export default [
  {
    path: '',
    title: $localize`:@@today.title:Today`,
    providers: [provideCheckInState(), provideAssessmentsState(), provideTrendsState()],
    loadComponent: () => import('./ui/today-page'),
  },
] satisfies Routes;
