// The route table: every page of the app, domain by domain. A new domain (certificates,
// statistics…) adds a folder with its pages and a routes.ts, and one line here.
import type { User } from '../auth/types';
import { participantRoutes } from '../participants/routes';
import { authRoutes } from '../auth/routes';
import { auditRoutes } from '../audit/routes';
import { matchPath } from './router';
import type { RouteDef } from './route';

export const routes: RouteDef[] = [...participantRoutes, ...authRoutes, ...auditRoutes];

export function resolve(path: string): { route: RouteDef; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}

export function allowed(route: RouteDef, user: User | null): boolean {
  if (route.access === 'public') return true;
  if (!user) return false;
  return route.access === 'signed-in' || user.roles.includes(route.access);
}
