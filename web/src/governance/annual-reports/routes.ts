// The pages of annual reports (authority officers see their own Participant's; the working group on
// monitoring, the Chair and administrators all; the server checks).
import type { RouteDef } from '../../app/route';
import { AnnualReportsPage } from './AnnualReportsPage';
import { AnnualReportPage } from './AnnualReportPage';

export const annualReportRoutes: RouteDef[] = [
  { path: '/governance/annual-reports', page: AnnualReportsPage, title: 'nav.annualReports', access: { roles: ['officer', 'chair', 'admin'], groups: ['WGM'] }, nav: true },
  { path: '/governance/annual-reports/:id', page: AnnualReportPage, title: 'nav.annualReports', access: { roles: ['officer', 'chair', 'admin'], groups: ['WGM'] } },
];
