import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@journal.heading:Journal`,
  $localize`:@@journal.soon:A private journal with prompts written for clinicians, drafts that save as you type, and search.`,
) satisfies Routes;
