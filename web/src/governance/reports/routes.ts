// The pages of reports: the Chair's annual and special reports (the Chair, working groups, administrators).
import type { RouteDef } from '../../app/route';
import { ReportPage } from './ReportPage';

export const reportRoutes: RouteDef[] = [{ path: '/governance/reports', page: ReportPage, title: 'nav.reports', access: ['wg-member', 'chair', 'admin'], nav: true }];
