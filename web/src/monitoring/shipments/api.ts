// The endpoints of suspicious shipment reports (src/monitoring/shipments/routes.ts).
import { api, withQuery } from '../../api';
import type { Body, Ok } from '../../contract';

export type ShipmentReport = Ok<'/api/shipments'>['shipments'][number];
export type ShipmentDetail = Ok<'/api/shipments/{id}'>;
export type EnforcementAction = ShipmentDetail['enforcement'][number];
export type NewShipment = Body<'/api/shipments'>;

export const ENFORCEMENT_KINDS = ['seizure', 'prosecution', 'other'] as const;

/** A short reference for people, as the server writes it (SSR-AE-2006-3C2CCF4D). */
export const reference = (r: Pick<ShipmentReport, 'participant' | 'reportedOn' | 'id'>) => `SSR-${r.participant}-${r.reportedOn.slice(0, 4)}-${r.id.slice(0, 8).toUpperCase()}`;

export const fetchShipments = (filter: { participant?: string; suspectedOrigin?: string }, signal?: AbortSignal) =>
  api.get<Ok<'/api/shipments'>>(withQuery('/api/shipments', filter), signal);
export const fetchShipment = (id: string, signal?: AbortSignal) => api.get<ShipmentDetail>(`/api/shipments/${encodeURIComponent(id)}`, signal);
export const reportShipment = (s: NewShipment) => api.post<ShipmentDetail>('/api/shipments', s);
export const linkFinding = (id: string, findingId: string) => api.post<ShipmentDetail>(`/api/shipments/${encodeURIComponent(id)}/findings`, { findingId });
export const reportEnforcement = (id: string, e: Body<'/api/shipments/{id}/enforcement'>) => api.post<ShipmentDetail>(`/api/shipments/${encodeURIComponent(id)}/enforcement`, e);
