import { Routes } from '@angular/router';
import { CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { provideAssessmentsState } from '../assessments';
import { provideTrendsState } from './state/provide-trends-state';
import TrendsPage from './ui/trends-page';

export default [
  {
    path: '',
    title: $localize`:@@trends.heading:Trends`,
    providers: [
      ...provideTrendsState(),
      ...provideAssessmentsState(),
      // Only the parts drawn here, and only in this lazy chunk: chart.js stays out of the first load.
      provideCharts({
        registerables: [LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title],
      }),
    ],
    // Already lazy with this file: a second import() would fetch the page only after chart.js.
    component: TrendsPage,
  },
] satisfies Routes;
