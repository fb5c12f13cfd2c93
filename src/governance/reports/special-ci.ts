// The special report on Côte d'Ivoire (the Moscow resolution of 2005, the UN embargo of resolution
// 1643 (2005)): the measure, the exports of Côte d'Ivoire's neighbours against their production, the
// monitoring findings about them, and the shipments reported as suspected of Ivorian origin.
import type { Db } from '../../db/store.js';
import { SYSTEM } from '../../auth/model.js';
import * as participants from '../../participants/service.js';
import * as annualSummary from '../../statistics/annual-summary.js';
import * as monitoring from '../../monitoring/service.js';
import { NEIGHBOURS } from '../../simulation/world.js';
import { country, day, list, num, percent, t } from './catalogue.js';
import type { Block, NamedProvider, SectionProvider } from './model.js';
import { findingCells, label, measureBlocks } from './record-blocks.js';
import * as shipments from '../../monitoring/shipments/service.js';
import { reference } from '../../monitoring/shipments/model.js';

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
        ? measures.flatMap((m) => measureBlocks(lang, year, m))
        : [{ type: 'paragraph' as const, text: t(lang, 'p.noMeasure', { year }) }]),
      { type: 'paragraph', text: t(lang, 'p.moscow') },
    ],
  };
};

async function figuresOf(db: Db, year: number) {
  const s = await annualSummary.summary(db, SYSTEM, year);
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
        rows: rows.map((r) => [country(lang, year, r.participant), num(lang, r.exportsBefore), num(lang, r.exports), r.change === null ? '' : percent(lang, r.change), num(lang, r.production)]),
      },
      ...(outside.length ? [{ type: 'paragraph' as const, text: t(lang, 'p.neighboursNotParticipants', { year, list: list(lang, outside.map((c) => country(lang, year, c))) }) }] : []),
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
          rows: findings.map((f) => findingCells(lang, year, f, true)),
        }]
      : [{ type: 'paragraph', text: t(lang, 'p.findingsNone', { year }) }],
  };
};

/** The Moscow resolution's requests the shipments section answers, quoted (it exists in English). */
export const MOSCOW_PARAGRAPHS: Record<number, string> = {
  5: 'Participants are requested to report to the Chair any incoming shipments of rough diamonds which they suspect may contain diamonds of Côte d’Ivoire origin.',
  7: 'Participants are requested to take appropriate action against any of their nationals or companies found to be involved in the production of diamonds in Côte d’Ivoire or in the trade in such diamonds, where possible, and to inform the Chair of the KP of the action taken.',
};

/**
 * The shipments reported in the year as suspected of Ivorian origin (monitoring/shipments, through its
 * service), each with the enforcement actions taken on it; a year without any says so.
 */
export const suspiciousShipments: SectionProvider = async (db, year, lang, data) => {
  const reports = (await shipments.listWithEnforcement(db, SYSTEM, { suspectedOrigin: SUBJECT, year })).sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.participant.localeCompare(b.participant));
  const actions = reports.flatMap((r) => r.enforcement.map((e) => ({ shipment: r, action: e })));
  data['suspicious-shipments'] = {
    shipments: reports.map((r) => ({ id: r.id, reference: reference(r), participant: r.participant, reportedOn: r.reportedOn, carats: r.carats, valueUsd: r.valueUsd, exporter: r.exporter, exporterCountry: r.exporterCountry, declaredOrigin: r.declaredOrigin, certificateNumber: r.certificateNumber, certificateVerdict: r.certificateVerdict, enforcement: r.enforcement.map((e) => ({ kind: e.kind, takenOn: e.takenOn, carats: e.carats, valueUsd: e.valueUsd, penaltyUsd: e.penaltyUsd })) })),
  };
  const blocks: Block[] = [{ type: 'quote', text: MOSCOW_PARAGRAPHS[5]!, source: t(lang, 'source.moscow', { para: num(lang, 5) }) }];
  if (reports.length === 0) {
    blocks.push({ type: 'paragraph', text: t(lang, 'p.shipmentsNone', { year }) });
    return { id: 'suspicious-shipments', heading: t(lang, 'h.shipments'), blocks };
  }
  const dash = '–';
  const origin = (c: string | null) => (c === null ? dash : c === 'mixed' ? t(lang, 'origin.mixed') : country(lang, year, c));
  blocks.push(
    { type: 'paragraph', text: t(lang, 'p.shipments', { year, n: num(lang, reports.length), actions: num(lang, actions.length) }) },
    {
      type: 'table',
      caption: t(lang, 'caption.shipments'),
      columns: [
        { label: t(lang, 'col.reference') }, { label: t(lang, 'col.reportedBy') }, { label: t(lang, 'col.reportedOn') }, { label: t(lang, 'col.carats'), align: 'right' },
        { label: t(lang, 'col.valueUsd'), align: 'right' }, { label: t(lang, 'col.exporter') },
      ],
      rows: reports.map((r) => [
        reference(r),
        country(lang, year, r.participant),
        day(lang, r.reportedOn),
        num(lang, r.carats, 2),
        r.valueUsd === null ? dash : num(lang, r.valueUsd),
        // the exporter's name as reported (a proper name), with its country in the language
        r.exporterCountry ? `${r.exporter} (${country(lang, year, r.exporterCountry)})` : r.exporter,
      ]),
    },
    {
      type: 'table',
      columns: [{ label: t(lang, 'col.reference') }, { label: t(lang, 'col.declaredOrigin') }, { label: t(lang, 'col.certificate') }, { label: t(lang, 'col.description') }],
      rows: reports.map((r) => [
        reference(r),
        origin(r.declaredOrigin),
        r.certificateNumber ? `${r.certificateNumber} (${label(lang, 'verdict', r.certificateVerdict ?? '')})` : t(lang, 'none'),
        { quote: r.description, source: t(lang, 'source.shipment', { reference: reference(r) }) },
      ]),
    },
    { type: 'quote', text: MOSCOW_PARAGRAPHS[7]!, source: t(lang, 'source.moscow', { para: num(lang, 7) }) },
  );
  blocks.push(
    actions.length
      ? {
          type: 'table',
          caption: t(lang, 'caption.enforcement'),
          columns: [
            { label: t(lang, 'col.reference') }, { label: t(lang, 'col.action') }, { label: t(lang, 'col.takenOn') }, { label: t(lang, 'col.carats'), align: 'right' }, { label: t(lang, 'col.valueUsd'), align: 'right' },
            { label: t(lang, 'col.penaltyUsd'), align: 'right' }, { label: t(lang, 'col.outcome') },
          ],
          rows: actions.map(({ shipment: r, action: e }) => [
            reference(r),
            label(lang, 'enforcement', e.kind),
            day(lang, e.takenOn),
            e.carats === null ? dash : num(lang, e.carats, 2),
            e.valueUsd === null ? dash : num(lang, e.valueUsd),
            e.penaltyUsd === null ? dash : num(lang, e.penaltyUsd),
            { quote: e.outcome, source: t(lang, 'source.shipment', { reference: reference(r) }) },
          ]),
        }
      : { type: 'paragraph', text: t(lang, 'p.enforcementNone') },
  );
  return { id: 'suspicious-shipments', heading: t(lang, 'h.shipments'), blocks };
};

export const SPECIAL_CI_SECTIONS: NamedProvider[] = [
  { id: 'measure', provider: measure },
  { id: 'neighbours', provider: neighbourExports },
  { id: 'findings', provider: neighbourFindings },
  { id: 'suspicious-shipments', provider: suspiciousShipments },
];
