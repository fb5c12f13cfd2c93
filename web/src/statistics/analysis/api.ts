// The working group on statistics' analysis endpoints: series, partner matrix, one pair over the quarters.
import { api, withQuery } from '../../api';

export interface Totals {
  carats: number;
  valueUsd: number;
  certificates: number;
}

export interface SeriesPoint {
  period: string;
  kind: 'trade' | 'production';
  exports?: Totals;
  imports?: Totals;
  production?: { carats: number; valueUsd: number; usdPerCarat: number | null };
}

export interface Series {
  participant: string;
  points: SeriesPoint[];
}

export interface MatrixCell {
  reporter: string;
  partner: string;
  carats: number;
  valueUsd: number;
  certificates: number;
}

export interface PairQuarter {
  period: string;
  carats: number;
  valueUsd: number;
  certificates: number;
  reported: boolean;
}

export interface Pair {
  year: number;
  a: string;
  b: string;
  aToB: { exports: PairQuarter[]; imports: PairQuarter[] };
  bToA: { exports: PairQuarter[]; imports: PairQuarter[] };
}

/** Every Participant's series in ONE request (the server takes up to 100). */
export function fetchSeries(participants: string[], from: number, to: number, signal?: AbortSignal) {
  const q = new URLSearchParams();
  for (const p of participants) q.append('participants', p);
  q.set('from', String(from));
  q.set('to', String(to));
  return api.get<{ series: Series[] }>(`/api/statistics/series?${q.toString()}`, signal);
}

export const fetchMatrix = (year: number, flow: 'export' | 'import', signal?: AbortSignal) => api.get<{ year: number; flow: string; cells: MatrixCell[] }>(withQuery('/api/statistics/matrix', { year, flow }), signal);

export const fetchPair = (year: number, a: string, b: string, signal?: AbortSignal) => api.get<Pair>(withQuery('/api/statistics/pair', { year, a, b }), signal);
