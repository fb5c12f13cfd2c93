// The endpoints of suspicious shipment reports (src/monitoring/shipments/routes.ts).
import { api, withQuery } from '../../api';

export interface ShipmentReport {
  id: string;
  participant: string;
  reportedOn: string;
  suspectedOrigin: string;
  declaredOrigin: string | null;
  certificateNumber: string | null;
  certificateVerdict: string | null;
  carats: number;
  valueUsd: number | null;
  exporter: string;
  exporterCountry: string | null;
  description: string;
  status: 'open' | 'closed';
  reportedBy: string;
  createdAt: string;
}

export interface EnforcementAction {
  id: string;
  kind: 'seizure' | 'prosecution' | 'other';
  takenOn: string;
  outcome: string;
  carats: number | null;
  valueUsd: number | null;
  penaltyUsd: number | null;
  note: string | null;
  reportedBy: string;
  createdAt: string;
}

export interface ShipmentDetail extends ShipmentReport {
  findings: { id: string; participant: string; type: string; period: string; summary: string }[];
  enforcement: EnforcementAction[];
}

export interface NewShipment {
  reportedOn?: string;
  suspectedOrigin: string;
  declaredOrigin?: string | null;
  certificateNumber?: string | null;
  carats: number;
  valueUsd?: number | null;
  exporter: string;
  exporterCountry?: string | null;
  description: string;
}

export const ENFORCEMENT_KINDS = ['seizure', 'prosecution', 'other'] as const;

/** A short reference for people, as the server writes it (SSR-AE-2006-3C2CCF4D). */
export const reference = (r: Pick<ShipmentReport, 'participant' | 'reportedOn' | 'id'>) => `SSR-${r.participant}-${r.reportedOn.slice(0, 4)}-${r.id.slice(0, 8).toUpperCase()}`;

export const fetchShipments = (filter: { participant?: string; suspectedOrigin?: string }, signal?: AbortSignal) =>
  api.get<{ shipments: ShipmentReport[] }>(withQuery('/api/shipments', filter), signal);
export const fetchShipment = (id: string, signal?: AbortSignal) => api.get<ShipmentDetail>(`/api/shipments/${encodeURIComponent(id)}`, signal);
export const reportShipment = (s: NewShipment) => api.post<ShipmentDetail>('/api/shipments', s);
export const linkFinding = (id: string, findingId: string) => api.post<ShipmentDetail>(`/api/shipments/${encodeURIComponent(id)}/findings`, { findingId });
export const reportEnforcement = (id: string, e: Omit<EnforcementAction, 'id' | 'reportedBy' | 'createdAt'>) => api.post<ShipmentDetail>(`/api/shipments/${encodeURIComponent(id)}/enforcement`, e);
