// The technical-assistance endpoints; their shapes are the server's (src/governance/assistance/routes.ts, web/src/contract).
import { api } from '../../api';
import type { Body, Ok } from '../../contract';

export type Overview = Ok<'/api/assistance'>;
export type Need = Overview['needs'][number];
export type Offer = Overview['offers'][number];
export type Programme = Overview['programmes'][number];
export type Area = Need['area'];
export type ProgrammeStatus = Programme['status'];

export const AREAS = ['internal-controls', 'statistics', 'valuation', 'artisanal-alluvial', 'legislation', 'certificates', 'other'] as const satisfies readonly Area[];

export const fetchAssistance = (signal?: AbortSignal) => api.get<Overview>('/api/assistance', signal);
export const declareNeed = (body: Body<'/api/assistance/needs'>) => api.post<Need>('/api/assistance/needs', body);
export const declareOffer = (body: Body<'/api/assistance/offers'>) => api.post<Offer>('/api/assistance/offers', body);
export const matchNeed = (body: Body<'/api/assistance/programmes'>) => api.post<Programme>('/api/assistance/programmes', body);
export const moveProgramme = (id: string, body: Body<'/api/assistance/programmes/{id}/status'>) => api.post<Programme>(`/api/assistance/programmes/${encodeURIComponent(id)}/status`, body);
