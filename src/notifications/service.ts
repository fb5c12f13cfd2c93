// Raising alerts. notify() runs inside the caller's transaction, so an alert exists exactly when the
// state change that raised it committed; e-mail is queued in the outbox for after the commit.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../db/store.js';
import type { Alert } from './model.js';

/** Delivers the alert to every user concerned; returns how many received it (0 when nobody matches). */
export async function notify(tx: Tx, alert: Alert): Promise<number> {
  const to = alert.to;
  const clauses = [];
  if (to.users?.length) clauses.push(sql`id in (${sql.join(to.users)})`);
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
  const { rows } = await sql<{ id: string }>`select id from users where not disabled and (${sql.join(clauses, sql` or `)})`.execute(tx);
  let delivered = 0;
  for (const { id: userId } of rows) {
    const id = randomUUID();
    const inserted = await tx
      .insertInto('notifications')
      .values({
        id,
        user_id: userId,
        kind: alert.kind,
        subject: alert.subject,
        body: alert.body,
        link: alert.link ?? null,
        participant: alert.participant ?? null,
        dedupe_key: alert.dedupeKey ?? null,
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
