// The pages of monitoring: findings and the regional view (the working group on monitoring), and
// production-capacity assessments (monitoring and diamond experts); the Chair and administrators too.
// The server checks the group again.
import { groupPage, type RouteDef } from '../app/route';
import { FindingsPage } from './FindingsPage';
import { FindingPage } from './FindingPage';
import { CapacityPage } from './CapacityPage';
import { RegionPage } from './RegionPage';

export const monitoringRoutes: RouteDef[] = [
  { path: '/findings', page: FindingsPage, title: 'nav.findings', access: groupPage('WGM'), nav: true },
  { path: '/findings/:id', page: FindingPage, title: 'nav.findings', access: groupPage('WGM') },
  { path: '/regions', page: RegionPage, title: 'nav.regions', access: groupPage('WGM'), nav: true },
  { path: '/capacity', page: CapacityPage, title: 'nav.capacity', access: groupPage('WGM', 'WGDE'), nav: true },
];
