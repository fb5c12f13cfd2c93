// What happens to a certificate after issue, as pure rules: the importing authority's confirmation and
// every difference it finds from the certificate, the date of receipt, the replacement of a cancelled
// certificate, the kinds of border check. The service judges with these (confirmation.ts and
// cancellation in service.ts); the request's rules are model.ts.
import { detail, type ErrorDetail } from '../core/errors.js';
import { field } from '../core/messages.js';
import type { Msg } from '../core/i18n.js';
import { m } from './messages.js';
import { m as rq } from './request-messages.js';
import { m as rc } from './receipt-messages.js';
import { HS_CODES, LIMITS } from '../core/goods.js';
import type { IsoDay } from '../core/time.js';
import { decimals, notAnHsCode, type CertificateBody, type GoodsLine } from './model.js';

export interface ConfirmationInput {
  parcels: number;
  carats: number;
  sealsIntact: boolean;
  receivedOn?: IsoDay;
  note?: string;
  /** the US$ value the importer declares, when it states one */
  valueUsd?: number;
  /** the lines by HS code the importer declares, when it states them */
  goods?: GoodsLine[];
}

/**
 * One way a receipt differs from its certificate: the field, what the certificate states and what was
 * received (for an HS line, its code; a line absent on one side has null there). The alert to the
 * exporting authority carries these, so the web can say each in the reader's language.
 */
export interface Difference {
  field: 'parcels' | 'carats' | 'seals' | 'value' | 'line.carats' | 'line.value' | 'line.missing' | 'line.extra';
  hsCode?: string;
  stated: number | boolean | null;
  received: number | boolean | null;
}

const cents = (x: number) => Math.round(x * 100);

/** Every difference between the receipt and the certificate (value and HS lines only where the importer states them). */
export function confirmationDifferences(cert: Pick<CertificateBody, 'parcels' | 'totals'> & { goods?: readonly GoodsLine[] }, c: ConfirmationInput): Difference[] {
  const out: Difference[] = [];
  if (c.parcels !== cert.parcels) out.push({ field: 'parcels', stated: cert.parcels, received: c.parcels });
  if (cents(c.carats) !== cents(cert.totals.carats)) out.push({ field: 'carats', stated: cert.totals.carats, received: c.carats });
  if (!c.sealsIntact) out.push({ field: 'seals', stated: true, received: false });
  if (c.valueUsd !== undefined && cents(c.valueUsd) !== cents(cert.totals.valueUsd)) out.push({ field: 'value', stated: cert.totals.valueUsd, received: c.valueUsd });
  if (c.goods !== undefined && cert.goods !== undefined) {
    const received = new Map(c.goods.map((g) => [g.hsCode, g]));
    for (const line of cert.goods) {
      const r = received.get(line.hsCode);
      if (!r) {
        out.push({ field: 'line.missing', hsCode: line.hsCode, stated: line.carats, received: null });
        continue;
      }
      if (cents(r.carats) !== cents(line.carats)) out.push({ field: 'line.carats', hsCode: line.hsCode, stated: line.carats, received: r.carats });
      if (cents(r.valueUsd) !== cents(line.valueUsd)) out.push({ field: 'line.value', hsCode: line.hsCode, stated: line.valueUsd, received: r.valueUsd });
    }
    for (const r of c.goods) if (!cert.goods.some((l) => l.hsCode === r.hsCode)) out.push({ field: 'line.extra', hsCode: r.hsCode, stated: null, received: r.carats });
  }
  return out;
}

/** A difference, with the path of the receipt's field at fault (figures as the certificate writes them). */
export function describeDifference(d: Difference): ErrorDetail {
  const line = d.hsCode === undefined ? '' : `goods[${d.hsCode}]`;
  const path = { parcels: 'parcels', carats: 'carats', seals: 'sealsIntact', value: 'valueUsd', 'line.carats': `${line}.carats`, 'line.value': `${line}.valueUsd`, 'line.missing': line, 'line.extra': line }[d.field];
  return detail(path, m(`difference.${d.field}`, { received: String(d.received), stated: String(d.stated), hsCode: d.hsCode ?? '' }));
}

/** What the importing authority found that differs from the certificate: recorded and flagged, never silently accepted. */
export function confirmationMismatches(cert: Pick<CertificateBody, 'parcels' | 'totals'> & { goods?: readonly GoodsLine[] }, c: ConfirmationInput): ErrorDetail[] {
  return confirmationDifferences(cert, c).map(describeDifference);
}

export function checkConfirmation(c: ConfirmationInput): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (!Number.isInteger(c.parcels) || c.parcels < 0 || c.parcels > LIMITS.parcels) out.push(detail('parcels', rq('parcels.range', { max: String(LIMITS.parcels) })));
  if (!Number.isFinite(c.carats) || c.carats < 0 || decimals(c.carats) > 2 || c.carats > LIMITS.carats) out.push(detail('carats', field('carats')));
  if (c.valueUsd !== undefined && (!Number.isFinite(c.valueUsd) || c.valueUsd < 0 || decimals(c.valueUsd) > 2 || c.valueUsd > LIMITS.valueUsd)) out.push(detail('valueUsd', field('valueUsd')));
  if (c.goods !== undefined) {
    const seen = new Set<string>();
    c.goods.forEach((g, i) => {
      if (!(g.hsCode in HS_CODES)) out.push(detail(`goods[${i}].hsCode`, notAnHsCode()));
      else if (seen.has(g.hsCode)) out.push(detail(`goods[${i}].hsCode`, rq('goods.hsCodeStatedTwice', { hsCode: g.hsCode })));
      seen.add(g.hsCode);
      if (!Number.isFinite(g.carats) || g.carats < 0 || decimals(g.carats) > 2 || g.carats > LIMITS.carats) out.push(detail(`goods[${i}].carats`, field('carats')));
      if (!Number.isFinite(g.valueUsd) || g.valueUsd < 0 || decimals(g.valueUsd) > 2 || g.valueUsd > LIMITS.valueUsd) out.push(detail(`goods[${i}].valueUsd`, field('valueUsd')));
    });
  }
  return out;
}

/**
 * The day of receipt must fall within the certificate's life as the scheme knows it: not before the
 * day of issue, not after the day the receipt is recorded (the future), not after the day of expiry
 * (an expired certificate no longer covers a shipment). Refused, naming which and the dates; null
 * when the day is plausible. Days are compared in UTC.
 */
export function receiptDateProblem(receivedOn: IsoDay, cert: { number: string | Msg; issuedAt: Date | string; expiresAt: Date | string }, recordedOn: IsoDay): ErrorDetail | null {
  const issued = new Date(cert.issuedAt).toISOString().slice(0, 10);
  const expires = new Date(cert.expiresAt).toISOString().slice(0, 10);
  if (receivedOn < issued) return detail('receivedOn', rc('receipt.beforeIssue', { receivedOn, number: cert.number, issued }));
  if (receivedOn > recordedOn) return detail('receivedOn', rc('receipt.future', { receivedOn, recordedOn }));
  if (receivedOn > expires) return detail('receivedOn', rc('receipt.afterExpiry', { receivedOn, number: cert.number, expires }));
  return null;
}

/** Days after its expiry that a certificate may stay unconfirmed before both authorities are alerted (KPCS_CONFIRMATION_GRACE_DAYS). */
export const DEFAULT_CONFIRMATION_GRACE_DAYS = 30;

export const CANCEL_REASONS = ['lost', 'void', 'replaced', 'error'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** A certificate as the replacement rule sees it. */
export interface CertificateFact {
  number: string;
  participant: string;
  /** ISO time of issue */
  issuedAt: string;
  cancelled: { at: string; reason: string } | null;
}

/**
 * The certificate named as the replacement of a cancelled one must exist, be the same Participant's,
 * be in force (not cancelled) and be issued after the one it replaces; and it replaces only one.
 * Every violation, each with its own message (`replacement` undefined: no such certificate).
 */
export function checkReplacement(replaced: CertificateFact, replacedBy: string, replacement: CertificateFact | undefined, alreadyReplaces: string | undefined): ErrorDetail[] {
  const path = 'replacedBy';
  if (replacedBy === replaced.number) return [detail(path, rc('replace.itself', { number: replaced.number }))];
  if (!replacement) return [detail(path, rc('replace.unknown', { replacedBy, participant: replaced.participant }))];
  const out: ErrorDetail[] = [];
  if (replacement.participant !== replaced.participant) {
    out.push(detail(path, rc('replace.otherParticipant', { replacedBy, by: replacement.participant, participant: replaced.participant, number: replaced.number })));
  }
  if (replacement.cancelled) {
    out.push(detail(path, rc('replace.cancelled', { replacedBy, day: replacement.cancelled.at.slice(0, 10), reason: replacement.cancelled.reason })));
  }
  if (!(replacement.issuedAt > replaced.issuedAt)) {
    out.push(detail(path, rc('replace.earlier', { replacedBy, issued: replacement.issuedAt, number: replaced.number, replacedIssued: replaced.issuedAt })));
  }
  if (alreadyReplaces !== undefined && alreadyReplaces !== replaced.number) {
    out.push(detail(path, rc('replace.already', { replacedBy, other: alreadyReplaces })));
  }
  return out;
}

export const BORDER_CHECK_KINDS = ['export', 'import', 'transit'] as const;
export type BorderCheckKind = (typeof BORDER_CHECK_KINDS)[number];
