// The Chair's reports: JSON to show here, the same address with format=pdf to download.
import { api, withQuery } from '../../api';

/** A passage quoted in its source's language (only these may differ from the report's), with its source. */
export interface Quotation {
  quote: string;
  source: string;
}
export type Cell = string | Quotation;

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string; source: string }
  | { type: 'figures'; items: { label: string; value: string }[] }
  | { type: 'table'; caption?: string; columns: { label: string; align?: 'left' | 'right' }[]; rows: Cell[][] };

export interface Report {
  kind: 'annual' | 'special';
  subject?: string;
  year: number;
  lang: string;
  title: string;
  subtitle: string;
  sections: { id: string; heading: string; blocks: Block[] }[];
}

export type ReportKind = 'annual' | 'special-CI';

export function reportAddress(kind: ReportKind, year: number, lang: string, format?: 'pdf'): string {
  const path = kind === 'annual' ? '/api/reports/annual' : '/api/reports/special/CI';
  return withQuery(path, { year, lang, format });
}

export const fetchReport = (kind: ReportKind, year: number, lang: string, signal?: AbortSignal) => api.get<Report>(reportAddress(kind, year, lang), signal);
