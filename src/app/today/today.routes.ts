import { Routes } from '@angular/router';
import { provideAssessmentsState } from '../assessments';
import { provideCheckInState } from '../check-in';
import { yieldToBrowser } from '../shared/scheduling/yield-to-browser';
import TodayPage from './ui/today-page';

export default [
  {
    path: '',
    title: $localize`:@@today.title:Today`,
    providers: [provideCheckInState(), provideAssessmentsState()],
    // The page comes in the first bundle with its routes, but is created a task after the state is
    // set up: the two in one task made the start's longest task on a first visit (Lighthouse TBT).
    loadComponent: () => yieldToBrowser().then(() => TodayPage),
  },
] satisfies Routes;
