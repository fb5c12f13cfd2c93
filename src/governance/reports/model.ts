// A report as data: sections with headings, paragraphs, key figures and tables, already translated
// and with figures localised. The PDF (pdf.ts) and the web page render the same data. Pure: no I/O.
import type { Db } from '../../db/store.js';

export const REPORT_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/**
 * A passage quoted as it stands in its source (a plenary decision's title, a finding's summary, the
 * reason written into a record, a passage of A/61/589): the only text of a report that may be in
 * another language than the report's. `source` names it in the report's language (a symbol, a title,
 * a record), shown after the passage ("— A/61/589, para. 12").
 */
export interface Quotation {
  quote: string;
  source: string;
}

/** A table cell: a display string in the report's language (localised figures, names), or a quotation. */
export type Cell = string | Quotation;

export type Block =
  | { type: 'paragraph'; text: string }
  /** a quoted passage, set apart (indented, in quotation marks, its source after it) */
  | { type: 'quote'; text: string; source: string }
  /** headline figures, e.g. "Participants: 47" */
  | { type: 'figures'; items: { label: string; value: string }[] }
  /** cells are display strings (localised) or quotations; `align` right for numbers */
  | { type: 'table'; caption?: string; columns: { label: string; align?: 'left' | 'right' }[]; rows: Cell[][] };

export const isQuotation = (c: Cell): c is Quotation => typeof c !== 'string';

const MARKS: Record<ReportLanguage, [string, string]> = { en: ['“', '”'], fr: ['« ', ' »'], pt: ['«', '»'], es: ['«', '»'], ru: ['«', '»'] };

/** A passage between the language's quotation marks. */
export function quoted(lang: ReportLanguage, text: string): string {
  const [open, close] = MARKS[lang];
  return `${open}${text}${close}`;
}

/**
 * The report's own words, one string per piece (title, headings, paragraphs, labels, cells), without
 * its quotations (they are in their source's language) but with their sources (in the report's).
 */
export function ownText(r: Pick<Report, 'title' | 'subtitle' | 'sections'>): string[] {
  const out = [r.title, r.subtitle];
  for (const s of r.sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.type === 'paragraph') out.push(b.text);
      else if (b.type === 'quote') out.push(b.source);
      else if (b.type === 'figures') for (const i of b.items) out.push(i.label, i.value);
      else {
        if (b.caption) out.push(b.caption);
        for (const c of b.columns) out.push(c.label);
        for (const row of b.rows) for (const c of row) out.push(isQuotation(c) ? c.source : c);
      }
    }
  }
  return out;
}

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

/** The Security Council resolution a measure's basis names ("1643 (2005)"), or null. */
export function unResolution(basis: string): string | null {
  const m = basis.match(/resolution\s+(\d{3,4}\s*\(\d{4}\))/i);
  return m ? m[1]!.replace(/\s*\(/, ' (') : null;
}
