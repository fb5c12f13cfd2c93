// The pages of participation.
import type { RouteDef } from '../../app/route';

export const participationRoutes: RouteDef[] = [];
