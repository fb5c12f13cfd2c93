// The monitoring endpoints (the working group on monitoring, the Chair, administrators).
// Their shapes are the server's (src/monitoring/routes.ts, web/src/contract).
import { api, withQuery } from '../api';
import type { Ok, Query } from '../contract';
import type { FindingChange, FindingDetail } from './types';

/** the list's filter as the page holds it: the route's query, the year a number and the rest as text */
type FindingFilter = { [K in keyof Query<'/api/findings'>]?: K extends 'year' ? number : string };

export const fetchFindings = (filter: FindingFilter, signal?: AbortSignal) => api.get<Ok<'/api/findings'>>(withQuery('/api/findings', { ...filter }), signal);

/** The kinds of finding, each named and its rule said in the reader's language (the detectors' own words). */
export const fetchFindingTypes = (signal?: AbortSignal) => api.get<Ok<'/api/findings/types'>>('/api/findings/types', signal);

export const runAnalysis = (year: number) => api.post<Ok<'/api/findings/analysis', 'post'>>('/api/findings/analysis', { year });

/** One finding; with `lang`, its evidence explained in that language. */
export const fetchFinding = (id: string, signal?: AbortSignal, lang?: string) => api.get<FindingDetail>(withQuery(`/api/findings/${encodeURIComponent(id)}`, { lang }), signal);

export const changeFinding = (id: string, change: FindingChange) => api.patch<FindingDetail>(`/api/findings/${encodeURIComponent(id)}`, change);
