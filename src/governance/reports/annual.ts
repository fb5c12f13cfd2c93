// The sections of the Chair's annual report, in the order of the 2006 report to the UN General
// Assembly (A/61/589): introduction, participation, working groups' activity, statistics, peer
// review, challenges, way forward. Each is a provider that calls the other domains' services; the
// list ANNUAL_SECTIONS is where a workflow adds its own (peer review, decisions, applications…).
import type { Db } from '../../db/store.js';
import { SYSTEM } from '../../auth/model.js';
import * as participants from '../../participants/service.js';
import * as annualSummary from '../../statistics/annual-summary.js';
import * as reconciliation from '../../statistics/reconciliation.js';
import { habitualFailures } from '../../statistics/compliance.js';
import * as monitoring from '../../monitoring/service.js';
import { country, day, list, num, t } from './catalogue.js';
import { annualReportsSection, applicationsSection, assistanceSection, decisionsSection, peerReviewSection } from './governance-sections.js';
import type { NamedProvider, ReportLanguage, Section, SectionProvider } from './model.js';
import { findingCells, measureBlocks } from './record-blocks.js';

const yearEnd = (year: number) => `${year}-12-31`;
const inYear = (iso: string, year: number) => iso.slice(0, 4) === String(year);
/** the status periods that overlap the year */
const overlaps = (from: string, to: string | null, year: number) => from <= yearEnd(year) && (to === null || to > `${year}-01-01`);

async function chairOf(db: Db, year: number) {
  const { chairs } = await participants.registry(db);
  return { now: chairs.find((c) => c.year === year), next: chairs.find((c) => c.year === year + 1) };
}

export const introduction: SectionProvider = async (db, year, lang) => {
  const { now } = await chairOf(db, year);
  const text = now ? t(lang, 'p.introduction', { chair: country(lang, year, now.chair), year }) : t(lang, 'p.introductionNoChair', { year });
  return { id: 'introduction', heading: t(lang, 'h.introduction'), blocks: [{ type: 'paragraph', text }] };
};

export const participation: SectionProvider = async (db, year, lang, data) => {
  const atEnd = await participants.list(db, { at: yearEnd(year) });
  const count = (s: string) => atEnd.filter((p) => p.status === s);
  const members = count('participant');
  const eu = members.find((p) => p.code === 'EU');
  const euMembers = eu?.members.length ?? 0;
  const countries = members.length - (eu ? 1 : 0) + euMembers;
  const periods = await participants.statusPeriods(db);
  const joined = periods
    .filter((p) => p.status === 'participant' && inYear(p.validFrom, year))
    .filter((p) => !periods.some((q) => q.participant === p.participant && q.status === 'participant' && q.validTo === p.validFrom))
    .map((p) => p.participant);
  const changes = periods.filter((p) => inYear(p.validFrom, year) && p.status !== 'participant').sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.participant.localeCompare(b.participant));
  const applicants = count('applicant');
  const tradingEntities = count('trading_entity');
  data.participation = { participants: members.length, countries, euMembers, tradingEntities: tradingEntities.map((p) => p.code), applicants: applicants.map((p) => p.code), joined };
  const names = (codes: string[]) => list(lang, codes.map((c) => country(lang, year, c)).sort((a, b) => a.localeCompare(b, lang)));
  return {
    id: 'participation',
    heading: t(lang, 'h.participation'),
    blocks: [
      {
        type: 'figures',
        items: [
          { label: t(lang, 'fig.participants'), value: num(lang, members.length) },
          { label: t(lang, 'fig.countries'), value: num(lang, countries) },
          { label: t(lang, 'fig.tradingEntities'), value: num(lang, tradingEntities.length) },
          { label: t(lang, 'fig.applicants'), value: num(lang, applicants.length) },
        ],
      },
      { type: 'paragraph', text: t(lang, 'p.participation', { year, participants: num(lang, members.length), countries: num(lang, countries), euMembers: num(lang, euMembers) }) },
      { type: 'paragraph', text: joined.length ? t(lang, 'p.joined', { list: names(joined) }) : t(lang, 'p.joinedNone') },
      { type: 'paragraph', text: applicants.length ? t(lang, 'p.applicants', { list: names(applicants.map((p) => p.code)) }) : t(lang, 'p.applicantsNone') },
      ...(changes.length
        ? [{
            type: 'table' as const,
            caption: t(lang, 'caption.statusChanges'),
            columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.status') }, { label: t(lang, 'col.since') }],
            rows: changes.map((c) => [country(lang, year, c.participant), t(lang, `status.${c.status}` as never), day(lang, c.validFrom)]),
          }]
        : []),
      {
        type: 'table',
        caption: t(lang, 'caption.participants'),
        columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.since') }],
        rows: [...members, ...tradingEntities]
          .map((p) => [`${country(lang, year, p.code, p.name)}${p.status === 'trading_entity' ? ` (${t(lang, 'status.trading_entity')})` : ''}`, day(lang, p.statusSince)])
          .sort((a, b) => a[0]!.localeCompare(b[0]!, lang)),
      },
    ],
  };
};

export const workingGroups: SectionProvider = async (db, year, lang, data) => {
  const { workingGroups: groups } = await participants.registry(db);
  const findings = await monitoring.list(db, SYSTEM, { year });
  const discrepancies = await reconciliation.list(db, SYSTEM, year);
  const activity = {
    findings: findings.length,
    high: findings.filter((f) => f.severity === 'high').length,
    closed: findings.filter((f) => f.status === 'closed').length,
    discrepancies: discrepancies.length,
    resolved: discrepancies.filter((d) => d.status === 'resolved').length,
  };
  data['working-groups'] = { groups: groups.map((g) => ({ id: g.id, chair: g.chair, members: g.members.length })), ...activity };
  const groupName = (id: string, fallback: string) => (['WGM', 'WGS', 'PC', 'WGDE', 'WGAAP'].includes(id) ? t(lang, `wg.${id}` as never) : fallback);
  return {
    id: 'working-groups',
    heading: t(lang, 'h.workingGroups'),
    blocks: [
      { type: 'paragraph', text: t(lang, 'p.workingGroups', { n: num(lang, groups.length) }) },
      {
        type: 'table',
        columns: [{ label: t(lang, 'col.group') }, { label: t(lang, 'col.chair') }, { label: t(lang, 'col.members'), align: 'right' }],
        rows: groups.map((g) => [groupName(g.id, g.name), country(lang, year, g.chair), num(lang, g.members.length)]),
      },
      { type: 'paragraph', text: t(lang, 'p.monitoringActivity', { year, findings: num(lang, activity.findings), high: num(lang, activity.high), closed: num(lang, activity.closed) }) },
      { type: 'paragraph', text: t(lang, 'p.statisticsActivity', { year, opened: num(lang, activity.discrepancies), resolved: num(lang, activity.resolved) }) },
    ],
  };
};

export const statisticsSection: SectionProvider = async (db, year, lang, data) => {
  const s = await annualSummary.summary(db, SYSTEM, year);
  data.statistics = { status: s.status, reporters: s.participants.length, world: s.world };
  if (s.participants.length === 0) return { id: 'statistics', heading: t(lang, 'h.statistics'), blocks: [{ type: 'paragraph', text: t(lang, 'p.statisticsNone', { year }) }] };
  const w = s.world;
  const carats = (v: number) => t(lang, 'fig.carats', { value: num(lang, v, 0) });
  const usd = (v: number) => t(lang, 'fig.usd', { value: num(lang, v, 0) });
  const top = [...s.participants].sort((a, b) => b.exports.valueUsd - a.exports.valueUsd).filter((p) => p.exports.valueUsd > 0).slice(0, 10);
  return {
    id: 'statistics',
    heading: t(lang, 'h.statistics'),
    blocks: [
      { type: 'paragraph', text: t(lang, s.status === 'released' ? 'p.statisticsReleased' : 'p.statisticsDraft', { year, reporters: num(lang, s.participants.length) }) },
      {
        type: 'figures',
        items: [
          { label: t(lang, 'fig.production'), value: `${carats(w.production.carats)} · ${usd(w.production.valueUsd)}` },
          { label: t(lang, 'fig.exports'), value: `${carats(w.exports.carats)} · ${usd(w.exports.valueUsd)}` },
          { label: t(lang, 'fig.imports'), value: `${carats(w.imports.carats)} · ${usd(w.imports.valueUsd)}` },
          { label: t(lang, 'fig.certificates'), value: num(lang, w.exports.certificates) },
        ],
      },
      {
        type: 'table',
        caption: t(lang, 'caption.topExporters'),
        columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.carats'), align: 'right' }, { label: t(lang, 'col.valueUsd'), align: 'right' }, { label: t(lang, 'col.usdPerCarat'), align: 'right' }],
        rows: top.map((p) => [country(lang, year, p.participant, p.name), num(lang, p.exports.carats), num(lang, p.exports.valueUsd), p.exports.usdPerCarat === null ? '' : num(lang, p.exports.usdPerCarat, 2)]),
      },
    ],
  };
};

export const challenges: SectionProvider = async (db, year, lang, data) => {
  const measures = (await participants.allMeasures(db)).filter((m) => overlaps(m.validFrom, m.validTo, year));
  const high = (await monitoring.list(db, SYSTEM, { year, severity: 'high' }));
  const habitual = await habitualFailures(db, SYSTEM, { asOf: yearEnd(year) });
  data.challenges = { measures: measures.map((m) => ({ target: m.target, kind: m.kind })), highFindings: high.length, habitual: habitual.participants.map((p) => p.participant) };
  return {
    id: 'challenges',
    heading: t(lang, 'h.challenges'),
    blocks: [
      ...measures.flatMap((m) => measureBlocks(lang, year, m)),
      { type: 'paragraph', text: high.length ? t(lang, 'p.highFindings', { year }) : t(lang, 'p.highFindingsNone', { year }) },
      ...(high.length
        ? [{
            type: 'table' as const,
            columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.finding') }, { label: t(lang, 'col.period') }, { label: t(lang, 'col.summary') }],
            rows: high.map((f) => findingCells(lang, year, f, false)),
          }]
        : []),
      { type: 'paragraph', text: habitual.participants.length ? t(lang, 'p.habitual', { list: list(lang, habitual.participants.map((p) => country(lang, year, p.participant, p.name))) }) : t(lang, 'p.habitualNone') },
    ],
  };
};

export const wayForward: SectionProvider = async (db, year, lang) => {
  const { now, next } = await chairOf(db, year);
  const blocks: Section['blocks'] = [];
  const vice = now?.viceChair ?? next?.chair;
  if (vice) blocks.push({ type: 'paragraph', text: t(lang, 'p.rotation', { vice: country(lang, year, vice), next: year + 1 }) });
  if (next?.viceChair) blocks.push({ type: 'paragraph', text: t(lang, 'p.nextVice', { nextVice: country(lang, year, next.viceChair), next: year + 1 }) });
  return blocks.length ? { id: 'way-forward', heading: t(lang, 'h.wayForward'), blocks } : null;
};

/**
 * The annual report's sections in order. To add a workflow's section (decisions, applications…),
 * insert `{ id, provider }` at its place; a provider returning null leaves no trace in the report.
 */
export const ANNUAL_SECTIONS: NamedProvider[] = [
  { id: 'introduction', provider: introduction },
  { id: 'participation', provider: participation },
  { id: 'applications', provider: applicationsSection },
  { id: 'working-groups', provider: workingGroups },
  { id: 'statistics', provider: statisticsSection },
  { id: 'annual-reports', provider: annualReportsSection },
  { id: 'peer-review', provider: peerReviewSection },
  { id: 'assistance', provider: assistanceSection },
  { id: 'decisions', provider: decisionsSection },
  { id: 'challenges', provider: challenges },
  { id: 'way-forward', provider: wayForward },
];

export type { ReportLanguage };
