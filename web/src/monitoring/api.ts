// The monitoring endpoints (the working group on monitoring, the Chair, administrators).
import { api, withQuery } from '../api';
import type { Finding, FindingChange, FindingDetail } from './types';

export interface FindingFilter {
  year?: number;
  participant?: string;
  type?: string;
  status?: string;
  severity?: string;
}

export const fetchFindings = (filter: FindingFilter, signal?: AbortSignal) => api.get<{ findings: Finding[] }>(withQuery('/api/findings', { ...filter }), signal);

export const runAnalysis = (year: number) => api.post<{ year: number; new: number; findings: Finding[] }>('/api/findings/analysis', { year });

/** One finding; with `lang`, its evidence explained in that language. */
export const fetchFinding = (id: string, signal?: AbortSignal, lang?: string) => api.get<FindingDetail>(withQuery(`/api/findings/${encodeURIComponent(id)}`, { lang }), signal);

export const changeFinding = (id: string, change: FindingChange) => api.patch<FindingDetail>(`/api/findings/${encodeURIComponent(id)}`, change);
