// Governance's pages: the hub page (/governance), which lists the workflows' pages that declare `nav`,
// so the main navigation holds one entry for all of governance, and every workflow's pages.
import type { RouteDef } from '../app/route';
import { GovernancePage } from './GovernancePage';
import { governanceSections } from './sections';

export const governanceRoutes: RouteDef[] = [
  { path: '/governance', page: GovernancePage, title: 'nav.governance', access: 'public', nav: true },
  ...governanceSections.map((r) => ({ ...r, nav: false })),
];
