// The pages of shipments.
import type { RouteDef } from '../../app/route';

export const shipmentRoutes: RouteDef[] = [];
