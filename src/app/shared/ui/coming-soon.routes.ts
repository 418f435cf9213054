import { Routes } from '@angular/router';

/** Routes for a feature that later work builds: one page that says what is coming. */
export function comingSoonRoutes(heading: string, summary: string): Routes {
  return [
    {
      path: '',
      title: heading,
      data: { heading, summary },
      loadComponent: () => import('./coming-soon-page'),
    },
  ];
}
