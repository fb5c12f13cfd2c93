// The endpoints of the regional view and of capacity assessments (src/monitoring/routes.ts).
import { api, withQuery } from '../api';
import type { ShipmentReport } from './shipments/api';

export const REGIONS = ['west-africa', 'south-america'] as const;
export type RegionId = (typeof REGIONS)[number];

export interface RegionView {
  region: RegionId;
  name: string;
  countries: string[];
  from: number;
  to: number;
  series: { participant: string; year: number; productionCarats: number; productionUsd: number; exportsCarats: number; exportsUsd: number }[];
  measures: { target: string; kind: string; basis: string; validFrom: string; validTo: string | null }[];
  findings: { id: string; type: string; participant: string; period: string; severity: string; summary: string; status: string }[];
  shipments: ShipmentReport[];
}

export interface Assessment {
  id: string;
  participant: string;
  area: string | null;
  minCarats: number;
  maxCarats: number;
  minUsd: number | null;
  maxUsd: number | null;
  source: string;
  assessedOn: string;
  note: string | null;
}

export const fetchRegion = (region: string, range: { from?: number; to?: number }, signal?: AbortSignal) => api.get<RegionView>(withQuery(`/api/monitoring/regions/${encodeURIComponent(region)}`, range), signal);
export const fetchAssessments = (signal?: AbortSignal) => api.get<{ assessments: Assessment[] }>('/api/capacity', signal);
export const addAssessment = (a: Omit<Assessment, 'id' | 'minUsd' | 'note'> & { minUsd?: number | null; note?: string | null }) => api.post<Assessment>('/api/capacity', a);
export const removeAssessment = (id: string) => api.delete(`/api/capacity/${encodeURIComponent(id)}`);
