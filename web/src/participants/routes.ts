// The pages of the Participant registry.
import type { RouteDef } from '../app/route';
import { RegistryPage } from './RegistryPage';
import { ParticipantPage } from './ParticipantPage';

export const participantRoutes: RouteDef[] = [
  { path: '/', page: RegistryPage, title: 'nav.registry', access: 'public', nav: true },
  { path: '/participants/:code', page: ParticipantPage, title: 'nav.registry', access: 'public' },
];
