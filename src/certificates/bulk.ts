// Bulk paths for the simulator and migrations of paper records: thousands of certificates issued or
// confirmed in one transaction, with multi-row inserts, one log append per batch and one audit entry
// per batch saying what it covers. Every request is checked by the same rules as a single one, and
// every certificate is numbered, hashed, logged and signed by the same code as through the API.
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { detail, invalid, KpcsError, type ErrorDetail } from '../core/errors.js';
import { m as im } from './issue-messages.js';
import type { IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { issuePrepared, prepare, type Issued, type Prepared } from './issuance.js';
import { issueBatches, type Batch, type PipelineReport } from './pipeline.js';
import { checkReceipts, lateReceipts } from './bulk-confirm.js';
import { newSealedKey } from './keys.js';
import { expiry, under, type SignedCertificate } from './model.js';
import { receiptDateProblem, type ConfirmationInput } from './receipt-rules.js';
import * as keyStore from './key-store.js';

export { confirmBulk, writeConfirmations, type BulkConfirmation } from './bulk-confirm.js';

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
      for (const d of e.details.length ? e.details : [e.msg ? detail('', e.msg) : { message: e.message }]) details.push(under(d, `requests[${i}]${d.path ? `.${d.path}` : ''}`));
    }
  }
  if (details.length) throw invalid(im('requests.refused', { refused: String(new Set(details.map((d) => d.path!.split('.')[0])).size), total: String(requests.length) }), details);
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
  checkReceipts(shipments.map((h) => h.receipt.input), (i) => `shipments[${i}].receipt`, 'bulk.inReceipts');
  shipments.forEach((h, i) => authorize(h.receipt.actor, 'certificates.confirm', { participant: jobs[i]!.importerParticipant }));
  // each receipt's day within its certificate's life (the number is not known yet: named by position)
  const late: ErrorDetail[] = [];
  shipments.forEach((h, i) => {
    const j = jobs[i]!;
    const p = receiptDateProblem(h.receipt.input.receivedOn ?? h.receipt.at.toISOString().slice(0, 10), { number: im('bulk.shipment', { path: `shipments[${i}]` }), issuedAt: j.issuedAt, expiresAt: expiry(j.issuedAt, j.validityDays) }, h.receipt.at.toISOString().slice(0, 10));
    if (p) late.push(under(p, `shipments[${i}].receipt.${p.path}`));
  });
  if (late.length) throw invalid(lateReceipts(late, 'bulk.nothingWritten'), late);
  const batches: Batch[] = [];
  for (let i = 0; i < jobs.length; i += opts.batchSize) batches.push({ jobs: jobs.slice(i, i + opts.batchSize), receipts: shipments.slice(i, i + opts.batchSize).map((h) => h.receipt) });
  return issueBatches(s, operator, batches, source, opts.onBatch);
}

/**
 * Puts in service, for each Participant that has no authority key yet, a new random key valid from
 * `validFrom` (a history written after the fact: a simulated world, paper records migrated), in one
 * transaction with one audit entry listing them. Keys are never derived from anything public: a
 * simulated world's figures follow its seed, its keys and signatures do not (docs/trust-model.md).
 */
export async function putKeysInService(s: Store, operator: Actor, participants: string[], validFrom: Date, source: string): Promise<string[]> {
  return transaction(s.db, async (tx) => {
    const existing = new Set((await keyStore.keysInService(tx, participants)).map((r) => r.participant));
    const created: string[] = [];
    for (const participant of [...new Set(participants)].sort()) {
      if (existing.has(participant)) continue;
      const sealed = newSealedKey(s, participant);
      await keyStore.insertKey(tx, { participant, ...sealed, valid_from: validFrom });
      created.push(sealed.id);
    }
    if (created.length) await audit.record(tx, operator, 'certificates.keys.create', `${created.length} keys`, { source, validFrom: validFrom.toISOString(), keys: created });
    return created;
  });
}
