import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@practice.heading:Practice`,
  $localize`:@@practice.soon:Guided mindfulness and resilience practices, with CME credit for completed modules.`,
) satisfies Routes;
