// Governance's workflows, one list of pages each. The hub page (/governance) lists those that declare
// `nav`; governance/routes.ts adds the hub itself (kept apart so the hub page and its route list do not
// import each other).
import type { RouteDef } from '../app/route';
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
