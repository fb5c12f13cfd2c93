// Figures from certificates: what a Participant's certificates of a quarter say (exports: issued by
// it and not cancelled; imports: issued to it and confirmed by it), beside what it reported, per
// flow, partner and HS code. The certificates domain provides the figures through the
// CertificateFigureSource interface (statistics never reads the certificate tables).
import type { Db } from '../db/store.js';
import { detail, invalid, notFound } from '../core/errors.js';
import { country } from '../core/i18n.js';
import { notAQuarter } from '../core/messages.js';
import { m } from './review-messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import { parsePeriod } from './model.js';
import { toCents } from './amounts.js';
import { discrepancyIndex } from './mirror.js';
import * as store from './store.js';

export interface CertificateFigure {
  flow: 'import' | 'export';
  /** the partner Participant (EU for a member state) */
  partner: string;
  hsCode: string;
  carats: number;
  valueUsd: number;
  /** certificates whose first line has this HS code: each certificate counts once (model.ts, CERTIFICATE_COUNT_RULE) */
  certificates: number;
  /** of these, the re-exports (certificates drawn against imports: issued by the Participant, or received by it) and their carats */
  reExports?: number;
  reExportCarats?: number;
}

export interface CertificateFigureSource {
  /** per flow, partner and HS code: the certificates of `participant` in the days [start, end] */
  figures(participant: string, period: { start: string; end: string }): Promise<CertificateFigure[]>;
}

export interface FigureComparison {
  flow: 'import' | 'export';
  partner: string;
  hsCode: string;
  reported: { carats: number; valueUsd: number; certificates: number };
  /** reExports: of these, the re-exports (certificates drawn against imports), carats and certificates */
  fromCertificates: { carats: number; valueUsd: number; certificates: number; reExports: { carats: number; certificates: number } };
  difference: { carats: number; valueUsd: number; certificates: number };
  /** |reported − certificates| / (reported + certificates), carats and US$ */
  index: { carats: number; valueUsd: number };
}

type Cents = { carats: number; valueUsd: number; certificates: number; reExports?: { carats: number; certificates: number } };
const ZERO: Cents = { carats: 0, valueUsd: 0, certificates: 0 };

/** Pure: pairs reported lines with certificate lines (amounts in cents), every key of either side. */
export function compareFigures(reported: Map<string, Cents>, certificates: Map<string, Cents>): FigureComparison[] {
  const keys = [...new Set([...reported.keys(), ...certificates.keys()])].sort();
  return keys.map((k) => {
    const [flow, partner, hsCode] = k.split(' ') as ['import' | 'export', string, string];
    const r = reported.get(k) ?? ZERO;
    const c = certificates.get(k) ?? ZERO;
    const out = (v: Cents) => ({ carats: v.carats / 100, valueUsd: v.valueUsd / 100, certificates: v.certificates });
    return {
      flow,
      partner,
      hsCode,
      reported: out(r),
      fromCertificates: { ...out(c), reExports: { carats: (c.reExports?.carats ?? 0) / 100, certificates: c.reExports?.certificates ?? 0 } },
      difference: { carats: (r.carats - c.carats) / 100, valueUsd: (r.valueUsd - c.valueUsd) / 100, certificates: r.certificates - c.certificates },
      index: { carats: Math.round(discrepancyIndex(r.carats, c.carats) * 1e6) / 1e6, valueUsd: Math.round(discrepancyIndex(r.valueUsd, c.valueUsd) * 1e6) / 1e6 },
    };
  });
}

/** A Participant's reported trade of a quarter against its certificates (its officers, the working group, the Chair, administrators). */
export async function compareWithCertificates(db: Db, actor: Actor, participant: string, period: string, source: CertificateFigureSource): Promise<{ participant: string; period: string; version: number; lines: FigureComparison[] }> {
  authorize(actor, 'statistics.submissions.read', { participant });
  const p = parsePeriod('trade', period);
  if (!p) throw invalid(m('period.quarter', { example: '2006-Q3', period }), [detail('period', notAQuarter())]);
  const current = (await store.currentVersions(db, 'trade', [{ reporter: participant, period }])).get(`${participant} ${period}`);
  if (current === undefined) throw notFound(m('trade.notSubmitted', { participant: country(participant), period }));
  const reported = new Map<string, Cents>();
  for (const r of await store.tradeRows(db, participant, period, current)) {
    reported.set(`${r.flow} ${r.partner} ${r.hs_code}`, { carats: toCents(r.carats), valueUsd: toCents(r.value_usd), certificates: r.certificates });
  }
  const fromCerts = new Map<string, Cents>();
  for (const f of await source.figures(participant, { start: p.start, end: p.end })) {
    const k = `${f.flow} ${f.partner} ${f.hsCode}`;
    const prev = fromCerts.get(k) ?? ZERO;
    const re = { carats: (prev.reExports?.carats ?? 0) + Math.round((f.reExportCarats ?? 0) * 100), certificates: (prev.reExports?.certificates ?? 0) + (f.reExports ?? 0) };
    fromCerts.set(k, { carats: prev.carats + Math.round(f.carats * 100), valueUsd: prev.valueUsd + Math.round(f.valueUsd * 100), certificates: prev.certificates + f.certificates, reExports: re });
  }
  return { participant, period, version: current, lines: compareFigures(reported, fromCerts) };
}
