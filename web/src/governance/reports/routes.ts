// The pages of reports.
import type { RouteDef } from '../../app/route';

export const reportRoutes: RouteDef[] = [];
