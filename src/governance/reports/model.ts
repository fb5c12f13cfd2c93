// A report as data: sections with headings, paragraphs, key figures and tables, already translated
// and with figures localised. The PDF (pdf.ts) and the web page render the same data. Pure: no I/O.
import type { Db } from '../../db/store.js';

export const REPORT_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export type Block =
  | { type: 'paragraph'; text: string }
  /** headline figures, e.g. "Participants: 47" */
  | { type: 'figures'; items: { label: string; value: string }[] }
  /** cells are display strings (localised); `align` right for numbers */
  | { type: 'table'; caption?: string; columns: { label: string; align?: 'left' | 'right' }[]; rows: string[][] };

export interface Section {
  /** stable id: annual sections 'introduction', 'participation', 'working-groups', 'statistics', 'peer-review', 'challenges', 'way-forward'… */
  id: string;
  heading: string;
  blocks: Block[];
}

export interface Report {
  kind: 'annual' | 'special';
  /** the subject of a special report, e.g. CI */
  subject?: string;
  year: number;
  lang: ReportLanguage;
  title: string;
  subtitle: string;
  generatedAt: string;
  sections: Section[];
  /** raw figures behind the text, for machines and tests (not translated) */
  data: Record<string, unknown>;
}

/**
 * A section provider: computes one section of a report for a year in a language by calling the
 * other domains' services, or returns null when it has nothing to say (e.g. a workflow not built
 * yet, or no data for the year). Providers may add raw figures to `data` under their section id.
 */
export type SectionProvider = (db: Db, year: number, lang: ReportLanguage, data: Record<string, unknown>) => Promise<Section | null>;

export interface NamedProvider {
  id: string;
  provider: SectionProvider;
}

export function isReportLanguage(v: string): v is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(v);
}
