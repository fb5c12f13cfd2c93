// The pages of documents.
import type { RouteDef } from '../../app/route';

export const documentRoutes: RouteDef[] = [];
