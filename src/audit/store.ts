// SQL of the audit chain.
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';
import type { AuditEntry } from './model.js';

type Row = {
  seq: number; id: string; at: Date; actor_user: string | null; actor_name: string; acting_for: string | null;
  action: string; subject: string | null; details: unknown; prev_hash: string; hash: string;
};

export function toEntry(r: Row): AuditEntry {
  return {
    seq: r.seq, id: r.id, at: new Date(r.at).toISOString(), actorUser: r.actor_user, actorName: r.actor_name,
    actingFor: r.acting_for, action: r.action, subject: r.subject, details: r.details, prevHash: r.prev_hash, hash: r.hash,
  };
}

export async function head(tx: Tx | Db): Promise<{ seq: number; hash: string } | undefined> {
  return tx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function insert(tx: Tx, e: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      seq: e.seq, id: e.id, at: e.at, actor_user: e.actorUser, actor_name: e.actorName, acting_for: e.actingFor,
      action: e.action, subject: e.subject, details: JSON.stringify(e.details ?? null), prev_hash: e.prevHash, hash: e.hash,
    })
    .execute();
}

export async function page(db: Db, opts: { beforeSeq?: number; limit: number; action?: string; actingFor?: string }): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(opts.limit);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  if (opts.action) q = q.where('action', 'like', `${opts.action}%`);
  if (opts.actingFor) q = q.where('acting_for', '=', opts.actingFor);
  return (await q.execute()).map((r) => toEntry(r as Row));
}

export async function range(db: Db, fromSeq: number, limit: number): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', fromSeq).orderBy('seq').limit(limit).execute();
  return rows.map((r) => toEntry(r as Row));
}

/**
 * The details of every entry recorded under exactly this action, oldest first (system checks, no paging).
 * The action is written into the SQL as a literal so that a partial index on it (0016) can serve it.
 */
export async function detailsOf(db: Db, action: string): Promise<unknown[]> {
  const rows = await db.selectFrom('audit_log').select('details').where('action', '=', sql.lit(action)).orderBy('seq').execute();
  return rows.map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details));
}
