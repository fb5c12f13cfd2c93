// Raising alerts. notify() runs inside the caller's transaction, so an alert exists exactly when the
// state change that raised it committed; e-mail is queued in the outbox for after the commit.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { KeptReads } from '../db/kept.js';
import { detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import { r as t } from './messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { type Language, languageOr, textIn } from '../core/i18n.js';
import type { Alert, Notification } from './model.js';
import * as store from './store.js';

/** The alert's subject and body in a language, rendered once per language however many read it. */
function renderer(alert: Alert): (lang: Language) => { subject: string; body: string } {
  const made = new Map<Language, { subject: string; body: string }>();
  return (lang) => {
    let t = made.get(lang);
    if (!t) made.set(lang, (t = { subject: textIn(alert.subject, lang), body: textIn(alert.body, lang) }));
    return t;
  };
}

/**
 * Delivers the alert to every user concerned, each in the language they read (their setting, else
 * English; found by the same query that finds them); returns how many received it (0 when nobody matches).
 */
export async function notify(tx: Tx, alert: Alert): Promise<number> {
  const to = alert.to;
  const clauses = [];
  if (to.users?.length) clauses.push(sql`id in (${sql.join(to.users)})`);
  if (to.logins?.length) clauses.push(sql`(login in (${sql.join(to.logins)}) or name in (${sql.join(to.logins)}))`);
  if (to.participant !== undefined) {
    clauses.push(
      to.roles?.length
        ? sql`(participant = ${to.participant} and roles && ${sql.val(to.roles)}::text[])`
        : sql`participant = ${to.participant}`,
    );
  } else if (to.roles?.length) {
    clauses.push(sql`roles && ${sql.val(to.roles)}::text[]`);
  }
  if (to.groups?.length) clauses.push(sql`('wg-member' = any(roles) and groups && ${sql.val(to.groups)}::text[])`);
  if (to.chair) clauses.push(sql`'chair' = any(roles)`);
  if (clauses.length === 0) return 0;
  const { rows } = await sql<{ id: string; language: string | null }>`select id, language from users where not disabled and (${sql.join(clauses, sql` or `)})`.execute(tx);
  const textFor = renderer(alert);
  let delivered = 0;
  for (const { id: userId, language } of rows) {
    const id = randomUUID();
    const { subject, body } = textFor(languageOr(language));
    const inserted = await tx
      .insertInto('notifications')
      .values({
        id,
        user_id: userId,
        kind: alert.kind,
        subject,
        body,
        link: alert.link ?? null,
        participant: alert.participant ?? null,
        dedupe_key: alert.dedupeKey ?? null,
        data: alert.data === undefined ? null : JSON.stringify(alert.data),
      })
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) continue;
    delivered++;
    await tx.insertInto('outbox').values({ id: randomUUID(), topic: 'notification.email', payload: JSON.stringify({ notification: id }) }).execute();
  }
  return delivered;
}

/**
 * Many alerts in a handful of statements, for work that raises one per Participant of a batch (the
 * certificates of an issuance batch, a sweep): one query for the users concerned, one multi-row insert
 * of the notifications and one of their e-mails. Alerts addressed to a Participant's users (with
 * roles or not) are batched; any other is delivered by notify(). Each user reads the alert in their
 * language (found by the one query). Returns how many users received each.
 */
/** The users of some Participants an alert may go to, kept on the embedded store while no user is written (kept.ts). */
const keptRecipients = new KeptReads<string, { id: string; participant: string | null; roles: unknown; language: string | null }[]>(['users'], { max: 1000 });

export async function notifyMany(tx: Tx, alerts: Alert[]): Promise<number[]> {
  const delivered = alerts.map(() => 0);
  const batched: number[] = [];
  for (const [i, a] of alerts.entries()) {
    const t = a.to;
    if (t.participant !== undefined && !t.users?.length && !t.logins?.length && !t.groups?.length && !t.chair) batched.push(i);
    else delivered[i] = await notify(tx, a);
  }
  if (batched.length === 0) return delivered;
  const codes = [...new Set(batched.map((i) => alerts[i]!.to.participant!))];
  const users = await keptRecipients.get(tx, codes.join(), () => tx.selectFrom('users').select(['id', 'participant', 'roles', 'language']).where('disabled', '=', false).where('participant', 'in', codes).execute());
  const rows: { id: string; user_id: string; kind: string; subject: string; body: string; link: string | null; participant: string | null; dedupe_key: string | null; data: string | null; alert: number }[] = [];
  for (const i of batched) {
    const a = alerts[i]!;
    const data = a.data === undefined ? null : JSON.stringify(a.data);
    const textFor = renderer(a);
    for (const u of users) {
      if (u.participant !== a.to.participant) continue;
      if (a.to.roles?.length && !a.to.roles.some((r) => (u.roles as string[]).includes(r))) continue;
      const { subject, body } = textFor(languageOr(u.language));
      rows.push({ id: randomUUID(), user_id: u.id, kind: a.kind, subject, body, link: a.link ?? null, participant: a.participant ?? null, dedupe_key: a.dedupeKey ?? null, data, alert: i });
    }
  }
  for (let from = 0; from < rows.length; from += 2000) {
    const chunk = rows.slice(from, from + 2000);
    const inserted = await tx
      .insertInto('notifications')
      .values(chunk.map(({ alert: _alert, ...r }) => r))
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .returning('id')
      .execute();
    const ids = new Set(inserted.map((r) => r.id));
    for (const r of chunk) if (ids.has(r.id)) delivered[r.alert]!++;
    if (inserted.length) await tx.insertInto('outbox').values(inserted.map((r) => ({ id: randomUUID(), topic: 'notification.email', payload: JSON.stringify({ notification: r.id }) }))).execute();
  }
  return delivered;
}

// ---- the inbox: a user sees and marks only their own notifications

/**
 * Whose inbox: a signed-in user's own, always. The local operator of the CLI (an administrator of
 * the installation) names the user by login; nobody reads another user's inbox over HTTP.
 */
async function owner(db: Db, actor: Actor, login?: string): Promise<string> {
  authorize(actor, 'notifications.read');
  if (actor.kind === 'user') {
    if (login !== undefined) {
      const u = await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
      if (!u || u.id !== actor.userId) throw invalid(t('inbox.notYours'), [detail('user', t('inbox.notYours.detail'))]);
    }
    return actor.userId!;
  }
  if (login === undefined) throw invalid(t('inbox.whose', { option: '--user LOGIN' }), [detail('user', field('required'))]);
  const u = await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
  if (!u) throw notFound(t('user.unknown', { login }));
  return u.id;
}

function toNotification(r: Awaited<ReturnType<typeof store.inbox>>[number]): Notification {
  return {
    id: r.id, kind: r.kind, subject: r.subject, body: r.body, link: r.link, participant: r.participant, data: r.data ?? null,
    createdAt: new Date(r.created_at).toISOString(), readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  };
}

export interface InboxQuery extends store.InboxFilter {
  /** the CLI's operator names the user; a signed-in user may only name themselves */
  user?: string;
}

/** The actor's notifications, unread first, and how many are unread. */
export async function inbox(db: Db, actor: Actor, q: InboxQuery = {}): Promise<{ unread: number; notifications: Notification[] }> {
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > 1000)) throw invalid(t('limit.range', { name: 'limit' }), [detail('limit', field('outOfRange'))]);
  const userId = await owner(db, actor, q.user);
  const [rows, unread] = await Promise.all([store.inbox(db, userId, q), store.unreadCount(db, userId)]);
  return { unread, notifications: rows.map(toNotification) };
}

export async function unreadCount(db: Db, actor: Actor, user?: string): Promise<number> {
  return store.unreadCount(db, await owner(db, actor, user));
}

/** Marks the actor's own notifications read (the given ones, or all); returns how many changed. */
export async function markRead(db: Db, actor: Actor, ids: string[] | 'all', user?: string): Promise<{ marked: number; unread: number }> {
  const userId = await owner(db, actor, user);
  if (ids !== 'all') {
    for (const id of ids) if (!(await store.byId(db, userId, id))) throw notFound(t('notification.unknown', { id }));
  }
  const marked = await transaction(db, async (tx) => {
    const n = await store.markRead(tx, userId, ids, new Date());
    if (n) await audit.record(tx, actor, 'notifications.read', userId, { marked: n, ...(ids !== 'all' && { ids }) });
    return n;
  });
  return { marked, unread: await store.unreadCount(db, userId) };
}
