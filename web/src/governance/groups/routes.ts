// The pages of working groups: the public list, one group with its members and meetings.
import type { RouteDef } from '../../app/route';
import { GroupsPage } from './GroupsPage';
import { GroupPage } from './GroupPage';

export const groupRoutes: RouteDef[] = [
  { path: '/governance/groups', page: GroupsPage, title: 'nav.groups', access: 'public', nav: true },
  { path: '/governance/groups/:id', page: GroupPage, title: 'nav.groups', access: 'public' },
];
