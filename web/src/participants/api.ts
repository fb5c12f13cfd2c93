// The registry endpoints (public).
import { api, withQuery } from '../api';
import type { ParticipantDetail, Registry } from './types';

export const fetchRegistry = (at: string, signal?: AbortSignal) => api.get<Registry>(withQuery('/api/participants', { at }), signal);

export const fetchParticipant = (code: string, at: string, signal?: AbortSignal) =>
  api.get<ParticipantDetail>(withQuery(`/api/participants/${encodeURIComponent(code)}`, { at }), signal);
