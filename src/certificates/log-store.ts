// SQL of the transparency log: its head, entries and nodes, its checkpoints and their witnesses.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';
import { mth, nodeKey, type NodeRef } from './merkle.js';

type Q = Db | Tx;

/**
 * Takes the log head's row lock for the rest of the transaction: writers that append to the log
 * (issuance, on every process) take it first and so run one after the other, in READ COMMITTED
 * without serialization failures (a row lock, not an advisory lock: it holds on Citus too).
 */
export async function lockLogHead(tx: Tx): Promise<number> {
  const row = await tx.selectFrom('log_head').select('size').where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  return Number(row.size);
}

export async function logSize(q: Q): Promise<number> {
  const row = await q.selectFrom('log_head').select('size').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.size);
}

/** A node's hash as the program reads it: hex (the store keeps its 32 bytes, migration 0055). */
const hex = sql<string>`encode(hash, 'hex')`.as('hash');
const leafHex = sql<string>`encode(leaf, 'hex')`.as('hash');

/**
 * The lowest level of the subtrees log_nodes keeps (migration 0056). A leaf is kept once, in its entry
 * (log_entries.leaf); a subtree of 2, 4 or 8 leaves is folded from its leaves when asked, from the same
 * statement that reads the kept ones: about 2 nodes a leaf were stored before, 1/8 now, for 15 hashes
 * at most per subtree asked (a proof asks for at most two such blocks).
 */
export const FIRST_KEPT_LEVEL = 4;

/** The hashes of the given complete subtrees (hex), each under nodeKey; absent when the log lacks it. */
export async function nodes(q: Q, refs: readonly NodeRef[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (refs.length === 0) return out;
  const unique = [...new Map(refs.map((r) => [nodeKey(r), r])).values()];
  const kept = unique.filter((r) => r.level >= FIRST_KEPT_LEVEL);
  const folded = unique.filter((r) => r.level < FIRST_KEPT_LEVEL);
  const ranges = leafRanges(folded);
  const fromNodes = kept.length > 0
    ? q.selectFrom('log_nodes').select(['level', 'idx', hex]).where((eb) => eb.or(kept.map((r) => eb.and([eb('level', '=', r.level), eb('idx', '=', r.index)]))))
    : undefined;
  const fromLeaves = ranges.length > 0
    ? q.selectFrom('log_entries').select([sql<number>`0`.as('level'), 'idx', leafHex]).where((eb) => eb.or(ranges.map(([s, e]) => eb.and([eb('idx', '>=', s), eb('idx', '<', e)]))))
    : undefined;
  const rows = fromNodes && fromLeaves ? await fromNodes.unionAll(fromLeaves).execute() : await (fromNodes ?? fromLeaves)!.execute();
  for (const r of rows) out.set(`${r.level}:${Number(r.idx)}`, r.hash);
  return withFolded(out, folded);
}

/** The leaves [start, end) that the given subtrees cover, merged where they touch. */
function leafRanges(refs: readonly NodeRef[]): [number, number][] {
  const ranges = refs.map((r): [number, number] => [r.index * 2 ** r.level, (r.index + 1) * 2 ** r.level]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

/**
 * Adds to `known` (nodeKey → hex) the hash of each subtree below FIRST_KEPT_LEVEL that `known` lacks and
 * whose leaves ("0:i") it holds all of: RFC 9162's MTH of those leaves (merkle.ts mth).
 */
export function withFolded(known: Map<string, string>, refs: readonly NodeRef[]): Map<string, string> {
  for (const r of refs) {
    if (r.level >= FIRST_KEPT_LEVEL || known.has(nodeKey(r))) continue;
    const width = 2 ** r.level;
    const leaves: Buffer[] = [];
    for (let i = r.index * width; i < (r.index + 1) * width; i++) {
      const leaf = known.get(`0:${i}`);
      if (leaf === undefined) break;
      leaves.push(Buffer.from(leaf, 'hex'));
    }
    if (leaves.length === width) known.set(nodeKey(r), mth(leaves).toString('hex'));
  }
  return known;
}

/** An entry as written: its record hash and leaf in hex (the store keeps their bytes, migration 0056). */
export interface LogEntryRow { idx: number; event: 'issued' | 'confirmed' | 'cancelled'; participant: string; number: string; at: Date; record_hash: string; leaf: string }

/**
 * Appends entries fromSize, fromSize+1, … with their new nodes and moves the head, in one statement
 * (one round trip per batch). The head moves only if it still is at fromSize: otherwise another writer
 * appended first, no row is returned and the caller retries its transaction. `newNodes` are the kept
 * ones (level FIRST_KEPT_LEVEL and above): the leaves are written with their entries.
 */
export async function appendLog(tx: Tx, fromSize: number, entries: LogEntryRow[], newNodes: { level: number; idx: number; hash: string }[]): Promise<boolean> {
  // the rows as two JSON parameters (see insertMany): one round trip, a handful of parameters, any size.
  // 'hex' is a parameter too: a statement with a quoted string may write any table as far as the
  // embedded store's write count can tell (writtenTables), and would make every kept read stale
  const hex = 'hex';
  const result = await sql<{ size: number }>`
    with e as (insert into log_entries (idx, event, participant, number, at, record_hash, leaf)
      select idx, event, participant, number, at, decode(record_hash, ${hex}), decode(leaf, ${hex})
      from json_to_recordset(${JSON.stringify(entries)}::json) as e (idx bigint, event text, participant text, number text, at timestamptz, record_hash text, leaf text)),
    n as (insert into log_nodes (level, idx, hash) select level, idx, decode(hash, ${hex}) from json_to_recordset(${JSON.stringify(newNodes)}::json) as n (level smallint, idx bigint, hash text))
    update log_head set size = ${fromSize + entries.length} where id = 1 and size = ${fromSize} returning size`.execute(tx);
  return result.rows.length === 1;
}

export async function logEntries(q: Q, from: number, limit: number) {
  // the leaves only: no number, event, time or Participant (docs/security.md, "Disclosure")
  return q.selectFrom('log_entries').select(['idx', leafHex]).where('idx', '>=', from).orderBy('idx').limit(limit).execute();
}

export async function logEntriesOf(q: Q, number: string) {
  return q.selectFrom('log_entries').select(['idx', 'event', 'participant', 'number', 'at', sql<string>`encode(record_hash, 'hex')`.as('record_hash')]).where('number', '=', number).orderBy('idx').execute();
}

// ---- checkpoints and witnesses ----

export interface CheckpointRow {
  id: string; tree_size: number; root_hash: string; audit_entries: number; audit_head: string; signed_at: Date; key_id: string; body: string; signature: string;
  /** the salt of the note's audit commitment (null: a checkpoint signed before, which shows the count) */
  audit_salt: string | null;
}

const checkpointColumns = ['id', 'tree_size', 'root_hash', 'audit_entries', 'audit_head', 'signed_at', 'key_id', 'body', 'signature', 'audit_salt'] as const;
const toCheckpoint = (r: { id: string; tree_size: string | number; root_hash: string; audit_entries: string | number; audit_head: string; signed_at: Date; key_id: string; body: string; signature: string; audit_salt: string | null }): CheckpointRow => ({
  ...r, tree_size: Number(r.tree_size), audit_entries: Number(r.audit_entries), signed_at: new Date(r.signed_at),
});

/** The latest checkpoint (largest tree, then latest signed), or the latest of one tree size. */
export async function latestCheckpoint(q: Q, treeSize?: number, notBefore?: Date): Promise<CheckpointRow | undefined> {
  let query = q.selectFrom('log_checkpoints').select([...checkpointColumns]).orderBy('tree_size', 'desc').orderBy('signed_at', 'desc').limit(1);
  if (treeSize !== undefined) query = query.where('tree_size', '=', treeSize as never);
  if (notBefore !== undefined) query = query.where('signed_at', '>=', notBefore);
  const row = await query.executeTakeFirst();
  return row && toCheckpoint(row);
}

/** The latest checkpoint of more than `minSize` entries, dated `notBefore` or later, that a witness has cosigned. */
export async function latestCosignedCheckpoint(q: Q, minSize: number, notBefore = new Date(0)): Promise<CheckpointRow | undefined> {
  const row = await q.selectFrom('log_checkpoints as c').select(checkpointColumns.map((c) => `c.${c}` as const))
    .where('c.tree_size', '>', minSize as never)
    .where('c.signed_at', '>=', notBefore)
    .where((eb) => eb.exists(eb.selectFrom('log_cosignatures as w').select('w.witness').whereRef('w.checkpoint_id', '=', 'c.id')))
    .orderBy('c.tree_size', 'desc').orderBy('c.signed_at', 'desc').limit(1).executeTakeFirst();
  return row && toCheckpoint(row);
}

export async function checkpointByState(q: Q, treeSize: number, auditEntries: number, keyId: string): Promise<CheckpointRow | undefined> {
  const row = await q.selectFrom('log_checkpoints').select([...checkpointColumns]).where('tree_size', '=', treeSize as never).where('audit_entries', '=', auditEntries as never).where('key_id', '=', keyId).executeTakeFirst();
  return row && toCheckpoint(row);
}

export async function checkpointById(q: Q, id: string): Promise<CheckpointRow | undefined> {
  const row = await q.selectFrom('log_checkpoints').select([...checkpointColumns]).where('id', '=', id).executeTakeFirst();
  return row && toCheckpoint(row);
}

/** The latest time of any entry of the log's first `size` entries (entries are not in time order: back-dated issuance). */
export async function latestLeafTime(q: Q, size: number): Promise<Date | undefined> {
  const row = await q.selectFrom('log_entries').select((eb) => eb.fn.max('at').as('at')).where('idx', '<', size as never).executeTakeFirst();
  return row?.at ? new Date(row.at as Date | string) : undefined;
}

/** Inserts a checkpoint unless one of the same state and key exists (another process signed it first). */
export async function insertCheckpoint(tx: Tx, row: CheckpointRow): Promise<void> {
  await tx.insertInto('log_checkpoints').values(row).onConflict((oc) => oc.columns(['tree_size', 'audit_entries', 'key_id']).doNothing()).execute();
}

export async function cosignaturesOf(q: Q, checkpointId: string) {
  return q.selectFrom('log_cosignatures').select(['witness', 'line', 'cosigned_at']).where('checkpoint_id', '=', checkpointId).orderBy('witness').execute();
}

/** false when the witness had already cosigned this checkpoint */
export async function insertCosignature(tx: Tx, row: { checkpoint_id: string; witness: string; line: string; cosigned_at: Date }): Promise<boolean> {
  const r = await tx.insertInto('log_cosignatures').values(row).onConflict((oc) => oc.columns(['checkpoint_id', 'witness']).doNothing()).returning('witness').executeTakeFirst();
  return r !== undefined;
}

export async function witnesses(q: Q) {
  return q.selectFrom('log_witnesses').selectAll().orderBy('valid_from').orderBy('name').execute();
}

export async function insertWitness(tx: Tx, row: { name: string; key_id: string; public_key: string; valid_from: Date; added_by: string }) {
  await tx.insertInto('log_witnesses').values(row).execute();
}

/** Revokes a witness from `at` and takes it out of service now if it still was (false when unknown or revoked already). */
export async function revokeWitness(tx: Tx, name: string, at: Date, reason: string, now: Date): Promise<boolean> {
  const r = await tx.updateTable('log_witnesses').set((eb) => ({ revoked_at: at, revocation_reason: reason, valid_to: eb.fn.coalesce('valid_to', eb.val(now)) })).where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function retireWitness(tx: Tx, name: string, at: Date) {
  return tx.updateTable('log_witnesses').set({ valid_to: at }).where('name', '=', name).where('valid_to', 'is', null).executeTakeFirst();
}
