// The store of the hub exchange (migrations/0036_hub.sql): keys registered at the hub, messages received,
// and at a national system its outbox, cursors and the hub's messages applied.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';

type Q = Db | Tx;

// ---- at the hub: keys ----

export async function hubKey(q: Q, participant: string, id: string) {
  return q.selectFrom('hub_keys').selectAll().where('participant', '=', participant).where('id', '=', id).executeTakeFirst();
}

export async function hubKeyForUpdate(tx: Tx, participant: string, id: string) {
  return tx.selectFrom('hub_keys').selectAll().where('participant', '=', participant).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function hubKeys(q: Q, opts: { participant?: string; status?: string }) {
  let query = q.selectFrom('hub_keys').selectAll().orderBy('participant').orderBy('registered_at');
  if (opts.participant) query = query.where('participant', '=', opts.participant);
  if (opts.status) query = query.where('status', '=', opts.status as 'pending');
  return query.execute();
}

/** Registers a key as pending; false when it was registered before (nothing changed). */
export async function insertHubKey(tx: Tx, row: { participant: string; id: string; public_key: string; valid_from: Date; registered_at: Date; registered_by: string }): Promise<boolean> {
  const r = await tx
    .insertInto('hub_keys')
    .values({ ...row, status: 'pending' })
    .onConflict((oc) => oc.columns(['participant', 'id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function decideHubKey(tx: Tx, participant: string, id: string, set: { status: 'approved' | 'refused'; decided_at: Date; decided_by: string; decision_note: string | null }) {
  await tx.updateTable('hub_keys').set(set).where('participant', '=', participant).where('id', '=', id).where('status', '=', 'pending').execute();
}

/** The authority key in service of a Participant, locked (the hub puts an approved key in its place). */
export async function authorityKeyInServiceForUpdate(tx: Tx, participant: string) {
  return tx.selectFrom('authority_keys').selectAll().where('participant', '=', participant).where('valid_to', 'is', null).where('revoked_at', 'is', null).forUpdate().executeTakeFirst();
}

/** When the latest authority key the hub holds for a Participant began (none: undefined). */
export async function latestKeyStart(q: Db | Tx, participant: string): Promise<Date | string | undefined> {
  const r = await q.selectFrom('authority_keys').select('valid_from').where('participant', '=', participant).orderBy('valid_from', 'desc').limit(1).executeTakeFirst();
  return r?.valid_from;
}

/** When the hub's latest certificate of a Participant signed by a key was issued (none: undefined). */
export async function lastIssuedWith(q: Db | Tx, participant: string, keyId: string): Promise<Date | string | undefined> {
  const r = await q.selectFrom('certificates').select('issued_at').where('participant', '=', participant).where('key_id', '=', keyId).orderBy('issued_at', 'desc').limit(1).executeTakeFirst();
  return r?.issued_at;
}

export async function retireAuthorityKey(tx: Tx, participant: string, id: string, at: Date) {
  await tx.updateTable('authority_keys').set({ valid_to: at }).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function insertAuthorityPublicKey(tx: Tx, row: { participant: string; id: string; public_key: string; private_key_enc: string; valid_from: Date }) {
  await tx.insertInto('authority_keys').values(row).execute();
}

// ---- at the hub: messages received ----

export async function message(q: Q, sender: string, id: string) {
  return q.selectFrom('hub_messages').selectAll().where('participant', '=', sender).where('id', '=', id).executeTakeFirst();
}

export async function insertMessage(tx: Tx, row: { participant: string; id: string; type: string; receiver: string; number: string | null; digest: string; received_at: Date; receipt: string }) {
  await tx.insertInto('hub_messages').values(row).execute();
}

/** Confirmations of `participant`'s certificates recorded at the hub after log position `after`, in log order. */
export async function confirmationsFor(q: Q, participant: string, after: number, limit: number) {
  return q
    .selectFrom('certificate_confirmations')
    .selectAll()
    .where('certificate_participant', '=', participant)
    .where('log_index', '>', after)
    .orderBy('log_index')
    .limit(limit)
    .execute();
}

/** Certificates entered at the hub whose importing Participant is `participant`, after log position `after`, in log order (forwarded to its national system). */
export async function certificatesFor(q: Q, participant: string, after: number, limit: number) {
  return q
    .selectFrom('certificates')
    .select(['participant', 'number', 'document', 'issued_at', 'log_index', 'verification_code_hash', 'origin_log'])
    .where('importer_participant', '=', participant)
    .where('participant', '<>', participant)
    .where('log_index', '>', after)
    .orderBy('log_index')
    .limit(limit)
    .execute();
}

/** Cancellations entered at the hub of certificates `participant` imports, after log position `after`, in log order. */
export async function cancellationsFor(q: Q, participant: string, after: number, limit: number) {
  return q
    .selectFrom('log_entries as l')
    .innerJoin('certificates as c', (j) => j.onRef('c.participant', '=', 'l.participant').onRef('c.number', '=', 'l.number'))
    .select(['l.idx as log_index', 'c.participant', 'c.number', 'c.cancelled_at', 'c.cancel_reason', 'c.cancel_note', 'c.replaced_by'])
    .where('l.event', '=', 'cancelled')
    .where('c.importer_participant', '=', participant)
    .where('c.participant', '<>', participant)
    .where('c.cancelled_at', 'is not', null)
    .where('l.idx', '>', after)
    .orderBy('l.idx')
    .limit(limit)
    .execute();
}

// ---- at a national system: cursors, outbox, applied ----

/** The Participant's cursor row, created if missing, locked until the caller's transaction ends. */
export async function cursorForUpdate(tx: Tx, participant: string) {
  await tx.insertInto('hub_cursors').values({ participant }).onConflict((oc) => oc.column('participant').doNothing()).execute();
  return tx.selectFrom('hub_cursors').selectAll().where('participant', '=', participant).forUpdate().executeTakeFirstOrThrow();
}

export async function updateCursor(tx: Tx, participant: string, set: { outbox_log_index?: number; pulled_after?: string; registered_keys?: string }) {
  await tx.updateTable('hub_cursors').set(set).where('participant', '=', participant).execute();
}

export async function cursor(q: Q, participant: string) {
  return q.selectFrom('hub_cursors').selectAll().where('participant', '=', participant).executeTakeFirst();
}

/** Log entries after `after` of the events a national system sends: its issuances and cancellations, its confirmations as importer. */
export async function eventsToSend(q: Q, participant: string, after: number, limit: number) {
  return q
    .selectFrom('log_entries')
    .select(['idx', 'event', 'participant', 'number', 'at'])
    .where('idx', '>', after)
    .where('participant', '=', participant)
    .orderBy('idx')
    .limit(limit)
    .execute();
}

/** The last log position (or -1). */
export async function lastLogIndex(q: Q): Promise<number> {
  const r = await q.selectFrom('log_head').select('size').executeTakeFirst();
  return Number(r?.size ?? 0) - 1;
}

export async function insertOutbox(tx: Tx, rows: { participant: string; seq: number; id: string; type: string; number: string; message: string; created_at: Date; next_attempt_at: Date }[]) {
  if (rows.length) await tx.insertInto('hub_outbox').values(rows).onConflict((oc) => oc.columns(['participant', 'seq']).doNothing()).execute();
}

/** The lowest position in the Participant's outbox (revocations take positions below 0), or 0. */
export async function lowestOutboxSeq(tx: Tx, participant: string): Promise<number> {
  const r = await tx.selectFrom('hub_outbox').select((eb) => eb.fn.min('seq').as('low')).where('participant', '=', participant).executeTakeFirst();
  return r?.low == null ? 0 : Number(r.low);
}

export async function outboxIds(tx: Tx, participant: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await tx.selectFrom('hub_outbox').select('id').where('participant', '=', participant).where('id', 'in', ids).execute()).map((r) => r.id);
}

/** The Participant's revoked authority keys whose private half this installation holds. */
export async function revokedOwnKeys(q: Q, participant: string, heldElsewhere: string) {
  return q.selectFrom('authority_keys').select(['id', 'private_key_enc', 'revoked_at', 'revocation_reason']).where('participant', '=', participant).where('revoked_at', 'is not', null).where('private_key_enc', '<>', heldElsewhere).orderBy('revoked_at').execute();
}

/**
 * Claims up to `limit` messages due for sending, each the earliest undelivered one of its certificate
 * (so a certificate's messages go in order; nothing else while a key's revocation, always first, waits), skipping rows another process is claiming, and marks
 * them claimed by `holder` for `claimMs` (the database's clock). In the caller's short transaction.
 */
export async function claimOutbox(tx: Tx, participant: string, holder: string, claimMs: number, limit: number) {
  const { rows } = await sql<{ participant: string; seq: string; id: string; type: string; number: string; message: unknown; attempts: number }>`
    select o.participant, o.seq, o.id, o.type, o.number, o.message, o.attempts
    from hub_outbox o
    where o.participant = ${participant} and o.delivered_at is null and o.refused_at is null
      and o.next_attempt_at <= now()
      and (o.claimed_until is null or o.claimed_until < now())
      and not exists (
        select 1 from hub_outbox p
        where p.participant = o.participant and (p.number = o.number or p.type = 'key.revoked') and p.seq < o.seq and p.delivered_at is null and p.refused_at is null)
    order by o.seq
    limit ${limit}
    for update of o skip locked`.execute(tx);
  if (rows.length) {
    await tx
      .updateTable('hub_outbox')
      .set({ claimed_by: holder, claimed_until: sql<Date>`now() + ${`${Math.ceil(claimMs)} milliseconds`}::interval` })
      .where('participant', '=', participant)
      .where('seq', 'in', rows.map((r) => String(r.seq)))
      .execute();
  }
  return rows;
}

export async function markDelivered(q: Q, participant: string, seq: number, holder: string, receipt: unknown) {
  await q
    .updateTable('hub_outbox')
    .set({ delivered_at: sql<Date>`now()`, receipt: JSON.stringify(receipt), claimed_until: null, last_error: null })
    .where('participant', '=', participant)
    .where('seq', '=', String(seq))
    .where('claimed_by', '=', holder)
    .where('delivered_at', 'is', null)
    .execute();
}

export async function markFailed(q: Q, participant: string, seq: number, holder: string, f: { attempts: number; nextInMs: number; error: string; refused: boolean }) {
  await q
    .updateTable('hub_outbox')
    .set({
      attempts: f.attempts,
      next_attempt_at: sql<Date>`now() + ${`${Math.ceil(f.nextInMs)} milliseconds`}::interval`,
      last_error: f.error.slice(0, 2000),
      claimed_until: null,
      ...(f.refused && { refused_at: sql<Date>`now()` }),
    })
    .where('participant', '=', participant)
    .where('seq', '=', String(seq))
    .where('claimed_by', '=', holder)
    .where('delivered_at', 'is', null)
    .execute();
}

export async function outboxCounts(q: Q, participant?: string) {
  let query = q
    .selectFrom('hub_outbox')
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      sql<string>`count(*) filter (where delivered_at is not null)`.as('delivered'),
      sql<string>`count(*) filter (where delivered_at is null and refused_at is null)`.as('pending'),
      sql<string>`count(*) filter (where refused_at is not null)`.as('refused'),
    ]);
  if (participant) query = query.where('participant', '=', participant);
  const r = await query.executeTakeFirstOrThrow();
  return { total: Number(r.total), delivered: Number(r.delivered), pending: Number(r.pending), refused: Number(r.refused) };
}

export async function outboxRows(q: Q, opts: { pending?: boolean; limit: number }) {
  let query = q.selectFrom('hub_outbox').select(['participant', 'seq', 'id', 'type', 'number', 'attempts', 'next_attempt_at', 'last_error', 'delivered_at', 'refused_at']).orderBy('seq', 'desc').limit(opts.limit);
  if (opts.pending) query = query.where('delivered_at', 'is', null).where('refused_at', 'is', null);
  return query.execute();
}

/** Marks a hub message applied; false when it was applied before. */
export async function markApplied(tx: Tx, row: { participant: string; id: string; type: string; number: string | null; applied_at: Date }): Promise<boolean> {
  const r = await tx.insertInto('hub_applied').values(row).onConflict((oc) => oc.columns(['participant', 'id']).doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The Participant's authority keys whose private half this installation holds (not revoked). */
export async function ownKeys(q: Q, participant: string, heldElsewhere: string) {
  return q.selectFrom('authority_keys').select(['id', 'public_key', 'valid_from']).where('participant', '=', participant).where('revoked_at', 'is', null).where('private_key_enc', '<>', heldElsewhere).orderBy('valid_from').execute();
}

/**
 * At an importing national system: another Participant's authority public key as the hub's trust list
 * states it (the private key is elsewhere), kept to check the certificates the hub forwards; its
 * revocation updated when the list says so (the earliest instant stands).
 */
export async function keepForeignKey(tx: Tx, k: { participant: string; id: string; public_key: string; private_key_enc: string; valid_from: Date; valid_to: Date | null; revoked_at: Date | null; revocation_reason: string | null }) {
  const row = await tx.selectFrom('authority_keys').selectAll().where('id', '=', k.id).forUpdate().executeTakeFirst();
  if (!row) {
    await tx.insertInto('authority_keys').values(k).execute();
    return;
  }
  if (row.participant !== k.participant || row.public_key !== k.public_key) return;
  const set: { valid_to?: Date; revoked_at?: Date; revocation_reason?: string | null } = {};
  if (k.valid_to && !row.valid_to) set.valid_to = k.valid_to;
  if (k.revoked_at && (!row.revoked_at || k.revoked_at < new Date(row.revoked_at))) Object.assign(set, { revoked_at: k.revoked_at, revocation_reason: k.revocation_reason });
  if (Object.keys(set).length) await tx.updateTable('authority_keys').set(set).where('id', '=', k.id).execute();
}
