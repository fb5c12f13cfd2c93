// The pages of monitoring: findings, production-capacity assessments and the regional view (the
// working groups on monitoring and of diamond experts, the Chair, administrators; the server checks
// the group).
import type { RouteDef } from '../app/route';
import { FindingsPage } from './FindingsPage';
import { FindingPage } from './FindingPage';
import { CapacityPage } from './CapacityPage';
import { RegionPage } from './RegionPage';

export const monitoringRoutes: RouteDef[] = [
  { path: '/findings', page: FindingsPage, title: 'nav.findings', access: ['wg-member', 'chair', 'admin'], nav: true },
  { path: '/findings/:id', page: FindingPage, title: 'nav.findings', access: ['wg-member', 'chair', 'admin'] },
  { path: '/regions', page: RegionPage, title: 'nav.regions', access: ['wg-member', 'chair', 'admin'], nav: true },
  { path: '/capacity', page: CapacityPage, title: 'nav.capacity', access: ['wg-member', 'chair', 'admin'], nav: true },
];
