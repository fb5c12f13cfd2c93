// The pages of monitoring findings (the working group on monitoring, the Chair, administrators; the
// server checks the group).
import { groupPage, type RouteDef } from '../app/route';
import { FindingsPage } from './FindingsPage';
import { FindingPage } from './FindingPage';

export const monitoringRoutes: RouteDef[] = [
  { path: '/findings', page: FindingsPage, title: 'nav.findings', access: groupPage('WGM'), nav: true },
  { path: '/findings/:id', page: FindingPage, title: 'nav.findings', access: groupPage('WGM') },
];
