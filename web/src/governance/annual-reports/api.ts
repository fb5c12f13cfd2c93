// The annual-report endpoints.
import { api, withQuery } from '../../api';

export const OUTCOMES = ['satisfactory', 'follow_up', 'unsatisfactory'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface AnnualReport {
  id: string;
  participant: string;
  year: number;
  attachmentName: string | null;
  submittedAt: string;
  submittedBy: string;
  status: 'submitted' | 'assessed';
  outcome: Outcome | null;
  comments: string | null;
  assessedBy: string | null;
  assessedAt: string | null;
}

export interface AnnualReportDetail extends AnnualReport {
  body: string;
  attachment: string | null;
}

export const fetchReports = (year: number, signal?: AbortSignal) => api.get<{ reports: AnnualReport[] }>(withQuery('/api/annual-reports', { year }), signal);
export const fetchMissing = (year: number, signal?: AbortSignal) => api.get<{ year: number; missing: { code: string; name: string }[] }>(withQuery('/api/annual-reports/missing', { year }), signal);
export const fetchReport = (id: string, signal?: AbortSignal) => api.get<AnnualReportDetail>(`/api/annual-reports/${encodeURIComponent(id)}`, signal);
export const submitReport = (body: { participant: string; year: number; body: string; attachmentName?: string | null; attachment?: string | null }) => api.post<AnnualReportDetail>('/api/annual-reports', body);
export const assessReport = (id: string, body: { status: 'submitted' | 'assessed'; outcome?: Outcome | null; comments?: string | null }) =>
  api.patch<AnnualReportDetail>(`/api/annual-reports/${encodeURIComponent(id)}/assessment`, body);
