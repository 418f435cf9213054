import { Routes } from '@angular/router';
import { provideAssessmentsState } from '../assessments';
import { provideCheckInState } from '../check-in';
import TodayPage from './ui/today-page';

export default [
  {
    path: '',
    title: $localize`:@@today.title:Today`,
    providers: [provideCheckInState(), provideAssessmentsState()],
    // The page is the route's only one: loading it with the routes saves a second round of fetches.
    component: TodayPage,
  },
] satisfies Routes;
