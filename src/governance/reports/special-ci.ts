// The special report on Côte d'Ivoire (the Moscow resolution of 2005, the UN embargo of resolution
// 1643 (2005)): the measure, the exports of Côte d'Ivoire's neighbours against their production, the
// monitoring findings about them, and the shipments reported as suspected of Ivorian origin.
import type { Db } from '../../db/store.js';
import { SYSTEM } from '../../auth/model.js';
import * as participants from '../../participants/service.js';
import * as statistics from '../../statistics/service.js';
import * as monitoring from '../../monitoring/service.js';
import { NEIGHBOURS } from '../../simulation/world.js';
import { country, day, list, num, percent, t } from './catalogue.js';
import type { NamedProvider, SectionProvider } from './model.js';

export const SUBJECT = 'CI';
const neighbours = () => NEIGHBOURS[SUBJECT] ?? [];

export const measure: SectionProvider = async (db, year, lang, data) => {
  const measures = (await participants.allMeasures(db)).filter((m) => m.target === SUBJECT && m.validFrom <= `${year}-12-31` && (m.validTo === null || m.validTo > `${year}-01-01`));
  data.measure = measures.map((m) => ({ kind: m.kind, basis: m.basis, from: m.validFrom, to: m.validTo }));
  return {
    id: 'measure',
    heading: t(lang, 'h.measure'),
    blocks: [
      ...(measures.length
        ? measures.map((m) => ({ type: 'paragraph' as const, text: t(lang, m.kind === 'embargo' ? 'p.measureEmbargo' : 'p.measureSanctions', { target: country(lang, m.target), from: day(lang, m.validFrom), basis: m.basis }) }))
        : [{ type: 'paragraph' as const, text: t(lang, 'p.noMeasure', { year }) }]),
      { type: 'paragraph', text: t(lang, 'p.moscow') },
    ],
  };
};

async function figuresOf(db: Db, year: number) {
  const s = await statistics.summary(db, SYSTEM, year);
  return new Map(s.participants.map((p) => [p.participant, p]));
}

export const neighbourExports: SectionProvider = async (db, year, lang, data) => {
  const [prev, now, registry] = await Promise.all([figuresOf(db, year - 1), figuresOf(db, year), participants.list(db, { at: `${year}-12-31` })]);
  const inScheme = new Set(registry.filter((p) => p.status === 'participant' || p.status === 'trading_entity' || p.status === 'suspended').map((p) => p.code));
  const rows = neighbours().filter((c) => inScheme.has(c)).map((c) => {
    const before = prev.get(c)?.exports.carats ?? 0;
    const after = now.get(c)?.exports.carats ?? 0;
    const production = now.get(c)?.production.carats ?? 0;
    return { participant: c, exportsBefore: before, exports: after, change: before > 0 ? (after - before) / before : null, production };
  });
  const outside = neighbours().filter((c) => !inScheme.has(c));
  data.neighbours = { rows, outside };
  return {
    id: 'neighbours',
    heading: t(lang, 'h.neighbours'),
    blocks: [
      { type: 'paragraph', text: t(lang, 'p.neighbours', { prev: year - 1, year }) },
      {
        type: 'table',
        columns: [
          { label: t(lang, 'col.participant') },
          { label: t(lang, 'col.exportsYear', { year: year - 1 }), align: 'right' },
          { label: t(lang, 'col.exportsYear', { year }), align: 'right' },
          { label: t(lang, 'col.change'), align: 'right' },
          { label: t(lang, 'col.productionYear', { year }), align: 'right' },
        ],
        rows: rows.map((r) => [country(lang, r.participant), num(lang, r.exportsBefore), num(lang, r.exports), r.change === null ? '' : percent(lang, r.change), num(lang, r.production)]),
      },
      ...(outside.length ? [{ type: 'paragraph' as const, text: t(lang, 'p.neighboursNotParticipants', { year, list: list(lang, outside.map((c) => country(lang, c))) }) }] : []),
    ],
  };
};

export const neighbourFindings: SectionProvider = async (db, year, lang, data) => {
  const concerned = new Set([SUBJECT, ...neighbours()]);
  const findings = (await monitoring.list(db, SYSTEM, { year })).filter((f) => concerned.has(f.participant));
  data.findings = findings.map((f) => ({ participant: f.participant, type: f.type, period: f.period, severity: f.severity, status: f.status }));
  return {
    id: 'findings',
    heading: t(lang, 'h.findings'),
    blocks: findings.length
      ? [{
          type: 'table',
          columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.finding') }, { label: t(lang, 'col.period') }, { label: t(lang, 'col.summary') }, { label: t(lang, 'col.findingStatus') }],
          rows: findings.map((f) => [country(lang, f.participant), `${f.type} (${f.severity})`, f.period, f.summary, f.status]),
        }]
      : [{ type: 'paragraph', text: t(lang, 'p.findingsNone', { year }) }],
  };
};

/**
 * SECTION PROVIDER FOR SUSPICIOUS-SHIPMENT REPORTS (src/monitoring/shipments, being built by another
 * engineer): replace the body with a call to that domain's service, listing the year's reports of
 * shipments suspected of Ivorian origin (reporting Participant, date, carats, outcome), under the
 * heading t(lang, 'h.shipments'). Until then it returns null and the report leaves the section out.
 */
export const suspiciousShipments: SectionProvider = async () => null;

export const SPECIAL_CI_SECTIONS: NamedProvider[] = [
  { id: 'measure', provider: measure },
  { id: 'neighbours', provider: neighbourExports },
  { id: 'findings', provider: neighbourFindings },
  { id: 'suspicious-shipments', provider: suspiciousShipments },
];
