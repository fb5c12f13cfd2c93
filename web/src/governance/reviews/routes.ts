// The pages of peer review (any signed-in user sees the schedule; the server keeps the documents
// to those who may read them).
import type { RouteDef } from '../../app/route';
import { ReviewsPage } from './ReviewsPage';
import { ReviewPage } from './ReviewPage';

export const reviewRoutes: RouteDef[] = [
  { path: '/governance/reviews', page: ReviewsPage, title: 'nav.reviews', access: 'signed-in', nav: true },
  { path: '/governance/reviews/:id', page: ReviewPage, title: 'nav.reviews', access: 'signed-in' },
];
