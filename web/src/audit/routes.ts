// The pages of the audit log.
import type { RouteDef } from '../app/route';
import { AuditPage } from './AuditPage';

export const auditRoutes: RouteDef[] = [{ path: '/admin/audit', page: AuditPage, title: 'nav.audit', access: 'admin', nav: true }];
