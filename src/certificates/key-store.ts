// SQL of the keys: the authorities', the scheme's and the Chair's keys, and the state the trust list publishes.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';

type Q = Db | Tx;


export async function keysInService(q: Q, participants: string[]) {
  return q.selectFrom('authority_keys').selectAll().where('participant', 'in', participants).where('valid_to', 'is', null).where('revoked_at', 'is', null).execute();
}

/**
 * The keys in service, under their row locks (issuance, after the log head's lock): a revocation or
 * rotation that committed meanwhile is seen (the row no longer qualifies), one that comes after waits
 * until the issuing transaction has committed, and dates itself after it.
 */
export async function keysInServiceForUpdate(tx: Tx, participants: string[]) {
  return tx.selectFrom('authority_keys').selectAll().where('participant', 'in', participants).where('valid_to', 'is', null).where('revoked_at', 'is', null).orderBy('participant').forUpdate().execute();
}

/** One key, under its row lock (a revocation or rotation, in the same order as issuance: after nothing else). */
export async function keyForUpdate(tx: Tx, participant: string, id: string) {
  return tx.selectFrom('authority_keys').selectAll().where('participant', '=', participant).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function keyInService(q: Q, participant: string) {
  return q.selectFrom('authority_keys').selectAll().where('participant', '=', participant).where('valid_to', 'is', null).where('revoked_at', 'is', null).executeTakeFirst();
}

export async function insertKey(tx: Tx, row: { participant: string; id: string; public_key: string; private_key_enc: string; valid_from: Date }) {
  await tx.insertInto('authority_keys').values(row).execute();
}

export async function retireKey(tx: Tx, participant: string, id: string, at: Date) {
  await tx.updateTable('authority_keys').set({ valid_to: at }).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function backdateKey(tx: Tx, participant: string, id: string, from: Date) {
  await tx.updateTable('authority_keys').set({ valid_from: from }).where('participant', '=', participant).where('id', '=', id).execute();
}

export async function revokeKey(tx: Tx, participant: string, id: string, at: Date, reason: string) {
  return tx
    .updateTable('authority_keys')
    .set({ revoked_at: at, revocation_reason: reason })
    .where('participant', '=', participant)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Revokes a key from the first moment of its service (nothing it ever signed verifies) and takes it out
 * of service at `at` if it still was; false if it was revoked so already.
 */
export async function revokeFromStart(tx: Tx, participant: string, id: string, at: Date, reason: string) {
  const r = await tx
    .updateTable('authority_keys')
    .set({ revoked_at: sql`valid_from`, revocation_reason: reason, valid_to: sql`coalesce(valid_to, ${at})` })
    .where('participant', '=', participant)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', eb.ref('valid_from'))]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function keysOf(q: Q, participant?: string) {
  let query = q.selectFrom('authority_keys').select(['participant', 'id', 'public_key', 'valid_from', 'valid_to', 'revoked_at', 'revocation_reason', 'created_at']).orderBy('participant').orderBy('valid_from');
  if (participant) query = query.where('participant', '=', participant);
  return query.execute();
}

export async function keyById(q: Q, id: string) {
  return q.selectFrom('authority_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function schemeKey(q: Q, purpose: 'trust-list' | 'log') {
  return q.selectFrom('scheme_keys').selectAll().where('purpose', '=', purpose).where('valid_to', 'is', null).executeTakeFirst();
}

export async function schemeKeys(q: Q) {
  return q.selectFrom('scheme_keys').select(['purpose', 'id', 'public_key', 'valid_from', 'valid_to', 'revoked_at', 'revocation_reason']).orderBy('valid_from').execute();
}

/** Revokes a scheme key from `at` (false when it is unknown or revoked already). */
export async function revokeSchemeKey(tx: Tx, purpose: 'trust-list' | 'log', id: string, at: Date, reason: string): Promise<boolean> {
  const r = await tx.updateTable('scheme_keys').set({ revoked_at: at, revocation_reason: reason }).where('purpose', '=', purpose).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSchemeKey(tx: Tx, row: { purpose: 'trust-list' | 'log'; id: string; public_key: string; private_key_enc: string; valid_from: Date }) {
  await tx.insertInto('scheme_keys').values(row).execute();
}

export async function chairKeyInService(q: Q) {
  return q.selectFrom('chair_keys').selectAll().where('valid_to', 'is', null).executeTakeFirst();
}

/** Every Chair key, oldest first, without the private keys. */
export async function chairKeys(q: Q) {
  return q.selectFrom('chair_keys').select(['id', 'participant', 'year', 'public_key', 'valid_from', 'valid_to', 'endorsement']).orderBy('valid_from').orderBy('created_at').execute();
}

export async function insertChairKey(tx: Tx, row: { id: string; participant: string; year: number; public_key: string; private_key_enc: string; valid_from: Date; endorsement: string | null }) {
  await tx.insertInto('chair_keys').values(row).execute();
}

export async function retireChairKey(tx: Tx, id: string, at: Date) {
  return tx.updateTable('chair_keys').set({ valid_to: at }).where('id', '=', id).where('valid_to', 'is', null).executeTakeFirst();
}

export async function retireSchemeKey(tx: Tx, purpose: 'trust-list' | 'log', id: string, at: Date) {
  await tx.updateTable('scheme_keys').set({ valid_to: at }).where('purpose', '=', purpose).where('id', '=', id).execute();
}

// ---- the trust list's state ----

/**
 * A fingerprint of everything the trust list lists: the authority, scheme and Chair keys with their periods
 * (a key back-dated by a historical issuance changes it) and revocations, the witnesses, the chairs, the number of cancelled certificates (a cancellation is never
 * undone). Small tables and one partial index: cheap enough to read on every request.
 */
export async function trustListGeneration(q: Q): Promise<string> {
  const r = await sql<{ g: string }>`select md5(concat_ws('|',
    (select string_agg(id || ':' || valid_from::text || ':' || coalesce(valid_to::text, '') || ':' || coalesce(revoked_at::text, ''), ',' order by id) from authority_keys),
    (select string_agg(id || ':' || valid_from::text || ':' || coalesce(valid_to::text, '') || ':' || coalesce(revoked_at::text, ''), ',' order by id) from scheme_keys),
    (select string_agg(id || ':' || coalesce(valid_to::text, ''), ',' order by id) from chair_keys),
    (select string_agg(name || ':' || key_id || ':' || valid_from::text || ':' || coalesce(valid_to::text, '') || ':' || coalesce(revoked_at::text, ''), ',' order by name) from log_witnesses),
    (select string_agg(year || ':' || chair, ',' order by year) from chairs),
    (select count(*)::text from certificates where cancelled_at is not null))) as g`.execute(q);
  return r.rows[0]!.g;
}

/**
 * The trust list's generation now: the number given to the listed state (its fingerprint), one more than
 * the last when that state moved. Under the row lock of the latest generation, so two processes that see
 * the same change give it one number; the fingerprint is read after the lock, so a list whose content is
 * read after this call is never older than the generation it states.
 */
export async function trustGenerationNow(tx: Tx): Promise<number> {
  const latest = await tx.selectFrom('trust_list_generations').select(['generation', 'fingerprint']).orderBy('generation', 'desc').limit(1).forUpdate().executeTakeFirst();
  const fingerprint = await trustListGeneration(tx);
  if (latest && latest.fingerprint === fingerprint) return Number(latest.generation);
  const next = latest ? Number(latest.generation) + 1 : 1;
  await tx.insertInto('trust_list_generations').values({ generation: next, fingerprint, at: new Date() }).onConflict((oc) => oc.column('generation').doNothing()).execute();
  const row = await tx.selectFrom('trust_list_generations').select('generation').orderBy('generation', 'desc').limit(1).executeTakeFirstOrThrow();
  return Number(row.generation);
}

/** The trust list as last signed and kept for every process (migration 0042), if any. */
export async function publishedTrustList(q: Q) {
  return q.selectFrom('trust_list_published').select(['fingerprint', 'generation', 'year', 'issued_at', 'body', 'etag']).where('id', '=', 1).executeTakeFirst();
}

/** The kept trust list under its row lock (a signer about to replace it waits for another one doing so). */
export async function publishedTrustListForUpdate(tx: Tx) {
  return tx.selectFrom('trust_list_published').select(['fingerprint', 'generation', 'year', 'issued_at', 'body', 'etag']).where('id', '=', 1).forUpdate().executeTakeFirst();
}

export async function keepPublishedTrustList(tx: Tx, row: { fingerprint: string; generation: number; year: number; issued_at: Date; body: string; etag: string }) {
  await tx
    .insertInto('trust_list_published')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint: row.fingerprint, generation: row.generation, year: row.year, issued_at: row.issued_at, body: row.body, etag: row.etag }))
    .execute();
}
