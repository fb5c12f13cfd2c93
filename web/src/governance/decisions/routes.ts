// The pages of decisions.
import type { RouteDef } from '../../app/route';

export const decisionRoutes: RouteDef[] = [];
