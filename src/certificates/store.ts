// SQL of the certificates domain: counters, certificates, applications, confirmations, border checks, and what other domains read of them (keys: key-store.ts; the log: log-store.ts).
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';

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
  /** the signed document without its logProof and its constant fields (stored-form.ts; log.storedDocument puts them back) */
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

/** A certificate's key as one text (participant and number; a number never holds a NUL). */
export const certificateKey = (k: { participant: string; number: string }) => `${k.participant}\u0000${k.number}`;

/**
 * Everything a public look-up reads of certificates, in one query for all of them (lookup.ts): each
 * certificate's row (its document only when asked: it never changes, and a look-up keeps it), its key as
 * registered, its confirmation, and the certificate it replaces. In the order of `keys`; undefined for a
 * certificate the store does not hold.
 */
export async function lookUpStates(q: Q, keys: readonly { participant: string; number: string }[], withDocument: boolean) {
  const rows = await q
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
    // tree's root), i the certificate's log position; one point read of the primary key each for those the
    // log keeps (16 leaves and more), and the leaves of i's block of 16 up to i, from which the smaller
    // ones are folded (log-store.ts FIRST_KEPT_LEVEL)
    .$if(withDocument, (qb) =>
      qb.select(['c.document', sql<[number, string, string][] | null>`(select json_agg(json_build_array(x.level, x.idx::text, encode(x.hash, 'hex'))) from (
          select n.level, n.idx, n.hash from log_nodes n join (
            select k as level, (c.log_index >> (k + 1)) << 1 as idx from generate_series(4, 62) k where (c.log_index >> k) & 1 = 1
            union select k, ((c.log_index + 1) >> (k + 1)) << 1 from generate_series(4, 62) k where ((c.log_index + 1) >> k) & 1 = 1
          ) w on n.level = w.level and n.idx = w.idx
          union all
          select 0, e.idx, e.leaf from log_entries e where e.idx >= (c.log_index >> 4) << 4 and e.idx <= c.log_index
        ) x)`.as('log_nodes')]),
    )
    // the pairs asked for, as two arrays (one text of statement whatever their number)
    .where(sql<boolean>`(c.participant, c.number) in (select * from unnest(${keys.map((k) => k.participant)}::text[], ${keys.map((k) => k.number)}::text[]))`)
    .execute();
  const found = new Map(rows.map((r) => [certificateKey(r), r]));
  return keys.map((k) => found.get(certificateKey(k)));
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

/**
 * Locks certificate rows (after the log head's, the fixed order: log head, then certificates by
 * Participant and number), for a confirmation or cancellation in READ COMMITTED.
 */
export async function lockCertificates(tx: Tx, keys: { participant: string; number: string }[]): Promise<void> {
  const sorted = [...keys].sort((a, b) => (a.participant === b.participant ? (a.number < b.number ? -1 : 1) : a.participant < b.participant ? -1 : 1));
  for (const k of sorted) await tx.selectFrom('certificates').select('number').where('participant', '=', k.participant).where('number', '=', k.number).forUpdate().execute();
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
