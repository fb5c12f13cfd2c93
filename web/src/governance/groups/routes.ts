// The pages of groups.
import type { RouteDef } from '../../app/route';

export const groupRoutes: RouteDef[] = [];
