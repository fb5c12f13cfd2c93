// The pages of footprints (the diamond experts WGDE, WGM, the Chair, administrators; the server checks the groups).
import { groupPage, type RouteDef } from '../../app/route';
import { FootprintsPage } from './FootprintsPage';
import { ComparePage } from './ComparePage';
import { ReferencePage } from './ReferencePage';

export const footprintRoutes: RouteDef[] = [
  { path: '/footprints', page: FootprintsPage, title: 'fp.nav', access: groupPage('WGDE', 'WGM'), nav: true },
  { path: '/footprints/compare', page: ComparePage, title: 'fp.compareTitle', access: groupPage('WGDE', 'WGM') },
  { path: '/footprints/:id', page: ReferencePage, title: 'fp.reference', access: groupPage('WGDE', 'WGM') },
];
