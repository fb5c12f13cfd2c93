// What a page declares to be reachable: its address, its component, its title (a message key, also
// the navigation label), who may open it, and whether it appears in the navigation.
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/en';
import type { Role } from '../auth/types';

/** 'public': everyone; 'signed-in': any signed-in user; a role: users holding it; a list of roles: users holding any of them */
export type Access = 'public' | 'signed-in' | Role | readonly Role[];

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
