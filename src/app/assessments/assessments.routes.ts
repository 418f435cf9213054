import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@assess.heading:Assess`,
  $localize`:@@assess.soon:Validated burnout and well-being self-assessments, scored exactly as their authors publish them.`,
) satisfies Routes;
