import { ActivatedRouteSnapshot, CanMatchFn, ResolveFn, Routes, UrlSegment } from '@angular/router';
import { findInstrument } from './domain/instruments';
import { provideAssessmentsPagesState } from './state/provide-assessments-pages-state';

/** Only known instrument ids match; anything else falls through to "Page not found". */
const knownInstrument: CanMatchFn = (_route, segments: UrlSegment[]) => findInstrument(segments[0]?.path ?? '') !== undefined;

const titled =
  (title: (shortTitle: string) => string): ResolveFn<string> =>
  (route: ActivatedRouteSnapshot) =>
    title(findInstrument(route.paramMap.get('id') ?? '')?.shortTitle ?? '');

export default [
  {
    path: '',
    providers: [provideAssessmentsPagesState()],
    children: [
      { path: '', title: $localize`:@@assess.heading:Assess`, data: { preload: true }, loadComponent: () => import('./ui/assessments-page') },
      {
        path: ':id',
        canMatch: [knownInstrument],
        title: titled((name) => name),
        loadComponent: () => import('./ui/instrument-page'),
      },
      {
        path: ':id/take',
        canMatch: [knownInstrument],
        title: titled((name) => $localize`:@@assess.title.take:${name}:name: questions`),
        loadComponent: () => import('./ui/take-page'),
      },
      {
        path: ':id/review',
        canMatch: [knownInstrument],
        title: titled((name) => $localize`:@@assess.title.review:Review your ${name}:name: answers`),
        loadComponent: () => import('./ui/review-page'),
      },
      {
        path: ':id/result/:resultId',
        canMatch: [knownInstrument],
        title: titled((name) => $localize`:@@assess.title.result:${name}:name: result`),
        loadComponent: () => import('./ui/result-page'),
      },
      {
        path: ':id/history',
        canMatch: [knownInstrument],
        title: titled((name) => $localize`:@@assess.title.history:${name}:name: history`),
        loadComponent: () => import('./ui/history-page'),
      },
    ],
  },
] satisfies Routes;
