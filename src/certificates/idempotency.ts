// Idempotency-Key on POST /api/certificates: a client that did not get the answer (a timeout, a
// dropped connection, a proxy that gave up) sends the request again with the same key and gets the
// same certificate, never a second one. A key belongs to one user of one Participant; it is kept
// IDEMPOTENCY_HOURS hours (table certificate_idempotency, pruned by the holder of the background lease).
//
// Exactly once across processes: the key is recorded in the issuing transaction, after the log head's
// row lock, which every issuer on every process takes first; so the transaction that holds the lock
// sees every key committed before it (READ COMMITTED), and a retry that raced ahead of it finds the
// key there and answers the certificate it names instead of issuing.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';
import { canonicalJson } from '../core/canonical-json.js';
import { detail, invalid, KpcsError } from '../core/errors.js';
import { m as im } from './issue-messages.js';
import type { Actor } from '../auth/model.js';

export const IDEMPOTENCY_HOURS = 24;
const KEPT = `${IDEMPOTENCY_HOURS} hours`;

export interface IdempotencyKey {
  participant: string;
  actor: string;
  key: string;
  /** SHA-256 of the request's canonical JSON (RFC 8785) */
  hash: string;
}

/** The key of a request: its header checked (1 to 255 visible ASCII characters), scoped to the caller. */
export function idempotencyKey(actor: Actor, header: string | string[] | undefined, body: unknown): IdempotencyKey | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header.join(',') : header;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw invalid(im('idempotency.key', { header: 'Idempotency-Key', charset: 'ASCII', example: 'UUID' }), [detail('headers.idempotency-key', im('idempotency.key.detail', { charset: 'ASCII' }))]);
  return {
    participant: actor.participant ?? actor.organisation ?? '-',
    actor: actor.userId ?? `${actor.kind}:${actor.name}`,
    key,
    hash: createHash('sha256').update(canonicalJson(body) ?? '').digest('hex'),
  };
}

/** The number a key issued (within IDEMPOTENCY_HOURS), refused when the key came with another request. */
export async function issuedFor(q: Db | Tx, k: IdempotencyKey): Promise<string | undefined> {
  const row = await q
    .selectFrom('certificate_idempotency')
    .select(['request_hash', 'number'])
    .where('participant', '=', k.participant)
    .where('actor', '=', k.actor)
    .where('key', '=', k.key)
    .where('created_at', '>', sql<Date>`now() - ${KEPT}::interval`)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== k.hash) throw reused(k.key, row.number);
  return row.number;
}

export function reused(key: string, number: string): KpcsError {
  return new KpcsError('idempotency_key_reused', im('idempotency.reused', { header: 'Idempotency-Key', key, hours: String(IDEMPOTENCY_HOURS), number }), [detail('headers.idempotency-key', im('idempotency.reused.detail'))]);
}

/** Records the keys of certificates just issued, in the issuing transaction (an expired record of the same key replaced). */
export async function record(tx: Tx, rows: { k: IdempotencyKey; number: string }[]): Promise<void> {
  if (!rows.length) return;
  for (const { k } of rows) {
    await tx.deleteFrom('certificate_idempotency').where('participant', '=', k.participant).where('actor', '=', k.actor).where('key', '=', k.key).where('created_at', '<=', sql<Date>`now() - ${KEPT}::interval`).execute();
  }
  await tx
    .insertInto('certificate_idempotency')
    .values(rows.map(({ k, number }) => ({ participant: k.participant, actor: k.actor, key: k.key, request_hash: k.hash, number, created_at: sql<Date>`now()` })))
    .execute();
}

/** Deletes keys older than IDEMPOTENCY_HOURS (background lease holder); how many. */
export async function prune(db: Db): Promise<number> {
  const r = await db.deleteFrom('certificate_idempotency').where('created_at', '<=', sql<Date>`now() - ${KEPT}::interval`).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Thrown in the issuing transaction (after the log head's lock) when requests of the batch carry keys
 * that already issued a certificate (`taken`: the number, or the refusal of a key reused with another
 * request).
 */
export class KeysTaken<J> extends Error {
  constructor(readonly taken: Map<J, string | KpcsError>) {
    super('idempotency keys taken');
  }
}

/** The answer to a retried request: the certificate its key issued. */
export class AlreadyIssued extends Error {
  constructor(readonly number: string) {
    super(`already issued as ${number}`);
  }
}

/** Checks the keys of a batch inside the issuing transaction; throws KeysTaken when any is taken. */
export async function checkBatch<J extends { idempotency?: IdempotencyKey }>(tx: Tx, batch: readonly J[]): Promise<void> {
  const taken = new Map<J, string | KpcsError>();
  for (const j of batch) {
    const k = j.idempotency;
    if (!k) continue;
    try {
      const number = await issuedFor(tx, k);
      if (number) taken.set(j, number);
    } catch (e) {
      if (!(e instanceof KpcsError)) throw e;
      taken.set(j, e);
    }
  }
  if (taken.size) throw new KeysTaken(taken);
}

/**
 * Splits the groups taken for a batch: the first request of each key goes in, a second request of the
 * same key (two retries arriving together) waits for the next batch, where it finds the key taken.
 */
export function oneByKey<G extends { jobs: { idempotency?: IdempotencyKey }[] }>(groups: G[]): { batch: G[]; wait: G[] } {
  const seen = new Set<string>();
  const batch: G[] = [];
  const wait: G[] = [];
  for (const g of groups) {
    const ids = g.jobs.flatMap((j) => (j.idempotency ? [JSON.stringify([j.idempotency.participant, j.idempotency.actor, j.idempotency.key])] : []));
    if (ids.some((id) => seen.has(id))) wait.push(g);
    else {
      for (const id of ids) seen.add(id);
      batch.push(g);
    }
  }
  return { batch, wait };
}
