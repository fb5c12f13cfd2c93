// The technical-assistance endpoints (see src/governance/assistance/routes.ts).
import { api } from '../../api';

export const AREAS = ['internal-controls', 'statistics', 'valuation', 'artisanal-alluvial', 'legislation', 'certificates', 'other'] as const;
export type Area = (typeof AREAS)[number];
export type ProgrammeStatus = 'proposed' | 'agreed' | 'running' | 'completed' | 'cancelled';

export interface Need { id: string; participant: string; title: string; description: string; area: Area; status: 'open' | 'matched' | 'withdrawn'; declaredBy: string; declaredAt: string }
export interface Offer { id: string; donor: string; title: string; description: string; area: Area; status: 'open' | 'withdrawn'; declaredBy: string; declaredAt: string }
export interface Programme { id: string; participant: string; needId: string; donor: string; offerId: string; title: string; status: ProgrammeStatus; startsOn: string | null; endsOn: string | null; coordinator: string }
export interface Overview { coordinators: { member: string; designatedOn: string; note: string | null }[]; needs: Need[]; offers: Offer[]; programmes: Programme[] }

export const fetchAssistance = (signal?: AbortSignal) => api.get<Overview>('/api/assistance', signal);
export const declareNeed = (body: { title: string; description: string; area: Area }) => api.post<Need>('/api/assistance/needs', body);
export const declareOffer = (body: { title: string; description: string; area: Area }) => api.post<Offer>('/api/assistance/offers', body);
export const matchNeed = (body: { needId: string; offerId: string }) => api.post<Programme>('/api/assistance/programmes', body);
export const moveProgramme = (id: string, body: { status: ProgrammeStatus; startsOn?: string }) => api.post<Programme>(`/api/assistance/programmes/${encodeURIComponent(id)}/status`, body);
