// The pages of participation: applications and the checklist, status decisions, the chair rotation.
import type { RouteDef } from '../../app/route';
import { ParticipationPage } from './ParticipationPage';
import { ApplicationPage } from './ApplicationPage';

export const participationRoutes: RouteDef[] = [
  { path: '/governance/participation', page: ParticipationPage, title: 'nav.participation', access: 'signed-in', nav: true },
  { path: '/governance/participation/applications/:id', page: ApplicationPage, title: 'nav.participation', access: 'signed-in' },
];
