// The pages of annual-reports.
import type { RouteDef } from '../../app/route';

export const annualReportRoutes: RouteDef[] = [];
