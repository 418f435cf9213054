import { Routes } from '@angular/router';
import { comingSoonRoutes } from '../shared/ui/coming-soon.routes';

export default comingSoonRoutes(
  $localize`:@@programs.heading:Programs`,
  $localize`:@@programs.soon:Well-being curricula assigned by your residency program, and completion reports that never include scores or journal entries.`,
) satisfies Routes;
