// The Chair's reports: JSON to show here, the same address with format=pdf to download. Their shape is
// the server's (src/governance/reports/routes.ts, web/src/contract).
import { api, withQuery } from '../../api';
import type { Ok } from '../../contract';

export type Report = Ok<'/api/reports/annual'>;
export type Block = Report['sections'][number]['blocks'][number];
/** A table cell: a display string in the report's language, or a passage quoted in its source's language with its source. */
export type Cell = Extract<Block, { type: 'table' }>['rows'][number][number];
export type Quotation = Exclude<Cell, string>;

export type ReportKind = 'annual' | 'special-CI';

export function reportAddress(kind: ReportKind, year: number, lang: string, format?: 'pdf'): string {
  const path = kind === 'annual' ? '/api/reports/annual' : '/api/reports/special/CI';
  return withQuery(path, { year, lang, format });
}

export const fetchReport = (kind: ReportKind, year: number, lang: string, signal?: AbortSignal) => api.get<Report>(reportAddress(kind, year, lang), signal);
