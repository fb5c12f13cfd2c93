// The pages of notifications: the signed-in user's inbox (the header's badge links to it).
import type { RouteDef } from '../app/route';
import { InboxPage } from './InboxPage';

export const notificationRoutes: RouteDef[] = [{ path: '/inbox', page: InboxPage, title: 'nav.inbox', access: 'signed-in' }];
