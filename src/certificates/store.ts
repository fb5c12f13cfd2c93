// SQL of the certificates domain: counters, keys, certificates, confirmations, border checks, the log.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';
import type { NodeRef } from './merkle.js';

type Q = Db | Tx;

// ---- numbering ----

/** Takes the next `count` sequence numbers of a Participant's year (the row is created on first use); returns the last. */
export async function takeSeqs(tx: Tx, participant: string, year: number, count: number): Promise<number> {
  const row = await tx
    .insertInto('certificate_counters')
    .values({ participant, year, last_seq: count })
    .onConflict((oc) => oc.columns(['participant', 'year']).doUpdateSet({ last_seq: sql`certificate_counters.last_seq + ${count}` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/** The same for several (Participant, year) counters in one statement; returns the last of each, keyed "CODE:YEAR". */
export async function takeSeqsMany(tx: Tx, groups: { participant: string; year: number; count: number }[]): Promise<Map<string, number>> {
  const rows = await tx
    .insertInto('certificate_counters')
    .values(groups.map((g) => ({ participant: g.participant, year: g.year, last_seq: g.count })))
    .onConflict((oc) => oc.columns(['participant', 'year']).doUpdateSet({ last_seq: sql`certificate_counters.last_seq + excluded.last_seq` }))
    .returning(['participant', 'year', 'last_seq'])
    .execute();
  return new Map(rows.map((r) => [`${r.participant}:${r.year}`, r.last_seq]));
}

// ---- keys ----

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

// ---- certificates ----

export interface CertificateRow {
  participant: string;
  id: string;
  number: string;
  year: number;
  seq: number;
  country_of_export: string;
  importer_participant: string;
  importer_country: string;
  issued_at: Date;
  expires_at: Date;
  key_id: string;
  /** the signed document without its logProof (compose.storedForm; log.storedDocument puts it back) */
  document: string;
  body_hash: string;
  log_index: number;
  carats: string;
  value_usd: string;
  parcels: number;
  issued_by: string;
  /** SHA-256 of the verification code salted by the number (verification-code.ts); never the code */
  verification_code_hash: string;
}

/**
 * Many rows in one statement with one parameter: the rows as a JSON array, spread into the table's row
 * type by json_populate_recordset (plain PostgreSQL). Far cheaper than a VALUES list of thousands of
 * parameters to serialize, parse and plan, on both engines; a single row goes the ordinary way.
 */
async function insertMany(tx: Tx, table: 'certificates' | 'certificate_confirmations', rows: object[]) {
  if (rows.length === 0) return;
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  await sql`insert into ${sql.table(table)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(tx);
}

export async function insertCertificates(tx: Tx, certificates: CertificateRow[]) {
  // the index in the credentials' status list (migration 0030) is the issue entry's log position: unique, given once
  const rows = certificates.map((r) => ({ ...r, status_index: r.log_index }));
  if (rows.length === 1) await tx.insertInto('certificates').values(rows).execute();
  else for (let i = 0; i < rows.length; i += 5000) await insertMany(tx, 'certificates', rows.slice(i, i + 5000));
}

/** The status indexes of the cancelled certificates in [from, to) (credential-status.ts). */
export async function cancelledStatusIndexes(q: Q, from: number, to: number): Promise<number[]> {
  const rows = await q.selectFrom('certificates').select('status_index').where('cancelled_at', 'is not', null).where('status_index', '>=', sql<string>`${from}`).where('status_index', '<', sql<string>`${to}`).execute();
  return rows.map((r) => Number(r.status_index));
}


export async function certificate(q: Q, participant: string, number: string) {
  return q.selectFrom('certificates').selectAll().where('participant', '=', participant).where('number', '=', number).executeTakeFirst();
}

/**
 * Everything a public look-up reads of a certificate, in one query (lookup.ts): the certificate's row (its
 * document only when asked: it never changes, and a look-up keeps it), its key as registered, its
 * confirmation, and the certificate it replaces.
 */
export async function lookUpState(q: Q, participant: string, number: string, withDocument: boolean) {
  return q
    .selectFrom('certificates as c')
    .leftJoin('authority_keys as a', 'a.id', 'c.key_id')
    .leftJoin('certificate_confirmations as k', (j) => j.onRef('k.certificate_participant', '=', 'c.participant').onRef('k.certificate_number', '=', 'c.number'))
    .select([
      'c.participant', 'c.number', 'c.importer_participant', 'c.importer_country', 'c.key_id', 'c.verification_code_hash',
      'c.cancelled_at', 'c.cancel_reason', 'c.cancel_note', 'c.replaced_by', 'c.cancel_salt', 'c.origin_log', 'c.log_index',
      'a.id as key_row_id', 'a.participant as key_participant', 'a.public_key as key_public_key', 'a.valid_from as key_valid_from', 'a.valid_to as key_valid_to', 'a.revoked_at as key_revoked_at', 'a.revocation_reason as key_revocation_reason',
      'k.participant as confirmed_by_participant', 'k.received_on', 'k.parcels as confirmed_parcels', 'k.carats as confirmed_carats', 'k.seals_intact', 'k.flagged', 'k.mismatches', 'k.log_index as confirmation_log_index', 'k.log_salt as confirmation_log_salt',
    ])
    .select((eb) => [
      eb.selectFrom('certificates as r').select('r.number').whereRef('r.participant', '=', 'c.participant').whereRef('r.replaced_by', '=', 'c.number').limit(1).as('replaces_number'),
      eb.selectFrom('certificates as r').select('r.cancelled_at').whereRef('r.participant', '=', 'c.participant').whereRef('r.replaced_by', '=', 'c.number').limit(1).as('replaces_cancelled_at'),
    ])
    // with the document, the log's nodes a look-up needs of it (log.storedDocumentWithRoot): the complete
    // subtrees of [0, i) (the inclusion proof of leaf i in the tree of i + 1 entries) and of [0, i + 1) (that
    // tree's root), i the certificate's log position; one point read of the primary key each
    .$if(withDocument, (qb) =>
      qb.select(['c.document', sql<[number, string, string][] | null>`(select json_agg(json_build_array(n.level, n.idx::text, n.hash)) from log_nodes n join (
          select k as level, (c.log_index >> (k + 1)) << 1 as idx from generate_series(0, 62) k where (c.log_index >> k) & 1 = 1
          union select k, ((c.log_index + 1) >> (k + 1)) << 1 from generate_series(0, 62) k where ((c.log_index + 1) >> k) & 1 = 1
        ) w on n.level = w.level and n.idx = w.idx)`.as('log_nodes')]),
    )
    .where('c.participant', '=', participant)
    .where('c.number', '=', number)
    .executeTakeFirst();
}

/** Replaces a certificate's verification code hash (the old code stops working); false if no such certificate. */
export async function setVerificationCodeHash(tx: Tx, participant: string, number: string, hash: string): Promise<boolean> {
  const r = await tx.updateTable('certificates').set({ verification_code_hash: hash }).where('participant', '=', participant).where('number', '=', number).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function cancel(tx: Tx, participant: string, number: string, set: { cancelled_at: Date; cancel_reason: string; cancel_note: string | null; replaced_by: string | null; cancel_salt: string }) {
  return tx.updateTable('certificates').set(set).where('participant', '=', participant).where('number', '=', number).where('cancelled_at', 'is', null).executeTakeFirst();
}

/** The certificate a Participant's certificate replaces (cancelled naming it as replacement), if any. */
export async function replacedOne(q: Q, participant: string, replacement: string) {
  return q.selectFrom('certificates').select(['number', 'cancelled_at']).where('participant', '=', participant).where('replaced_by', '=', replacement).executeTakeFirst();
}

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

export async function cancelledNumbers(q: Q) {
  return q.selectFrom('certificates').select(['number', 'replaced_by']).where('cancelled_at', 'is not', null).orderBy('number').execute();
}

/** A Participant's certificates, issued by it or addressed to it, newest first. */
export async function list(q: Q, opts: { participant: string; role: 'issued' | 'received'; year?: number; limit: number; before?: string; applicant?: string }) {
  let query = q
    .selectFrom('certificates as c')
    .leftJoin('certificate_confirmations as k', (j) => j.onRef('k.certificate_participant', '=', 'c.participant').onRef('k.certificate_number', '=', 'c.number'))
    .select(['c.participant', 'c.number', 'c.country_of_export', 'c.importer_participant', 'c.importer_country', 'c.issued_at', 'c.expires_at', 'c.carats', 'c.value_usd', 'c.parcels', 'c.cancelled_at', 'c.cancel_reason', 'k.confirmed_at', 'k.flagged'])
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.number', 'desc')
    .limit(opts.limit);
  query = opts.role === 'issued' ? query.where('c.participant', '=', opts.participant) : query.where('c.importer_participant', '=', opts.participant);
  if (opts.year !== undefined) query = query.where('c.year', '=', opts.year);
  // a company: only the certificates issued on its own applications
  if (opts.applicant !== undefined) {
    const applicant = opts.applicant;
    query = query.where('c.number', 'in', (eb) => eb.selectFrom('certificate_applications as a').select('a.certificate_number').where('a.participant', '=', opts.participant).where('a.submitted_by_user', '=', applicant).where('a.certificate_number', 'is not', null).$narrowType<{ certificate_number: string }>());
  }
  if (opts.before) query = query.where('c.issued_at', '<', new Date(opts.before));
  return query.execute();
}

// ---- applications ----

export async function insertApplication(tx: Tx, row: { participant: string; id: string; request: string; status: 'pending'; submitted_by: string; submitted_by_user: string | null; submitted_at: Date }) {
  await tx.insertInto('certificate_applications').values(row).execute();
}

/** Whether a certificate was issued on an application this user submitted. */
export async function isApplicantOf(q: Q, participant: string, number: string, userId: string): Promise<boolean> {
  const row = await q.selectFrom('certificate_applications').select('id').where('participant', '=', participant).where('certificate_number', '=', number).where('submitted_by_user', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function application(q: Q, id: string) {
  return q.selectFrom('certificate_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function applications(q: Q, participant: string, opts: { status?: string; submittedByUser?: string; limit: number }) {
  let query = q.selectFrom('certificate_applications').selectAll().where('participant', '=', participant).orderBy('submitted_at', 'desc').limit(opts.limit);
  if (opts.status) query = query.where('status', '=', opts.status as 'pending');
  if (opts.submittedByUser) query = query.where('submitted_by_user', '=', opts.submittedByUser);
  return query.execute();
}

/** Moves an application from one status to another; false when it was no longer in `from` (another officer decided first). */
export async function moveApplication(tx: Tx, participant: string, id: string, from: string, set: { status: 'approving' | 'approved' | 'refused' | 'pending'; decided_by?: string | null; decided_at?: Date | null; reason?: string | null; certificate_number?: string | null }) {
  const r = await tx.updateTable('certificate_applications').set(set).where('participant', '=', participant).where('id', '=', id).where('status', '=', from as 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- confirmations, border checks ----

export async function insertConfirmation(tx: Tx, row: {
  participant: string; id: string; certificate_participant: string; certificate_number: string; parcels: number; carats: number;
  seals_intact: boolean; received_on: string; mismatches: string; flagged: boolean; note: string | null; confirmed_at: Date; confirmed_by: string; log_index: number; log_salt: string;
}) {
  await tx.insertInto('certificate_confirmations').values(row).execute();
}

export type ConfirmationRow = Parameters<typeof insertConfirmation>[1];

/** Many confirmations in one statement (see insertMany). */
export async function insertConfirmations(tx: Tx, rows: ConfirmationRow[]) {
  for (let i = 0; i < rows.length; i += 5000) await insertMany(tx, 'certificate_confirmations', rows.slice(i, i + 5000).map((r) => ({ ...r, mismatches: JSON.parse(r.mismatches) })));
}

/**
 * The certificates with these numbers (the Participant is the number's prefix) and whether each is
 * already confirmed: what a confirmation checks. The numbers are joined as an array against the
 * (participant, number) unique indexes, one probe each; an `in (…)` list of thousands made the planner
 * scan every certificate of those Participants, a cost that grew with the store, and a join to the
 * confirmations was planned as a scan of them all when the table's statistics were stale (PGlite has
 * no autovacuum to refresh them).
 */
export async function certificatesForConfirmation(q: Q, numbers: string[]) {
  if (numbers.length === 0) return [];
  const { rows } = await sql<{ participant: string; number: string; importer_participant: string; country_of_export: string; importer_country: string; parcels: number; carats: string; value_usd: string; issued_at: Date; expires_at: Date; goods: { hsCode: string; carats: number; valueUsd: number }[]; cancelled_at: Date | null; cancel_reason: string | null; confirmed: boolean }>`
    select c.participant, c.number, c.importer_participant, c.country_of_export, c.importer_country, c.parcels, c.carats, c.value_usd, c.issued_at, c.expires_at, c.document::jsonb -> 'goods' as goods, c.cancelled_at, c.cancel_reason,
      exists (select 1 from certificate_confirmations f where f.certificate_participant = c.participant and f.certificate_number = c.number) as confirmed
    from unnest(${[...new Set(numbers)]}::text[]) as wanted(number)
    join certificates c on c.participant = left(wanted.number, 2) and c.number = wanted.number`.execute(q);
  return rows;
}

export async function confirmation(q: Q, participant: string, number: string) {
  return q.selectFrom('certificate_confirmations').selectAll().where('certificate_participant', '=', participant).where('certificate_number', '=', number).executeTakeFirst();
}

export async function insertBorderCheck(tx: Tx, row: {
  participant: string; id: string; kind: 'export' | 'import' | 'transit'; certificate_number: string; certificate_known: boolean; verdict: string;
  seals_intact: boolean | null; unopened: boolean | null; note: string | null; checked_at: Date; checked_by: string;
}) {
  await tx.insertInto('border_checks').values(row).execute();
}

export async function borderChecks(q: Q, number: string) {
  return q.selectFrom('border_checks').selectAll().where('certificate_number', '=', number).orderBy('checked_at').execute();
}

// ---- the log ----

/**
 * Takes the log head's row lock for the rest of the transaction: writers that append to the log
 * (issuance, on every process) take it first and so run one after the other, in READ COMMITTED
 * without serialization failures (a row lock, not an advisory lock: it holds on Citus too).
 */
export async function lockLogHead(tx: Tx): Promise<number> {
  const row = await tx.selectFrom('log_head').select('size').where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  return Number(row.size);
}

/**
 * Locks certificate rows (after the log head's, the fixed order: log head, then certificates by
 * Participant and number), for a confirmation or cancellation in READ COMMITTED.
 */
export async function lockCertificates(tx: Tx, keys: { participant: string; number: string }[]): Promise<void> {
  const sorted = [...keys].sort((a, b) => (a.participant === b.participant ? (a.number < b.number ? -1 : 1) : a.participant < b.participant ? -1 : 1));
  for (const k of sorted) await tx.selectFrom('certificates').select('number').where('participant', '=', k.participant).where('number', '=', k.number).forUpdate().execute();
}

export async function logSize(q: Q): Promise<number> {
  const row = await q.selectFrom('log_head').select('size').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.size);
}

/** The hashes of the given complete subtrees, in the order asked (hex). */
export async function nodes(q: Q, refs: readonly NodeRef[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (refs.length === 0) return out;
  const unique = [...new Map(refs.map((r) => [`${r.level}:${r.index}`, r])).values()];
  const rows = await q
    .selectFrom('log_nodes')
    .select(['level', 'idx', 'hash'])
    .where((eb) => eb.or(unique.map((r) => eb.and([eb('level', '=', r.level), eb('idx', '=', r.index)]))))
    .execute();
  for (const r of rows) out.set(`${r.level}:${Number(r.idx)}`, r.hash);
  return out;
}

export interface LogEntryRow { idx: number; event: 'issued' | 'confirmed' | 'cancelled'; participant: string; number: string; at: Date; record_hash: string }

/**
 * Appends entries fromSize, fromSize+1, … with their new nodes and moves the head, in one statement
 * (one round trip per batch). The head moves only if it still is at fromSize: otherwise another writer
 * appended first, no row is returned and the caller retries its transaction.
 */
export async function appendLog(tx: Tx, fromSize: number, entries: LogEntryRow[], newNodes: { level: number; idx: number; hash: string }[]): Promise<boolean> {
  // the rows as two JSON parameters (see insertMany): one round trip, a handful of parameters, any size
  const result = await sql<{ size: number }>`
    with e as (insert into log_entries (idx, event, participant, number, at, record_hash)
      select idx, event, participant, number, at, record_hash from json_populate_recordset(null::log_entries, ${JSON.stringify(entries)}::json)),
    n as (insert into log_nodes (level, idx, hash) select level, idx, hash from json_populate_recordset(null::log_nodes, ${JSON.stringify(newNodes)}::json))
    update log_head set size = ${fromSize + entries.length} where id = 1 and size = ${fromSize} returning size`.execute(tx);
  return result.rows.length === 1;
}

export async function logEntries(q: Q, from: number, limit: number) {
  // the leaves only: no number, event, time or Participant (docs/security.md, "Disclosure")
  return q.selectFrom('log_nodes').select(['idx', 'hash']).where('level', '=', 0).where('idx', '>=', from).orderBy('idx').limit(limit).execute();
}

export async function logEntriesOf(q: Q, number: string) {
  return q.selectFrom('log_entries').selectAll().where('number', '=', number).orderBy('idx').execute();
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

/**
 * A Participant's certificates of a period per partner and HS code: exports are those it issued
 * (not cancelled) in the period; imports those issued to it that it confirmed as received in it.
 * Carats and value sum over every line; a certificate counts once, on its first line (as the
 * `certificates` column of trade statistics counts: statistics/model.ts, CERTIFICATE_COUNT_RULE).
 */
export async function figuresOf(q: Q, participant: string, start: string, end: string) {
  const exports = await sql<{ partner: string; hs_code: string; carats: string; value_usd: string; certificates: number; re_export_carats: string | null; re_exports: number }>`
    select c.importer_participant as partner, g.line->>'hsCode' as hs_code, sum((g.line->>'carats')::numeric) as carats, sum((g.line->>'valueUsd')::numeric) as value_usd,
      count(*) filter (where g.n = 1)::int as certificates,
      -- re-exports (issue #21): certificates drawn against imports, counted as such
      sum((g.line->>'carats')::numeric) filter (where c.document::jsonb -> 'imports' is not null) as re_export_carats,
      count(*) filter (where g.n = 1 and c.document::jsonb -> 'imports' is not null)::int as re_exports
    from certificates c cross join lateral jsonb_array_elements(c.document::jsonb -> 'goods') with ordinality as g (line, n)
    where c.participant = ${participant} and c.cancelled_at is null
      and c.issued_at >= ${start}::date and c.issued_at < (${end}::date + 1)
    group by 1, 2`.execute(q);
  const imports = await sql<{ partner: string; hs_code: string; carats: string; value_usd: string; certificates: number; re_export_carats: string | null; re_exports: number }>`
    select c.participant as partner, g.line->>'hsCode' as hs_code, sum((g.line->>'carats')::numeric) as carats, sum((g.line->>'valueUsd')::numeric) as value_usd,
      count(*) filter (where g.n = 1)::int as certificates,
      -- received re-exports (the partner re-exported goods it had imported)
      sum((g.line->>'carats')::numeric) filter (where c.document::jsonb -> 'imports' is not null) as re_export_carats,
      count(*) filter (where g.n = 1 and c.document::jsonb -> 'imports' is not null)::int as re_exports
    from certificate_confirmations k
    join certificates c on c.participant = k.certificate_participant and c.number = k.certificate_number
    cross join lateral jsonb_array_elements(c.document::jsonb -> 'goods') with ordinality as g (line, n)
    where k.participant = ${participant} and c.cancelled_at is null
      and k.received_on >= ${start}::date and k.received_on <= ${end}::date
    group by 1, 2`.execute(q);
  return { exports: exports.rows, imports: imports.rows };
}

/**
 * The same for many (exporter, importer) pairs of one period in one query: a year's reconciliation asks
 * for hundreds of pairs; keyed "EXPORTER IMPORTER", in the order of issue.
 */
export async function trailsOf(q: Q, pairs: { exporter: string; importer: string }[], start: string, end: string) {
  const out = new Map<string, { number: string; issued_at: Date; carats: string; value_usd: string; received_on: string | null; confirmed_carats: string | null; re_export: boolean }[]>();
  if (pairs.length === 0) return out;
  const wanted = new Set(pairs.map((p) => `${p.exporter} ${p.importer}`));
  const rows = await sql<{ participant: string; importer_participant: string; number: string; issued_at: Date; carats: string; value_usd: string; received_on: string | null; confirmed_carats: string | null; re_export: boolean }>`
    select c.participant, c.importer_participant, c.number, c.issued_at, c.carats, c.value_usd, k.received_on, k.carats as confirmed_carats,
      (c.document::jsonb -> 'imports') is not null as re_export
    from (values ${sql.join([...wanted].map((k) => { const [e, i] = k.split(' '); return sql`(${e}::text, ${i}::text)`; }))}) as p (exporter, importer)
    join certificates c on c.participant = p.exporter and c.importer_participant = p.importer
      and c.cancelled_at is null and c.issued_at >= ${start}::date and c.issued_at < (${end}::date + 1)
    left join certificate_confirmations k on k.certificate_participant = c.participant and k.certificate_number = c.number
    order by c.issued_at, c.number`.execute(q);
  for (const r of rows.rows) {
    const k = `${r.participant} ${r.importer_participant}`;
    if (!wanted.has(k)) continue;
    const list = out.get(k) ?? [];
    list.push(r);
    out.set(k, list);
  }
  return out;
}

/** The certificates an exporter issued for an importer in a period, with what the importer confirmed. */
export async function trailOf(q: Q, exporter: string, importer: string, start: string, end: string) {
  const rows = await sql<{ number: string; issued_at: Date; carats: string; value_usd: string; received_on: string | null; confirmed_carats: string | null; re_export: boolean }>`
    select c.number, c.issued_at, c.carats, c.value_usd, k.received_on, k.carats as confirmed_carats,
      (c.document::jsonb -> 'imports') is not null as re_export
    from certificates c
    left join certificate_confirmations k on k.certificate_participant = c.participant and k.certificate_number = c.number
    where c.participant = ${exporter} and c.importer_participant = ${importer} and c.cancelled_at is null
      and c.issued_at >= ${start}::date and c.issued_at < (${end}::date + 1)
    order by c.issued_at, c.number`.execute(q);
  return rows.rows;
}

/** Every certificate issued in a period, with what monitoring asks of it: origin, partner, confirmation. */
export async function monitoringFacts(q: Q, start: string, end: string) {
  const rows = await sql<{ participant: string; number: string; issued_at: Date; country_of_export: string; importer_participant: string; origin: string; carats: string; cancelled: boolean; received_on: string | null }>`
    select c.participant, c.number, c.issued_at, c.country_of_export, c.importer_participant, c.document::jsonb ->> 'origin' as origin,
      c.carats, c.cancelled_at is not null as cancelled, k.received_on
    from certificates c
    left join certificate_confirmations k on k.certificate_participant = c.participant and k.certificate_number = c.number
    where c.issued_at >= ${start}::date and c.issued_at < (${end}::date + 1)
    order by c.participant, c.number`.execute(q);
  return rows.rows;
}

// ---- the confirmation loop: the queue, the unconfirmed sweep, the compliance counts ----

/** The certificates addressed to a Participant, neither cancelled nor confirmed: soonest expiry first. */
export async function awaiting(q: Q, importer: string, limit: number) {
  const { rows } = await sql<{ participant: string; number: string; country_of_export: string; exporter_name: string; issued_at: Date; expires_at: Date; parcels: number; carats: string }>`
    select c.participant, c.number, c.country_of_export, c.document::jsonb -> 'exporter' ->> 'name' as exporter_name, c.issued_at, c.expires_at, c.parcels, c.carats
    from certificates c
    where c.importer_participant = ${importer} and c.cancelled_at is null
      and not exists (select 1 from certificate_confirmations k where k.certificate_participant = c.participant and k.certificate_number = c.number)
    order by c.expires_at, c.number
    limit ${limit}`.execute(q);
  return rows;
}

/**
 * Marks the certificates that expired in [from, to) and are neither cancelled nor confirmed nor marked
 * yet, and returns only those this call marked: a concurrent sweep (another server) marks each once.
 */
export async function markUnconfirmed(tx: Tx, from: Date, to: Date, at: Date) {
  const { rows } = await sql<{ participant: string; number: string; importer_participant: string; expires_at: Date }>`
    insert into certificate_unconfirmed_alerts (participant, number, importer_participant, expires_at, alerted_at)
    select c.participant, c.number, c.importer_participant, c.expires_at, ${at}
    from certificates c
    where c.cancelled_at is null and c.expires_at >= ${from} and c.expires_at < ${to}
      and not exists (select 1 from certificate_confirmations k where k.certificate_participant = c.participant and k.certificate_number = c.number)
    on conflict (participant, number) do nothing
    returning participant, number, importer_participant, expires_at`.execute(tx);
  return rows.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

/**
 * Per period and importing Participant, the certificates issued to it in the period that it has not
 * confirmed (nor were they cancelled) although they expired before `cutoff`.
 */
export async function unconfirmedCounts(q: Q, periods: { id: string; start: string; end: string }[], cutoff: Date) {
  if (periods.length === 0) return [];
  const { rows } = await sql<{ period: string; participant: string; n: number }>`
    select p.id as period, c.importer_participant as participant, count(*)::int as n
    from (values ${sql.join(periods.map((p) => sql`(${p.id}::text, ${p.start}::date, ${p.end}::date)`))}) as p (id, start_day, end_day)
    join certificates c on c.issued_at >= p.start_day and c.issued_at < p.end_day + 1
    where c.cancelled_at is null and c.expires_at < ${cutoff}
      and not exists (select 1 from certificate_confirmations k where k.certificate_participant = c.participant and k.certificate_number = c.number)
    group by 1, 2`.execute(q);
  return rows;
}
