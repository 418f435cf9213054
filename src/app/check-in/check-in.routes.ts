import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@checkIn.heading:Check-in`,
  $localize`:@@checkIn.soon:A daily check-in of mood, energy, stress, sleep and shift that takes under 30 seconds.`,
) satisfies Routes;
