// The pages of suspicious shipment reports (authority officers: their own; the Chair and the working
// group on monitoring: all; the server checks the Participant and the group).
import type { RouteDef } from '../../app/route';
import { ShipmentsPage } from './ShipmentsPage';
import { ShipmentPage } from './ShipmentPage';

export const shipmentRoutes: RouteDef[] = [
  { path: '/shipments', page: ShipmentsPage, title: 'nav.shipments', access: { roles: ['officer', 'chair', 'admin'], groups: ['WGM'] }, nav: true },
  { path: '/shipments/:id', page: ShipmentPage, title: 'nav.shipments', access: { roles: ['officer', 'chair', 'admin'], groups: ['WGM'] } },
];
