import { ActivatedRouteSnapshot, CanMatchFn, ResolveFn, Routes, UrlSegment } from '@angular/router';
import { findInstrument } from './domain/instruments';
import { provideAssessmentsPagesState } from './state/provide-assessments-pages-state';

/** Only known instrument ids match; anything else falls through to "Page not found". */
const knownInstrument: CanMatchFn = (_route, segments: UrlSegment[]) => findInstrument(segments[0]?.path ?? '') !== undefined;

const instrumentName: ResolveFn<string> = (route: ActivatedRouteSnapshot) =>
  findInstrument(route.paramMap.get('id') ?? '')?.shortTitle ?? '';

export default [
  {
    path: '',
    providers: [provideAssessmentsPagesState()],
    children: [
      { path: '', title: $localize`:@@assess.heading:Assess`, data: { preload: true }, loadComponent: () => import('./ui/assessments-page') },
      {
        path: ':id',
        canMatch: [knownInstrument],
        title: instrumentName,
        loadComponent: () => import('./ui/instrument-page'),
      },
      // Browser history keeps every page's title and address. The address names the instrument,
      // as links and shortcuts need; titles of pages with answers or results do not.
      {
        path: ':id/take',
        canMatch: [knownInstrument],
        title: $localize`:@@assess.title.questions:Questions`,
        loadComponent: () => import('./ui/take-page'),
      },
      {
        path: ':id/review',
        canMatch: [knownInstrument],
        title: $localize`:@@assess.title.reviewAnswers:Review answers`,
        loadComponent: () => import('./ui/review-page'),
      },
      {
        path: ':id/result/:resultId',
        canMatch: [knownInstrument],
        title: $localize`:@@assess.title.aResult:Result`,
        loadComponent: () => import('./ui/result-page'),
      },
      {
        path: ':id/history',
        canMatch: [knownInstrument],
        title: $localize`:@@assess.title.pastResults:Past results`,
        loadComponent: () => import('./ui/history-page'),
      },
    ],
  },
] satisfies Routes;
