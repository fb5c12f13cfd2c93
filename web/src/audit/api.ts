// The audit log endpoints (administrators).
import { api, withQuery } from '../api';

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actorName: string;
  actingFor: string | null;
  action: string;
  subject: string | null;
  details: unknown;
  hash: string;
}

export interface ChainCheck {
  entries: number;
  headHash: string;
  problems: { seq: number; problem: string }[];
}

export const PAGE_SIZE = 50;

export const fetchAudit = (before?: number, signal?: AbortSignal) =>
  api.get<{ entries: AuditEntry[] }>(withQuery('/api/audit', { limit: PAGE_SIZE, before }), signal).then((r) => r.entries);

export const verifyChain = () => api.get<ChainCheck>('/api/audit/verify');
