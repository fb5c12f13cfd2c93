// Bulk paths for the simulator and migrations of paper records: thousands of certificates issued or
// confirmed in one transaction, with multi-row inserts, one log append per batch and one audit entry
// per batch saying what it covers. Every request is checked by the same rules as a single one, and
// every certificate is numbered, hashed, logged and signed by the same code as through the API.
import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import type { Store } from '../db/store.js';
import { isUniqueViolation, transaction } from '../db/transaction.js';
import { conflict, invalid, KpcsError, notFound, type ErrorDetail } from '../core/errors.js';
import { isIsoDay, type IsoDay } from '../core/time.js';
import type { Actor } from '../auth/model.js';
import { authorize } from '../auth/policy.js';
import * as audit from '../audit/service.js';
import { issuePrepared, prepare, type Prepared } from './issuance.js';
import { issueBatches, type PipelineReport } from './pipeline.js';
import { encryptPrivateKey, masterKey } from './keys.js';
import * as log from './log.js';
import { checkConfirmation, confirmationMismatches, type ConfirmationInput, type SignedCertificate } from './model.js';
import { canonicalBytes, keyIdOf, sha256 } from './signing.js';
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
  opts: { batchSize: number; onBatch?: (docs: SignedCertificate[], index: number) => Promise<void> | void },
): Promise<PipelineReport> {
  const jobs = await prepareAll(s, requests);
  const batches: Prepared[][] = [];
  for (let i = 0; i < jobs.length; i += opts.batchSize) batches.push(jobs.slice(i, i + opts.batchSize));
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
 * out the outbox messages to the exporting authorities (a history written after the fact); the audit
 * entry says so.
 */
export async function confirmBulk(s: Store, operator: Actor, items: BulkConfirmation[], source: string, opts: { announce?: boolean } = {}) {
  const problems: ErrorDetail[] = [];
  items.forEach((it, i) => {
    const p = checkConfirmation(it.input);
    if (it.input.receivedOn !== undefined && !isIsoDay(it.input.receivedOn)) p.push({ path: 'receivedOn', message: 'a day written yyyy-mm-dd' });
    for (const d of p) problems.push({ ...d, path: `items[${i}].${d.path}` });
  });
  if (problems.length) throw invalid(`${problems.length} problem${problems.length > 1 ? 's' : ''} in the confirmations; none was recorded`, problems);
  if (items.length === 0) return [];
  const now = new Date();
  try {
    return await transaction(s.db, async (tx) => {
      const numbers = items.map((i) => i.number);
      const rows = new Map((await store.certificatesForConfirmation(tx, numbers)).map((r) => [r.number, r]));
      const seen = new Set<string>();
      const prepared = items.map((it) => {
        const row = rows.get(it.number);
        if (!row) throw notFound(`No certificate with number ${it.number} was issued.`);
        authorize(it.actor, 'certificates.confirm', { participant: row.importer_participant });
        if (row.cancelled_at) throw conflict(`${it.number} was cancelled (${row.cancel_reason}): it cannot be confirmed.`);
        if (row.confirmed || seen.has(it.number)) throw conflict(`${it.number} was already confirmed: a certificate is confirmed once.`);
        seen.add(it.number);
        const mismatches = confirmationMismatches({ parcels: row.parcels, totals: { carats: Number(row.carats), valueUsd: Number(row.value_usd) } }, it.input);
        const at = it.at ?? now;
        const receivedOn = it.input.receivedOn ?? at.toISOString().slice(0, 10);
        return { it, row, mismatches, at, receivedOn };
      });
      const appended = await log.appendEvents(
        tx,
        prepared.map((p) => {
          const record = { number: p.it.number, participant: p.row.importer_participant, parcels: p.it.input.parcels, carats: p.it.input.carats, sealsIntact: p.it.input.sealsIntact, receivedOn: p.receivedOn, mismatches: p.mismatches };
          return { event: 'confirmed' as const, participant: p.row.importer_participant, number: p.it.number, at: p.at, recordHash: sha256(canonicalBytes(record)).toString('hex') };
        }),
        { roots: 'last' },
      );
      await store.insertConfirmations(tx, prepared.map((p, i) => ({
        participant: p.row.importer_participant, id: randomUUID(), certificate_participant: p.row.participant, certificate_number: p.it.number,
        parcels: p.it.input.parcels, carats: p.it.input.carats, seals_intact: p.it.input.sealsIntact, received_on: p.receivedOn, mismatches: JSON.stringify(p.mismatches),
        flagged: p.mismatches.length > 0, note: p.it.input.note ?? null, confirmed_at: p.at, confirmed_by: p.it.actor.name, log_index: appended[i]!.index,
      })));
      // sent back to the exporting authorities: one outbox message per confirmation, as for a single one;
      // not for a history written after the fact (a simulated world), which has nobody to tell
      const announce = opts.announce !== false;
      if (announce) await store.notifyMany(tx, 'certificates.confirmed', prepared.map((p) => ({ number: p.it.number, issuer: p.row.participant, importer: p.row.importer_participant, flagged: p.mismatches.length > 0 })));
      const flagged = prepared.filter((p) => p.mismatches.length > 0).map((p) => p.it.number);
      const importers: Record<string, number> = {};
      for (const p of prepared) importers[p.row.importer_participant] = (importers[p.row.importer_participant] ?? 0) + 1;
      await audit.record(tx, operator, 'certificates.confirm.bulk', `${prepared.length} confirmations`, {
        source, count: prepared.length, logFrom: appended[0]!.index, logTo: appended.at(-1)!.index, importers, flagged, ...(!announce && { announced: false }),
      });
      return prepared.map((p, i) => ({ number: p.it.number, confirmedAt: p.at.toISOString(), receivedOn: p.receivedOn, flagged: p.mismatches.length > 0, mismatches: p.mismatches, logIndex: appended[i]!.index }));
    });
  } catch (e) {
    if (isUniqueViolation(e, 'certificate_confirmations')) throw conflict('One of the certificates was confirmed by another officer at the same moment: nothing was recorded.');
    throw e;
  }
}

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Simulated worlds only: puts in service, for each Participant that has no key yet, an authority key
 * derived from the simulation's seed, so that the same seed gives the same certificates, signatures and
 * log roots. Anyone who knows the seed can sign with these keys: never use them on a real store (the
 * audit entry says where they came from).
 */
export async function installSeededKeys(s: Store, operator: Actor, participants: string[], seed: number, validFrom: Date): Promise<string[]> {
  return transaction(s.db, async (tx) => {
    const existing = new Set((await store.keysInService(tx, participants)).map((r) => r.participant));
    const created: string[] = [];
    for (const participant of [...new Set(participants)].sort()) {
      if (existing.has(participant)) continue;
      const der = Buffer.concat([PKCS8_ED25519, sha256(`kpcs-simulation-key|${seed}|${participant}`)]);
      const spki = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' });
      const publicKey = spki.subarray(spki.length - 32).toString('base64url');
      const id = keyIdOf(participant, publicKey);
      await store.insertKey(tx, { participant, id, public_key: publicKey, private_key_enc: encryptPrivateKey(masterKey(s), id, der), valid_from: validFrom });
      created.push(id);
    }
    if (created.length) await audit.record(tx, operator, 'certificates.keys.simulated', `${created.length} keys`, { seed, keys: created, warning: 'derived from the simulation seed: for simulated worlds only' });
    return created;
  });
}
