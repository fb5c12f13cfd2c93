// The pages of plenary decisions and of the three-year review: the public record, open to anyone; the
// Chair records translations and adoption, the Chair or the owning working group moves a recommendation
// (the server checks).
import type { RouteDef } from '../../app/route';
import { DecisionsPage } from './DecisionsPage';
import { DecisionPage } from './DecisionPage';
import { RecommendationsPage } from './RecommendationsPage';
import { RecommendationPage } from './RecommendationPage';

export const decisionRoutes: RouteDef[] = [
  { path: '/decisions', page: DecisionsPage, title: 'nav.decisions', access: 'public', nav: true },
  { path: '/decisions/:id', page: DecisionPage, title: 'nav.decisions', access: 'public' },
  { path: '/recommendations', page: RecommendationsPage, title: 'nav.recommendations', access: 'public', nav: true },
  { path: '/recommendations/:id', page: RecommendationPage, title: 'nav.recommendations', access: 'public' },
];
