// The pages of assistance.
import type { RouteDef } from '../../app/route';

export const assistanceRoutes: RouteDef[] = [];
