// The statistics endpoints: public summaries and releases, submissions of files, and the working
// group on statistics' reconciliation and compliance tables.
import { ApiError, api, getCsrfToken, withQuery } from '../api';
import type { Body, ErrorBody, Ok } from '../contract';
import type { Compliance, Discrepancy, Habitual, ImportResult, Kind, Reconciliation, Summary } from './types';

export const fetchReleases = (signal?: AbortSignal) => api.get<Ok<'/api/statistics/releases'>>('/api/statistics/releases', signal);

export const fetchSummary = (year: number, signal?: AbortSignal) => api.get<Summary>(withQuery('/api/statistics/summary', { year }), signal);

/** the summary as a file, from the server (the CSV of `kpcs stats summary --format csv`) */
export const summaryCsvHref = (year: number) => withQuery('/api/statistics/summary.csv', { year });
export const summaryJsonHref = (year: number) => withQuery('/api/statistics/summary', { year });

export const releaseYear = (year: number, note?: string) => api.post<Summary>('/api/statistics/releases', { year, ...(note && { note }) });

export const fetchSubmissions = (code: string, signal?: AbortSignal) => api.get<Ok<'/api/statistics/submissions/{code}'>>(`/api/statistics/submissions/${encodeURIComponent(code)}`, signal);

export const fetchReconciliation = (year: number, opts: { all?: boolean; participant?: string }, signal?: AbortSignal) =>
  api.get<Reconciliation>(withQuery('/api/statistics/reconciliation', { year, all: opts.all ? 'true' : undefined, participant: opts.participant }), signal);

export const fetchCompliance = (year: number, kind: Kind, signal?: AbortSignal) => api.get<Compliance>(withQuery('/api/statistics/compliance', { year, kind }), signal);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a trade or production file as the body (CSV text or XLSX bytes), checked only (dryRun) or for real. */
export async function importFile(kind: Kind, file: File, dryRun: boolean): Promise<ImportResult> {
  const csrfToken = getCsrfToken();
  const xlsx = /\.xlsx$/i.test(file.name);
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': xlsx ? XLSX_TYPE : 'text/csv' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const url = withQuery(`/api/statistics/import/${kind}`, { dryRun: dryRun ? 'true' : undefined, filename: file.name.slice(0, 200) });
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const e = (json ?? {}) as Partial<ErrorBody>;
    throw new ApiError(response.status, e.code ?? `http_${response.status}`, e.message ?? (text || response.statusText), e.details ?? []);
  }
  return json as ImportResult;
}

export const fetchHabitual = (kind: Kind, signal?: AbortSignal) => api.get<Habitual>(withQuery('/api/statistics/compliance/habitual', { kind }), signal);

export const fetchDiscrepancies = (year: number, signal?: AbortSignal) => api.get<Ok<'/api/statistics/discrepancies'>>(withQuery('/api/statistics/discrepancies', { year }), signal);

export const openDiscrepancies = (year: number) => api.post<Ok<'/api/statistics/discrepancies', 'post'>>('/api/statistics/discrepancies', { year });

const discrepancyPath = (d: Pick<Discrepancy, 'exporter' | 'importer' | 'period'>) => `/api/statistics/discrepancies/${d.exporter}/${d.importer}/${d.period}`;

export const fetchDiscrepancy = (d: Pick<Discrepancy, 'exporter' | 'importer' | 'period'>, signal?: AbortSignal) => api.get<Discrepancy>(discrepancyPath(d), signal);

export const addDiscrepancyNote = (d: Pick<Discrepancy, 'exporter' | 'importer' | 'period'>, note: Body<'/api/statistics/discrepancies/{exporter}/{importer}/{period}/notes'>) =>
  api.post<Discrepancy>(`${discrepancyPath(d)}/notes`, note);

export const resolveDiscrepancy = (d: Pick<Discrepancy, 'exporter' | 'importer' | 'period'>, outcome: string) => api.post<Discrepancy>(`${discrepancyPath(d)}/resolution`, { outcome });
