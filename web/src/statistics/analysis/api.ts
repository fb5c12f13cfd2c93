// The working group on statistics' analysis endpoints: series, partner matrix, one pair over the
// quarters. Their shapes are the server's (src/statistics/routes.ts, web/src/contract).
import { api, withQuery } from '../../api';
import type { Ok } from '../../contract';

export type Series = Ok<'/api/statistics/series'>['series'][number];
export type SeriesPoint = Series['points'][number];
export type Totals = NonNullable<SeriesPoint['exports']>;
export type Matrix = Ok<'/api/statistics/matrix'>;
export type MatrixCell = Matrix['cells'][number];
export type MatrixFlow = Matrix['flow'];
export type Pair = Ok<'/api/statistics/pair'>;
export type PairQuarter = Pair['aToB']['exports'][number];

/** Every Participant's series in ONE request (the server takes up to 100). */
export function fetchSeries(participants: string[], from: number, to: number, signal?: AbortSignal) {
  const q = new URLSearchParams();
  for (const p of participants) q.append('participants', p);
  q.set('from', String(from));
  q.set('to', String(to));
  return api.get<Ok<'/api/statistics/series'>>(`/api/statistics/series?${q.toString()}`, signal);
}

export const fetchMatrix = (year: number, flow: MatrixFlow, signal?: AbortSignal) => api.get<Matrix>(withQuery('/api/statistics/matrix', { year, flow }), signal);

export const fetchPair = (year: number, a: string, b: string, signal?: AbortSignal) => api.get<Pair>(withQuery('/api/statistics/pair', { year, a, b }), signal);
