// Bulk paths for the simulator and migrations of paper records: thousands of certificates issued or
// confirmed in one transaction, with multi-row inserts, one log append per batch and one audit entry
// per batch saying what it covers. Every request is checked by the same rules as a single one, and
// every certificate is numbered, hashed, logged and signed by the same code as through the API.
import type { Store, Tx } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, invalid, KpcsError, notFound, type ErrorDetail } from '../core/errors.js';
import { isIsoDay, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from '../auth/policy.js';
import * as audit from '../audit/service.js';
import { issuePrepared, prepare, type Issued, type Prepared } from './issuance.js';
import { issueBatches, type Batch, type PipelineReport } from './pipeline.js';
import { newSealedKey } from './keys.js';
import * as log from './log.js';
import { checkConfirmation, confirmationDifferences, expiry, receiptDateProblem, type ConfirmationInput, type GoodsLine, type SignedCertificate } from './model.js';
import { composeConfirmations, statedOf, type ComposedConfirmations, type ConfirmJob } from './compose.js';
import { announceConfirmedMany } from './alerts.js';
import { embargoFlagsOf } from './embargo.js';
import * as store from './store.js';

export interface BulkRequest {
  /** who asks (an officer of, or the local operator for, the exporting Participant) */
  actor: Actor;
  request: unknown;
  /** the historical day of issue */
  on?: IsoDay;
}

/** Every request checked as the API checks one; all or nothing: the error names each bad one as requests[i].path. */
async function prepareAll(s: Store, requests: BulkRequest[]): Promise<Prepared[]> {
  const jobs: Prepared[] = [];
  const details: ErrorDetail[] = [];
  for (const [i, r] of requests.entries()) {
    try {
      jobs.push(await prepare(s, r.actor, r.request, { on: r.on }, 'certificates.issue'));
    } catch (e) {
      if (!(e instanceof KpcsError) || e.code !== 'invalid_input') throw e;
      for (const d of e.details.length ? e.details : [{ message: e.message }]) details.push({ ...d, path: `requests[${i}]${d.path ? `.${d.path}` : ''}` });
    }
  }
  if (details.length) throw invalid(`${new Set(details.map((d) => d.path!.split('.')[0])).size} of ${requests.length} requests cannot be issued; none was`, details);
  return jobs;
}

/**
 * Checks every request (all or nothing: the error names each bad one as requests[i].path), then issues
 * them in one transaction. `operator` is who the batch's audit entry names; `source` says why.
 */
export async function issueBulk(s: Store, operator: Actor, requests: BulkRequest[], source: string): Promise<SignedCertificate[]> {
  return (await issuePrepared(s, operator, await prepareAll(s, requests), source)).docs;
}

/** issueBulk, with each certificate's verification code (in the same order): the only time they are seen. */
export async function issueBulkWithCodes(s: Store, operator: Actor, requests: BulkRequest[], source: string): Promise<Issued[]> {
  const { docs, codes } = await issuePrepared(s, operator, await prepareAll(s, requests), source);
  return docs.map((certificate, i) => ({ certificate, verificationCode: codes[i]! }));
}

/**
 * Many thousands: every request checked first (all or nothing, as issueBulk), then issued in batches
 * of `batchSize`, one transaction and one audit entry each, the next batch composed on a second core
 * while the store writes this one (pipeline.ts). `onBatch` sees each committed batch's documents.
 */
export async function issueBulkInBatches(
  s: Store,
  operator: Actor,
  requests: BulkRequest[],
  source: string,
  opts: { batchSize: number; onBatch?: (docs: SignedCertificate[], index: number, codes: string[]) => Promise<void> | void },
): Promise<PipelineReport> {
  const jobs = await prepareAll(s, requests);
  const batches: Batch[] = [];
  for (let i = 0; i < jobs.length; i += opts.batchSize) batches.push({ jobs: jobs.slice(i, i + opts.batchSize) });
  return issueBatches(s, operator, batches, source, opts.onBatch);
}

/** Each receipt's figures and day, as a single confirmation checks them; all problems at once, each under `at(i)`. */
function checkReceipts(inputs: ConfirmationInput[], at: (i: number) => string, what: string) {
  const problems: ErrorDetail[] = [];
  inputs.forEach((input, i) => {
    const p = checkConfirmation(input);
    if (input.receivedOn !== undefined && !isIsoDay(input.receivedOn)) p.push({ path: 'receivedOn', message: 'a day written yyyy-mm-dd' });
    for (const d of p) problems.push({ ...d, path: `${at(i)}.${d.path}` });
  });
  if (problems.length) throw invalid(`${problems.length} problem${problems.length > 1 ? 's' : ''} ${what}`, problems);
}

export interface HistoricalShipment {
  /** the certificate, as issueBulk takes it */
  certificate: BulkRequest;
  /** its receipt by the importing authority: who confirmed, what arrived, when it was recorded */
  receipt: { actor: Actor; input: ConfirmationInput; at: Date };
}

/**
 * A history written after the fact (a simulated world, paper records migrated): certificates issued
 * and their receipts confirmed, batch by batch, each batch's certificates and confirmations in one
 * transaction (certificates first in the log, then their confirmations), with the audit entries of
 * issueBulk and confirmBulk. Everything is checked before anything is written, as those check it:
 * each request by the API's rules, each receipt's figures, and each receipt's confirmer an officer of
 * the importing Participant; all or nothing. Confirmations are not announced to the exporting
 * authorities (nobody to tell; the audit says so). Composed on a second core (pipeline.ts).
 */
export async function issueAndConfirmInBatches(
  s: Store,
  operator: Actor,
  shipments: HistoricalShipment[],
  source: string,
  opts: { batchSize: number; onBatch?: (docs: SignedCertificate[], index: number, codes: string[]) => Promise<void> | void },
): Promise<PipelineReport> {
  const jobs = await prepareAll(s, shipments.map((h) => h.certificate));
  checkReceipts(shipments.map((h) => h.receipt.input), (i) => `shipments[${i}].receipt`, 'in the receipts; nothing was written');
  shipments.forEach((h, i) => authorize(h.receipt.actor, 'certificates.confirm', { participant: jobs[i]!.importerParticipant }));
  // each receipt's day within its certificate's life (the number is not known yet: named by position)
  const late: ErrorDetail[] = [];
  shipments.forEach((h, i) => {
    const j = jobs[i]!;
    const p = receiptDateProblem(h.receipt.input.receivedOn ?? h.receipt.at.toISOString().slice(0, 10), { number: `the certificate of shipments[${i}]`, issuedAt: j.issuedAt, expiresAt: expiry(j.issuedAt, j.validityDays) }, h.receipt.at.toISOString().slice(0, 10));
    if (p) late.push({ ...p, path: `shipments[${i}].receipt.${p.path}` });
  });
  if (late.length) throw invalid(`${late.length} receipt${late.length > 1 ? 's are' : ' is'} dated outside its certificate's life; nothing was written: ${late.map((d) => `${d.path}: ${d.message}`).join('; ')}`, late);
  const batches: Batch[] = [];
  for (let i = 0; i < jobs.length; i += opts.batchSize) batches.push({ jobs: jobs.slice(i, i + opts.batchSize), receipts: shipments.slice(i, i + opts.batchSize).map((h) => h.receipt) });
  return issueBatches(s, operator, batches, source, opts.onBatch);
}

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
  checkReceipts(items.map((it) => it.input), (i) => `items[${i}]`, 'in the confirmations; none was recorded');
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
        if (!row) throw notFound(`No certificate with number ${it.number} was issued.`);
        authorize(it.actor, 'certificates.confirm', { participant: row.importer_participant });
        if (row.cancelled_at) throw conflict(`${it.number} was cancelled (${row.cancel_reason}): it cannot be confirmed.`);
        if (row.confirmed || seen.has(it.number)) throw conflict(`${it.number} was already confirmed: a certificate is confirmed once.`);
        seen.add(it.number);
        const at = it.at ?? now;
        const receivedOn = it.input.receivedOn ?? at.toISOString().slice(0, 10);
        const p = receiptDateProblem(receivedOn, { number: it.number, issuedAt: row.issued_at, expiresAt: row.expires_at }, (it.at ?? now).toISOString().slice(0, 10));
        if (p) late.push({ ...p, path: `items[${i}].${p.path}` });
        return {
          number: it.number, issuer: row.participant, importer: row.importer_participant,
          stated: { parcels: row.parcels, carats: Number(row.carats), valueUsd: Number(row.value_usd), goods: (typeof row.goods === 'string' ? JSON.parse(row.goods) : row.goods) as GoodsLine[] },
          input: it.input, at, receivedOn, confirmedBy: it.actor.name,
        };
      });
      if (late.length) throw invalid(`${late.length} receipt${late.length > 1 ? 's are' : ' is'} dated outside its certificate's life; none was recorded: ${late.map((d) => `${d.path}: ${d.message}`).join('; ')}`, late);
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
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict('One of the certificates was confirmed by another officer at the same moment: nothing was recorded.');
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

/**
 * Puts in service, for each Participant that has no authority key yet, a new random key valid from
 * `validFrom` (a history written after the fact: a simulated world, paper records migrated), in one
 * transaction with one audit entry listing them. Keys are never derived from anything public: a
 * simulated world's figures follow its seed, its keys and signatures do not (docs/trust-model.md).
 */
export async function putKeysInService(s: Store, operator: Actor, participants: string[], validFrom: Date, source: string): Promise<string[]> {
  return transaction(s.db, async (tx) => {
    const existing = new Set((await store.keysInService(tx, participants)).map((r) => r.participant));
    const created: string[] = [];
    for (const participant of [...new Set(participants)].sort()) {
      if (existing.has(participant)) continue;
      const sealed = newSealedKey(s, participant);
      await store.insertKey(tx, { participant, ...sealed, valid_from: validFrom });
      created.push(sealed.id);
    }
    if (created.length) await audit.record(tx, operator, 'certificates.keys.create', `${created.length} keys`, { source, validFrom: validFrom.toISOString(), keys: created });
    return created;
  });
}
