import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@credit.heading:Credit`,
  $localize`:@@credit.soon:Certificates and a transcript of CME credit that tracks your license requirements.`,
) satisfies Routes;
