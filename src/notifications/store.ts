// SQL of the inbox (notifications) and of e-mail delivery (outbox rows of topic notification.email).
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';

type Q = Db | Tx;

export interface InboxFilter {
  unread?: boolean;
  kind?: string;
  limit?: number;
}

/** A user's notifications, unread first, newest first within each. */
export async function inbox(db: Q, userId: string, f: InboxFilter = {}) {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (f.unread) q = q.where('read_at', 'is', null);
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q
    .orderBy(sql`read_at is null`, 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(f.limit ?? 200)
    .execute();
}

export async function unreadCount(db: Q, userId: string): Promise<number> {
  const r = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function byId(db: Q, userId: string, id: string) {
  return db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function markRead(tx: Tx, userId: string, ids: string[] | 'all', at: Date): Promise<number> {
  let q = tx.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    q = q.where('id', 'in', ids);
  }
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function userIdsByLogin(db: Q, logins: string[]) {
  if (logins.length === 0) return [];
  return (await db.selectFrom('users').select('id').where((eb) => eb.or([eb('login', 'in', logins), eb('name', 'in', logins)])).execute()).map((r) => r.id);
}

// ---- e-mail delivery

/** The next e-mail due for delivery, locked for this transaction (other workers skip it). */
/**
 * Claims the next e-mail due (several mailers on one store, docs/deployment.md): the row is locked
 * (`skip locked`: a row another mailer is claiming is passed over), then marked claimed by `holder`
 * until `until`. Run in its own short transaction; the mail is sent after it commits. A claim whose
 * holder died expires, and the mail is pending again.
 */
export async function claimMail(tx: Tx, holder: string, claimMs: number) {
  // the database's clock, never the process's: a process whose clock runs ahead would otherwise see a
  // live claim of another process as expired, and send its mail a second time
  const { rows } = await sql<{ id: string; payload: unknown; attempts: number | null }>`
    select o.id, o.payload, a.attempts
    from outbox o left join mail_attempts a on a.outbox_id = o.id
    where o.topic = 'notification.email' and o.processed_at is null
      and (o.claimed_until is null or o.claimed_until < now())
      and (a.outbox_id is null or (not a.gave_up and a.next_attempt_at <= now()))
    order by o.created_at, o.id
    limit 1
    for update of o skip locked`.execute(tx);
  const row = rows[0];
  if (row) await tx.updateTable('outbox').set({ claimed_by: holder, claimed_until: sql<Date>`now() + ${`${Math.ceil(claimMs)} milliseconds`}::interval` }).where('id', '=', row.id).execute();
  return row;
}

/** Marks a claimed e-mail processed (at the database's time), if the claim is still ours (false: it expired and another mailer took it). */
export async function markClaimedProcessed(tx: Tx, outboxId: string, holder: string): Promise<boolean> {
  const r = await tx.updateTable('outbox').set({ processed_at: sql<Date>`now()`, claimed_until: null }).where('id', '=', outboxId).where('claimed_by', '=', holder).where('processed_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives a claim back (a failed send is retried later, by whichever mailer claims it then). */
export async function releaseClaim(tx: Tx, outboxId: string, holder: string) {
  await tx.updateTable('outbox').set({ claimed_until: null }).where('id', '=', outboxId).where('claimed_by', '=', holder).execute();
}

/** What the mail says and to whom: the notification and its user's address, name and language. */
export async function mailContent(tx: Tx, notificationId: string) {
  return tx
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.kind', 'n.subject', 'n.body', 'n.link', 'u.email', 'u.name', 'u.disabled', 'u.language'])
    .where('n.id', '=', notificationId)
    .executeTakeFirst();
}

export async function markProcessed(tx: Tx, outboxId: string, at: Date) {
  await tx.updateTable('outbox').set({ processed_at: at }).where('id', '=', outboxId).execute();
}

export async function recordAttempt(tx: Tx, outboxId: string, a: { attempts: number; nextInMs: number; error: string; gaveUp: boolean }) {
  // the next attempt by the database's clock, as claims are
  const next = sql<Date>`now() + ${`${Math.ceil(a.nextInMs)} milliseconds`}::interval`;
  await tx
    .insertInto('mail_attempts')
    .values({ outbox_id: outboxId, attempts: a.attempts, next_attempt_at: next, last_error: a.error, gave_up: a.gaveUp })
    .onConflict((oc) => oc.column('outbox_id').doUpdateSet({ attempts: a.attempts, next_attempt_at: next, last_error: a.error, gave_up: a.gaveUp }))
    .execute();
}

export async function pendingMails(db: Q): Promise<number> {
  const r = await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('topic', '=', 'notification.email').where('processed_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}
