// What a page declares to be reachable: its address, its component, its title (a message key, also
// the navigation label), who may open it, and whether it appears in the navigation.
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/en';
import type { Role, User } from '../auth/types';

/** Users holding one of `roles`, or members ('wg-member') of one of the working groups `groups`. */
export interface GroupAccess {
  roles?: readonly Role[];
  /** working group ids (WGM, WGS, WGDE, PC…): a user matches as a wg-member of one of them */
  groups?: readonly string[];
}

/**
 * 'public': everyone; 'signed-in': any signed-in user; a role: users holding it; a list of roles: users
 * holding any of them; `{ roles, groups }`: users holding one of the roles or members of one of the groups
 * (a page of one working group: the server's policy says the same, e.g. monitoringGroup).
 */
export type Access = 'public' | 'signed-in' | Role | readonly Role[] | GroupAccess;

/** The pages of one working group: its members, the Chair and administrators (as the server's statisticsGroup, monitoringGroup…). */
export const groupPage = (...groups: string[]): GroupAccess => ({ roles: ['chair', 'admin'], groups });

export interface PageProps {
  /** the :name parts of the path */
  params: Record<string, string>;
}

export interface RouteDef {
  path: string;
  page: ComponentType<PageProps>;
  title: MessageKey;
  access: Access;
  /** shown in the main navigation (in the order of the route table) */
  nav?: boolean;
}

/** Whether the user may open the page: see `Access` (a group counts only for a wg-member of it, as on the server). */
export function allowed(route: Pick<RouteDef, 'access'>, user: User | null): boolean {
  const access = route.access;
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'signed-in') return true;
  if (typeof access === 'string') return user.roles.includes(access);
  if (isRoleList(access)) return access.some((r) => user.roles.includes(r));
  const byRole = (access.roles ?? []).some((r) => user.roles.includes(r));
  const byGroup = user.roles.includes('wg-member') && (access.groups ?? []).some((g) => user.groups.includes(g));
  return byRole || byGroup;
}

function isRoleList(access: Access): access is readonly Role[] {
  return Array.isArray(access);
}
