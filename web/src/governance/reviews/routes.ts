// The pages of reviews.
import type { RouteDef } from '../../app/route';

export const reviewRoutes: RouteDef[] = [];
