// The pages of technical assistance (any signed-in user; the forms follow the role).
import type { RouteDef } from '../../app/route';
import { AssistancePage } from './AssistancePage';

export const assistanceRoutes: RouteDef[] = [{ path: '/governance/assistance', page: AssistancePage, title: 'nav.assistance', access: 'signed-in', nav: true }];
