// Bulk issuance on two cores. Composing a batch (hashing, the log append, signing: all CPU) and
// writing it (the store) take about as long as each other, and PGlite runs on this thread, so one
// thread leaves a core idle. Here a worker thread composes batch k+1 while the store writes batch k,
// from the state batch k will leave behind: its counters advanced, its log head, the same keys.
//
// That state is a prediction, checked inside batch k+1's own transaction (counters, keys in service,
// log size); if anything else moved the store in between (an officer issuing, another server), the
// composed batch is thrown away and the batch is issued the ordinary way (issuePrepared), then the
// pipeline starts again from what the store says. Either way the documents, numbers and log are exactly
// what the one-thread path would have made: the same composeBatch does the work.
//
// A history written after the fact (a simulated world) brings each batch's receipts: the worker
// composes their confirmations too (mismatches, record hashes, the log append after the batch's
// certificates), and the store writes both in the batch's transaction.
import { Worker } from 'node:worker_threads';
import type { KeyObject } from 'node:crypto';
import { sql } from 'kysely';
import type { Store, Tx } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import type { Actor } from '../auth/model.js';
import { composeBatch, type ComposeInput, type Composed, type ConfirmJob } from './compose.js';
import { confirmBulk, writeConfirmations } from './bulk-confirm.js';
import { composeJob, issuePrepared, writeBatch, type Prepared } from './issuance.js';
import { assignSeqs, numberGroups } from './numbering.js';
import { signingKey } from './keys.js';
import * as log from './log.js';
import type { SignedCertificate } from './model.js';
import type { ConfirmationInput } from './receipt-rules.js';
import * as store from './store.js';
import * as logStore from './log-store.js';
import * as keyStore from './key-store.js';

/** The store as the next batch will find it, if nothing else writes in between. */
interface Basis {
  /** last sequence number taken per "participant:year" (absent: none yet) */
  counters: Map<string, number>;
  log: { size: number; frontier: string[] };
  keys: Map<string, { id: string; key: KeyObject; validFrom: Date }>;
}

class StalePrediction extends Error {}

/** The importing authority's receipt of a certificate of the batch, checked already (see bulk.issueAndConfirmInBatches). */
export interface BatchReceipt {
  actor: Actor;
  input: ConfirmationInput;
  at: Date;
}

/** Checked requests issued together, and (a history written after the fact) their receipts, confirmed in the same transaction. */
export interface Batch {
  jobs: Prepared[];
  receipts?: BatchReceipt[];
}

const receiptsOf = (b: Batch) => b.receipts?.map((r) => ({ input: r.input, at: r.at, receivedOn: r.input.receivedOn ?? r.at.toISOString().slice(0, 10), confirmedBy: r.actor.name }));

interface Composer {
  compose(input: ComposeInput): Promise<Composed>;
  close(): Promise<void>;
}

/** A worker thread when running compiled (dist/); in-thread under the test runner, which has no .js worker file. */
function composer(): Composer {
  const url = new URL('./compose-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js')) return { compose: async (input) => composeBatch(input), close: async () => {} };
  const worker = new Worker(url);
  const waiting = new Map<number, { resolve: (c: Composed) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; composed?: Composed; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(`composing a batch failed: ${m.error}`));
    else w?.resolve(m.composed!);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the composing thread stopped (exit ${code})`)));
  return {
    compose: (input) =>
      new Promise<Composed>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, input });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

/** What the store holds now for these batches: counters, the log head, the keys in service. */
async function readBasis(s: Store, batches: Batch[]): Promise<Basis> {
  const groups = new Map<string, { participant: string; year: number }>();
  for (const b of batches) for (const g of numberGroups(b.jobs).values()) groups.set(`${g.participant}:${g.year}`, g);
  const participants = [...new Set([...groups.values()].map((g) => g.participant))];
  const counters = new Map<string, number>();
  if (groups.size) {
    const { rows } = await sql<{ participant: string; year: number; last_seq: number }>`
      select participant, year, last_seq from certificate_counters where participant in (${sql.join(participants)})`.execute(s.db);
    for (const r of rows) if (groups.has(`${r.participant}:${r.year}`)) counters.set(`${r.participant}:${r.year}`, Number(r.last_seq));
  }
  const keys = new Map<string, { id: string; key: KeyObject; validFrom: Date }>();
  for (const row of await keyStore.keysInService(s.db, participants)) keys.set(row.participant, { id: row.id, key: signingKey(s, row.id, row.private_key_enc), validFrom: new Date(row.valid_from) });
  return { counters, log: await log.head(s.db), keys };
}

/**
 * The composition of a batch on a basis, or null when the basis cannot serve it: a Participant without
 * a key in service, or a certificate older than its key (the ordinary path creates or backdates keys,
 * and audits it).
 */
function plan(batch: Batch, basis: Basis): { input: ComposeInput; after: Basis } | null {
  const { jobs } = batch;
  for (const j of jobs) {
    const key = basis.keys.get(j.issuing);
    if (!key || key.validFrom > j.issuedAt) return null;
  }
  const groups = numberGroups(jobs);
  const counters = new Map(basis.counters);
  for (const [k, g] of groups) counters.set(k, (counters.get(k) ?? 0) + g.members.length);
  const seqs = assignSeqs(groups, counters);
  const input: ComposeInput = { jobs: jobs.map(composeJob), seqs, keys: basis.keys, log: basis.log, receipts: receiptsOf(batch) };
  // the log head after this batch is known only once it is composed: filled in by the caller
  return { input, after: { counters, log: basis.log, keys: basis.keys } };
}

/** Writes a composed batch if the store is where the prediction put it; else StalePrediction, nothing written. */
async function writePredicted(tx: Tx, batch: Batch, composed: Composed, expected: Map<string, number>, basis: Basis, bulk: { operator: Actor; source: string }): Promise<SignedCertificate[]> {
  const { jobs } = batch;
  const groups = numberGroups(jobs);
  const last = await store.takeSeqsMany(tx, [...groups.values()].map((g) => ({ participant: g.participant, year: g.year, count: g.members.length })));
  for (const k of groups.keys()) if (last.get(k) !== expected.get(k)) throw new StalePrediction(`the counter ${k} moved`);
  const inService = new Map((await keyStore.keysInService(tx, [...new Set(jobs.map((j) => j.issuing))])).map((r) => [r.participant, r]));
  for (const j of jobs) {
    const row = inService.get(j.issuing);
    if (!row || row.id !== basis.keys.get(j.issuing)!.id || new Date(row.valid_from) > j.issuedAt) throw new StalePrediction(`the key of ${j.issuing} changed`);
  }
  if ((await logStore.logSize(tx)) !== composed.append.start) throw new StalePrediction('the log grew');
  // a batch with its receipts is confirmed in this transaction: nothing awaits confirmation, nobody to alert
  const docs = await writeBatch(tx, jobs, composed, [], bulk, !composed.confirmations);
  if (composed.confirmations) {
    // the certificates were created in this transaction: nobody can have cancelled or confirmed them
    const receipts = receiptsOf(batch)!;
    const confirmJobs = docs.map((d, i): ConfirmJob => ({ ...receipts[i]!, number: d.number, issuer: d.issuer.participant, importer: jobs[i]!.importerParticipant, stated: { parcels: d.parcels, carats: Number(composed.rows[i]!.carats), valueUsd: Number(composed.rows[i]!.value_usd), goods: d.goods } }));
    await writeConfirmations(tx, confirmJobs, composed.confirmations, bulk.operator, bulk.source, false);
  }
  return docs;
}

export interface PipelineReport {
  /** batches written as the composing thread made them (all but a run's first composed while the previous one was written) */
  predicted: number;
  /** batches issued the ordinary way: a key to create or backdate, or a prediction the store contradicted */
  ordinary: number;
}

/**
 * Issues checked batches in order, each in its own transaction with one bulk audit entry (as
 * issuePrepared), composing the next batch on a second thread while the store writes this one.
 * `onBatch` sees each batch's documents once committed, before the next is written.
 */
export async function issueBatches(
  s: Store,
  operator: Actor,
  batches: Batch[],
  source: string,
  onBatch?: (docs: SignedCertificate[], index: number, codes: string[]) => Promise<void> | void,
): Promise<PipelineReport> {
  const report: PipelineReport = { predicted: 0, ordinary: 0 };
  const work = composer();
  // the batch composing ahead: its promise (errors kept for whoever awaits it), its counters, its basis
  let ahead: { index: number; composing: Promise<Composed>; expected: Map<string, number>; basis: Basis } | null = null;
  const startAhead = (index: number, basis: Basis) => {
    const p = index < batches.length ? plan(batches[index]!, basis) : null;
    if (!p) return null;
    const composing = work.compose(p.input);
    composing.catch(() => {}); // awaited later; never an unhandled rejection if the run stops first
    return { index, composing, expected: p.after.counters, basis };
  };
  try {
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i]!;
      if (batch.jobs.length === 0) continue;
      if (!ahead || ahead.index !== i) ahead = startAhead(i, await readBasis(s, batches.slice(i)));
      let docs: SignedCertificate[] | null = null;
      let codes: string[] = [];
      if (ahead) {
        const current = ahead;
        const composed = await current.composing;
        // the next batch starts composing now, on the state this one leaves
        const last = composed.confirmations?.append ?? composed.append;
        ahead = startAhead(i + 1, { counters: current.expected, log: { size: last.start + last.rows.length, frontier: last.frontier }, keys: current.basis.keys });
        try {
          docs = await transaction(s.db, (tx) => writePredicted(tx, batch, composed, current.expected, current.basis, { operator, source }));
          codes = composed.codes;
          report.predicted++;
        } catch (e) {
          if (!(e instanceof StalePrediction)) throw e;
          ahead = null;
        }
      }
      if (!docs) {
        const written = await issuePrepared(s, operator, batch.jobs, source, { announce: !batch.receipts });
        docs = written.docs;
        codes = written.codes;
        const issued = docs;
        if (batch.receipts) await confirmBulk(s, operator, batch.receipts.map((r, j) => ({ actor: r.actor, number: issued[j]!.number, input: r.input, at: r.at })), source, { announce: false });
        report.ordinary++;
        ahead = null;
      }
      await onBatch?.(docs, i, codes);
    }
    return report;
  } finally {
    await work.close();
  }
}
