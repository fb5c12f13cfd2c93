// The pages of footprints (the diamond experts WGDE, WGM, the Chair, administrators; the server checks the groups).
import type { RouteDef } from '../../app/route';
import { FootprintsPage } from './FootprintsPage';
import { ComparePage } from './ComparePage';
import { ReferencePage } from './ReferencePage';

export const footprintRoutes: RouteDef[] = [
  { path: '/footprints', page: FootprintsPage, title: 'fp.nav', access: ['wg-member', 'chair', 'admin'], nav: true },
  { path: '/footprints/compare', page: ComparePage, title: 'fp.compareTitle', access: ['wg-member', 'chair', 'admin'] },
  { path: '/footprints/:id', page: ReferencePage, title: 'fp.reference', access: ['wg-member', 'chair', 'admin'] },
];
