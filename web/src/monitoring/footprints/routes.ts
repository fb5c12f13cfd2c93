// The pages of footprints.
import type { RouteDef } from '../../app/route';

export const footprintRoutes: RouteDef[] = [];
