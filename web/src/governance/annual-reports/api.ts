// The annual-report endpoints.
import { api, withQuery } from '../../api';
import type { Body, Ok } from '../../contract';

export type AnnualReport = Ok<'/api/annual-reports'>['reports'][number];
export type AnnualReportDetail = Ok<'/api/annual-reports/{id}'>;
export type Outcome = NonNullable<AnnualReportDetail['outcome']>;
export const OUTCOMES = ['satisfactory', 'follow_up', 'unsatisfactory'] as const satisfies readonly Outcome[];

export const fetchReports = (year: number, signal?: AbortSignal) => api.get<Ok<'/api/annual-reports'>>(withQuery('/api/annual-reports', { year }), signal);
export const fetchMissing = (year: number, signal?: AbortSignal) => api.get<Ok<'/api/annual-reports/missing'>>(withQuery('/api/annual-reports/missing', { year }), signal);
export const fetchReport = (id: string, signal?: AbortSignal) => api.get<AnnualReportDetail>(`/api/annual-reports/${encodeURIComponent(id)}`, signal);
export const submitReport = (body: Body<'/api/annual-reports'>) => api.post<AnnualReportDetail>('/api/annual-reports', body);
export const assessReport = (id: string, body: Body<'/api/annual-reports/{id}/assessment', 'patch'>) =>
  api.patch<AnnualReportDetail>(`/api/annual-reports/${encodeURIComponent(id)}/assessment`, body);
