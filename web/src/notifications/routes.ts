// The pages of notifications.
import type { RouteDef } from '../app/route';

export const notificationRoutes: RouteDef[] = [];
