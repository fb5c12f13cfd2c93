// Use cases of the Chair's reports: build the annual report or a special report for a year in one
// of the five languages, as data (JSON) or as PDF.
import type { Db } from '../../db/store.js';
import { detail, invalid, notFound, type ErrorDetail } from '../../core/errors.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import { ANNUAL_SECTIONS } from './annual.js';
import { SPECIAL_CI_SECTIONS } from './special-ci.js';
import { day, t } from './catalogue.js';
import { isReportLanguage, type NamedProvider, type Report, type ReportLanguage, type Section } from './model.js';
import { renderPdf } from './pdf.js';

/** The special reports by subject; a new one adds its sections and a title key here. */
export const SPECIAL_REPORTS: Record<string, { sections: NamedProvider[]; title: 'title.special.CI' }> = {
  CI: { sections: SPECIAL_CI_SECTIONS, title: 'title.special.CI' },
};

export interface ReportRequest {
  year: number;
  lang?: string;
  /** the day the report is dated (default today) */
  now?: Date;
}

function check(q: ReportRequest): ReportLanguage {
  const problems: ErrorDetail[] = [];
  if (!Number.isInteger(q.year) || q.year < 2003 || q.year > 2100) problems.push(detail('year', m('year.range', { year: String(q.year) })));
  const lang = q.lang ?? 'en';
  if (!isReportLanguage(lang)) problems.push(detail('lang', m('lang.oneOf', { allowed: 'en, fr, pt, es, ru', lang })));
  if (problems.length) throw invalid(m('refused', { problems: problems.map((p) => common('atPath', { path: p.path!, problem: p.msg! })) }), problems);
  return lang as ReportLanguage;
}

async function build(db: Db, providers: NamedProvider[], year: number, lang: ReportLanguage): Promise<{ sections: Section[]; data: Record<string, unknown> }> {
  const data: Record<string, unknown> = {};
  const sections: Section[] = [];
  // one after the other: the providers share the store (PGlite has one connection)
  for (const { provider } of providers) {
    const s = await provider(db, year, lang, data);
    if (s) sections.push(s);
  }
  return { sections, data };
}

export async function annualReport(db: Db, actor: Actor, q: ReportRequest): Promise<Report> {
  authorize(actor, 'reports.read');
  const lang = check(q);
  const now = q.now ?? new Date();
  const { sections, data } = await build(db, ANNUAL_SECTIONS, q.year, lang);
  return { kind: 'annual', year: q.year, lang, title: t(lang, 'title.annual', { year: q.year }), subtitle: t(lang, 'subtitle', { date: day(lang, now.toISOString()) }), generatedAt: now.toISOString(), sections, data };
}

export async function specialReport(db: Db, actor: Actor, subject: string, q: ReportRequest): Promise<Report> {
  authorize(actor, 'reports.read');
  const lang = check(q);
  const special = SPECIAL_REPORTS[subject.toUpperCase()];
  if (!special) throw notFound(m('special.none', { subject, allowed: Object.keys(SPECIAL_REPORTS).join(', ') }));
  const now = q.now ?? new Date();
  const { sections, data } = await build(db, special.sections, q.year, lang);
  return { kind: 'special', subject: subject.toUpperCase(), year: q.year, lang, title: t(lang, special.title, { year: q.year }), subtitle: t(lang, 'subtitle', { date: day(lang, now.toISOString()) }), generatedAt: now.toISOString(), sections, data };
}

export { renderPdf };
