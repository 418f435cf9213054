import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@trends.heading:Trends`,
  $localize`:@@trends.soon:Charts of your check-ins and assessments over months and years, each with a table.`,
) satisfies Routes;
