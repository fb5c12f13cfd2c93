// The route table: every page of the app, domain by domain. A new domain (certificates,
// statistics…) adds a folder with its pages and a routes.ts, and one line here.
import { participantRoutes } from '../participants/routes';
import { authRoutes } from '../auth/routes';
import { auditRoutes } from '../audit/routes';
import { certificateRoutes } from '../certificates/routes';
import { companyRoutes } from '../companies/routes';
import { statisticsRoutes } from '../statistics/routes';
import { monitoringRoutes } from '../monitoring/routes';
import { shipmentRoutes } from '../monitoring/shipments/routes';
import { footprintRoutes } from '../monitoring/footprints/routes';
import { governanceRoutes } from '../governance/routes';
import { notificationRoutes } from '../notifications/routes';
import { matchPath } from './router';
import type { RouteDef } from './route';

export const routes: RouteDef[] = [...participantRoutes, ...statisticsRoutes, ...certificateRoutes, ...companyRoutes, ...monitoringRoutes, ...shipmentRoutes, ...footprintRoutes, ...governanceRoutes, ...notificationRoutes, ...authRoutes, ...auditRoutes];

export function resolve(path: string): { route: RouteDef; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}

export { allowed } from './route';
