// Certificates awaiting confirmation of receipt (issue #14 point 2): the importing authority's queue,
// the sweep that alerts both authorities once when a certificate stays unconfirmed past its expiry and
// the grace period (KPCS_CONFIRMATION_GRACE_DAYS, default 30), and the counts of the compliance view.
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { detail, forbidden, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m as im } from './issue-messages.js';
import { isIsoDay, today, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { notifyMany } from '../notifications/service.js';
import { unconfirmedAlert, type Unconfirmed } from './alerts.js';
import { DEFAULT_CONFIRMATION_GRACE_DAYS } from './receipt-rules.js';
import * as store from './store.js';

const DAY_MS = 86_400_000;
/** The sweep looks back this far: certificates whose grace ended longer ago are the compliance view's business. */
export const SWEEP_WINDOW_DAYS = 365;

/** The grace period after expiry, in days, from KPCS_CONFIRMATION_GRACE_DAYS (default 30). */
export function graceDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KPCS_CONFIRMATION_GRACE_DAYS?.trim();
  if (!raw) return DEFAULT_CONFIRMATION_GRACE_DAYS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 3650) throw invalid(im('grace.days', { variable: 'KPCS_CONFIRMATION_GRACE_DAYS', max: '3650', value: raw }), [detail('KPCS_CONFIRMATION_GRACE_DAYS', im('grace.days.detail'))]);
  return n;
}

export interface AwaitingCertificate {
  number: string;
  exporter: { participant: string; country: string; name: string };
  issuedAt: string;
  expiresAt: string;
  parcels: number;
  carats: number;
  /** whole days from today to the day of expiry (negative once expired) */
  daysLeft: number;
}

/** The certificates addressed to the caller's Participant (or the one named) still awaiting confirmation, soonest expiry first. */
export async function awaitingConfirmation(db: Db, actor: Actor, o: { participant?: string; limit?: number; now?: Date } = {}): Promise<{ participant: string; certificates: AwaitingCertificate[] }> {
  const participant = o.participant ?? actor.participant;
  if (!participant) throw forbidden(im('awaiting.participant', { option: '--as CODE' }));
  authorize(actor, 'certificates.awaiting.read', { participant });
  const limit = o.limit ?? 500;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalid(im('awaiting.limit', { option: 'limit', max: '1000' }), [detail('limit', field('outOfRange'))]);
  const day = Date.parse(today(o.now ?? new Date()));
  const rows = await store.awaiting(db, participant, limit);
  return {
    participant,
    certificates: rows.map((r) => {
      const expiresAt = new Date(r.expires_at).toISOString();
      return {
        number: r.number, exporter: { participant: r.participant, country: r.country_of_export, name: r.exporter_name },
        issuedAt: new Date(r.issued_at).toISOString(), expiresAt, parcels: r.parcels, carats: Number(r.carats),
        daysLeft: Math.round((Date.parse(expiresAt.slice(0, 10)) - day) / DAY_MS),
      };
    }),
  };
}

export interface SweepResult {
  on: string;
  graceDays: number;
  /** the certificates alerted by this run (none when another run already did) */
  certificates: Unconfirmed[];
}

/**
 * Alerts the officers of both Participants of each certificate that expired more than `graceDays` ago
 * (within the last year) without a confirmation of receipt or a cancellation: one alert per
 * Participant and side per run, listing its certificates. Each certificate is alerted once whatever
 * runs the sweep how often: it is marked in the same transaction (a unique key; a concurrent run on
 * another server conflicts, is retried and finds it marked).
 */
export async function sweepUnconfirmed(db: Db, actor: Actor, o: { on?: IsoDay; graceDays?: number } = {}): Promise<SweepResult> {
  authorize(actor, 'certificates.unconfirmed.sweep');
  if (o.on !== undefined && !isIsoDay(o.on)) throw invalid(im('awaiting.on', { option: 'on', value: o.on }), [detail('on', im('awaiting.on.detail'))]);
  const grace = o.graceDays ?? graceDays();
  const on = o.on ?? today();
  const at = o.on ? new Date(`${on}T00:00:00.000Z`) : new Date();
  const to = new Date(at.getTime() - grace * DAY_MS);
  const from = new Date(to.getTime() - SWEEP_WINDOW_DAYS * DAY_MS);
  const certificates = await transaction(db, async (tx) => {
    const marked = (await store.markUnconfirmed(tx, from, to, new Date())).map((r): Unconfirmed => ({ number: r.number, issuer: r.participant, importer: r.importer_participant, expiresAt: new Date(r.expires_at).toISOString() }));
    if (marked.length === 0) return marked;
    const group = (key: (u: Unconfirmed) => string) => {
      const m = new Map<string, Unconfirmed[]>();
      for (const u of marked) m.set(key(u), [...(m.get(key(u)) ?? []), u]);
      return m;
    };
    await notifyMany(tx, [
      ...[...group((u) => u.issuer)].map(([p, list]) => unconfirmedAlert('issuer', p, list, grace)),
      ...[...group((u) => u.importer)].map(([p, list]) => unconfirmedAlert('importer', p, list, grace)),
    ]);
    await audit.record(tx, actor, 'certificates.unconfirmed.sweep', on, { graceDays: grace, count: marked.length, numbers: marked.map((u) => u.number).slice(0, 1000) });
    return marked;
  });
  return { on, graceDays: grace, certificates };
}

/**
 * The compliance view's count: per period (of issue) and importing Participant, the certificates
 * addressed to it that it has not confirmed although they expired more than the grace period before
 * `asOf` (cancelled ones not counted). The caller authorizes.
 */
export async function unconfirmedCounts(db: Db, periods: { id: string; start: string; end: string }[], asOf: IsoDay, grace = graceDays()): Promise<Map<string, number>> {
  const cutoff = new Date(Date.parse(`${asOf}T00:00:00.000Z`) - grace * DAY_MS);
  const rows = await store.unconfirmedCounts(db, periods, cutoff);
  return new Map(rows.map((r) => [`${r.participant} ${r.period}`, Number(r.n)]));
}
