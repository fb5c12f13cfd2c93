// Governance's pages, one list per workflow. The hub page (/governance) lists the workflows' pages that
// declare `nav`, so the main navigation holds one entry for all of governance.
import type { RouteDef } from '../app/route';
import { GovernancePage } from './GovernancePage';
import { participationRoutes } from './participation/routes';
import { groupRoutes } from './groups/routes';
import { annualReportRoutes } from './annual-reports/routes';
import { reviewRoutes } from './reviews/routes';
import { assistanceRoutes } from './assistance/routes';
import { decisionRoutes } from './decisions/routes';
import { documentRoutes } from './documents/routes';
import { reportRoutes } from './reports/routes';

export const governanceSections: RouteDef[] = [
  ...participationRoutes,
  ...groupRoutes,
  ...annualReportRoutes,
  ...reviewRoutes,
  ...assistanceRoutes,
  ...decisionRoutes,
  ...documentRoutes,
  ...reportRoutes,
];

export const governanceRoutes: RouteDef[] = [
  { path: '/governance', page: GovernancePage, title: 'nav.governance', access: 'public', nav: true },
  ...governanceSections.map((r) => ({ ...r, nav: false })),
];
