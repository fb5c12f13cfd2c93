// Many confirmations of receipt at once (a history written after the fact, a simulated world, a
// national system's batch): each checked as a single confirmation is, written in one transaction.
import type { Store, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, detail, invalid, messagesOf, notFound, type ErrorDetail } from '../core/errors.js';
import { m as im } from './issue-messages.js';
import { m as rc } from './receipt-messages.js';
import { isIsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import * as log from './log.js';
import { under, type GoodsLine } from './model.js';
import { checkConfirmation, confirmationDifferences, receiptDateProblem, type ConfirmationInput } from './receipt-rules.js';
import { composeConfirmations, statedOf, type ComposedConfirmations, type ConfirmJob } from './compose.js';
import { announceConfirmedMany } from './alerts.js';
import { embargoFlagsOf } from './embargo.js';
import * as store from './store.js';

/** Each receipt's figures and day, as a single confirmation checks them; all problems at once, each under `at(i)`. */
export function checkReceipts(inputs: ConfirmationInput[], at: (i: number) => string, where: 'bulk.inConfirmations' | 'bulk.inReceipts') {
  const problems: ErrorDetail[] = [];
  inputs.forEach((input, i) => {
    const p = checkConfirmation(input);
    if (input.receivedOn !== undefined && !isIsoDay(input.receivedOn)) p.push(detail('receivedOn', rc('receivedOn.day')));
    for (const d of p) problems.push(under(d, `${at(i)}.${d.path}`));
  });
  if (problems.length) throw invalid(im('bulk.problems', { count: problems.length, where: im(where) }), problems);
}

/** The refusal of receipts dated outside their certificates' life, each named with its path. */
export const lateReceipts = (late: ErrorDetail[], outcome: 'bulk.noneRecorded' | 'bulk.nothingWritten') =>
  im('bulk.late', { count: late.length, outcome: im(outcome), problems: messagesOf(late).map((problem, i) => im('problem.at', { path: late[i]!.path ?? '', problem })) });

export interface BulkConfirmation {
  actor: Actor;
  number: string;
  input: ConfirmationInput;
  /** when it was recorded (a historical confirmation); default now */
  at?: Date;
}

/**
 * Confirms many receipts in one transaction, all or nothing, each checked as a single confirmation is
 * (the importing Participant's officer, not cancelled, confirmed once, mismatches recorded and flagged),
 * with one log append, multi-row inserts and one audit entry for the batch. `announce: false` leaves
 * out the alerts to the exporting authorities (a history written after the fact); the audit
 * entry says so.
 */
export async function confirmBulk(s: Store, operator: Actor, items: BulkConfirmation[], source: string, opts: { announce?: boolean } = {}) {
  checkReceipts(items.map((it) => it.input), (i) => `items[${i}]`, 'bulk.inConfirmations');
  if (items.length === 0) return [];
  const now = new Date();
  try {
    return await transaction(s.db, async (tx) => {
      const numbers = items.map((i) => i.number);
      const rows = new Map((await store.certificatesForConfirmation(tx, numbers)).map((r) => [r.number, r]));
      const seen = new Set<string>();
      const late: ErrorDetail[] = [];
      const jobs = items.map((it, i): ConfirmJob => {
        const row = rows.get(it.number);
        if (!row) throw notFound(rc('certificate.unknown', { number: it.number }));
        authorize(it.actor, 'certificates.confirm', { participant: row.importer_participant });
        if (row.cancelled_at) throw conflict(im('bulk.cancelled', { number: it.number, reason: String(row.cancel_reason) }));
        if (row.confirmed || seen.has(it.number)) throw conflict(im('bulk.confirmed', { number: it.number }));
        seen.add(it.number);
        const at = it.at ?? now;
        const receivedOn = it.input.receivedOn ?? at.toISOString().slice(0, 10);
        const p = receiptDateProblem(receivedOn, { number: it.number, issuedAt: row.issued_at, expiresAt: row.expires_at }, (it.at ?? now).toISOString().slice(0, 10));
        if (p) late.push(under(p, `items[${i}].${p.path}`));
        return {
          number: it.number, issuer: row.participant, importer: row.importer_participant,
          stated: { parcels: row.parcels, carats: Number(row.carats), valueUsd: Number(row.value_usd), goods: (typeof row.goods === 'string' ? JSON.parse(row.goods) : row.goods) as GoodsLine[] },
          input: it.input, at, receivedOn, confirmedBy: it.actor.name,
        };
      });
      if (late.length) throw invalid(lateReceipts(late, 'bulk.noneRecorded'), late);
      // a shipment from (or to) a country under a UN diamond measure is flagged as on a single confirmation
      const flags = new Map<string, Promise<ErrorDetail[]>>();
      await Promise.all(jobs.map(async (j) => {
        const row = rows.get(j.number)!;
        const issuedAt = new Date(row.issued_at).toISOString();
        const key = `${row.country_of_export}|${row.importer_country}|${issuedAt.slice(0, 10)}|${j.receivedOn}`;
        if (!flags.has(key)) flags.set(key, embargoFlagsOf(s.db, { issuer: { countryOfExport: row.country_of_export }, importer: { country: row.importer_country }, issuedAt }, j.receivedOn));
        const found = await flags.get(key)!;
        if (found.length) j.flags = found;
      }));
      const composed = composeConfirmations(jobs, await log.head(tx));
      await writeConfirmations(tx, jobs, composed, operator, source, opts.announce !== false);
      return jobs.map((j, i) => ({ number: j.number, confirmedAt: j.at.toISOString(), receivedOn: j.receivedOn, flagged: composed.mismatches[i]!.length > 0, mismatches: composed.mismatches[i]!, logIndex: composed.append.appended[i]!.index }));
    });
  } catch (e) {
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict(rc('confirmation.raceMany'));
    throw e;
  }
}

/**
 * Writes composed confirmations in the caller's transaction: the log append (if the log is still the
 * size they were composed on), the rows, the alerts to the exporting authorities' officers (alerts.ts:
 * each mismatch on its own, those as stated summarised per exporter) unless `announce` is false (a history written after the fact, which has nobody to tell;
 * the audit entry says so), and one audit entry for the batch.
 */
export async function writeConfirmations(tx: Tx, jobs: ConfirmJob[], composed: ComposedConfirmations, operator: Actor, source: string, announce: boolean) {
  const appended = await log.writeAppend(tx, composed.append);
  await store.insertConfirmations(tx, composed.rows);
  const flagged = jobs.filter((_, i) => composed.mismatches[i]!.length > 0).map((j) => j.number);
  if (announce) {
    await announceConfirmedMany(tx, jobs.map((j, i) => ({
      number: j.number, issuer: j.issuer, importer: j.importer, receivedOn: j.receivedOn, differences: confirmationDifferences(statedOf(j), j.input), messages: composed.mismatches[i]!.map((m) => m.message),
    })));
  }
  const importers: Record<string, number> = {};
  for (const j of jobs) importers[j.importer] = (importers[j.importer] ?? 0) + 1;
  await audit.record(tx, operator, 'certificates.confirm.bulk', `${jobs.length} confirmations`, {
    source, count: jobs.length, logFrom: appended[0]!.index, logTo: appended.at(-1)!.index, importers, flagged, ...(!announce && { announced: false }),
  });
}
