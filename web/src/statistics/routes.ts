// The pages of statistics: the public annual summary, the officers' submissions, and the working
// group on statistics' reconciliation and compliance tables.
import type { RouteDef } from '../app/route';
import { SummaryPage } from './SummaryPage';
import { SubmitPage } from './SubmitPage';
import { ReviewPage } from './ReviewPage';

export const statisticsRoutes: RouteDef[] = [
  { path: '/statistics', page: SummaryPage, title: 'nav.statistics', access: 'public', nav: true },
  { path: '/statistics/submit', page: SubmitPage, title: 'nav.submit', access: 'officer', nav: true },
  { path: '/statistics/review', page: ReviewPage, title: 'nav.review', access: ['wg-member', 'chair', 'admin'], nav: true },
];
