// The pages of statistics: the public annual summary, the officers' submissions, and the working
// group on statistics' reconciliation and compliance tables.
import { groupPage, type RouteDef } from '../app/route';
import { SummaryPage } from './SummaryPage';
import { SubmitPage } from './SubmitPage';
import { ReviewPage } from './ReviewPage';
import { SeriesPage } from './analysis/SeriesPage';
import { MatrixPage } from './analysis/MatrixPage';
import { AnalysisComparePage } from './analysis/ComparePage';

export const statisticsRoutes: RouteDef[] = [
  { path: '/statistics', page: SummaryPage, title: 'nav.statistics', access: 'public', nav: true },
  { path: '/statistics/submit', page: SubmitPage, title: 'nav.submit', access: 'officer', nav: true },
  { path: '/statistics/review', page: ReviewPage, title: 'nav.review', access: groupPage('WGS'), nav: true },
  // interactive analysis (statistics/analysis/): the working group on statistics, the Chair, administrators (the server checks the group)
  { path: '/statistics/analysis', page: SeriesPage, title: 'an.nav', access: groupPage('WGS'), nav: true },
  { path: '/statistics/analysis/matrix', page: MatrixPage, title: 'an.matrixTitle', access: groupPage('WGS') },
  { path: '/statistics/analysis/compare', page: AnalysisComparePage, title: 'an.compareTitle', access: groupPage('WGS') },
];
