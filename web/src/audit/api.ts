// The audit log endpoints (administrators); their shapes are the server's (web/src/contract).
import { api, withQuery } from '../api';
import type { Ok } from '../contract';

export type AuditEntry = Ok<'/api/audit'>['entries'][number];
export type ChainCheck = Ok<'/api/audit/verify'>;

export const PAGE_SIZE = 50;

export const fetchAudit = (before?: number, signal?: AbortSignal) => api.get<Ok<'/api/audit'>>(withQuery('/api/audit', { limit: PAGE_SIZE, before }), signal).then((r) => r.entries);

export const verifyChain = () => api.get<ChainCheck>('/api/audit/verify');
