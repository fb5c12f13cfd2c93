// Short transactions, retried when the database says another writer won the race (serialization
// failure, deadlock, or a unique key that only a concurrent writer could have taken). Serializable by
// default; a writer that serializes itself on a row lock taken first (issuance locks the log head)
// runs in READ COMMITTED, where waiting for that lock is not a conflict. When the retries run out the
// store is overloaded: a 503 with Retry-After, never a 500.
import { m } from './messages.js';
import { KpcsError } from '../core/errors.js';
import type { Db, Tx } from './store.js';
import { countWritesIn, transactionEnded } from './kept.js';

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 12;

export class RetryableConflict extends Error {}

/** Transactions retried in this process since it started (a collision with another writer each): tests, the bench. */
export const retried = { count: 0 };

export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string };
  if (err?.code !== '23505') return false;
  return constraint === undefined || err.constraint === constraint || (err.message ?? '').includes(constraint);
}

export interface TransactionOptions {
  isolation?: 'serializable' | 'read committed';
}

export async function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let begun: Tx | undefined;
    try {
      return await db
        .transaction()
        .setIsolationLevel(options.isolation ?? 'serializable')
        .execute((tx) => {
          // on the embedded store, what it reads may be kept as the store's (kept.ts)
          countWritesIn((begun = tx), db);
          return work(tx);
        });
    } catch (e) {
      const code = (e as { code?: string }).code;
      const retry = e instanceof RetryableConflict || (code !== undefined && RETRYABLE.has(code));
      if (!retry) throw e;
      retried.count++;
      if (attempt >= MAX_ATTEMPTS) throw new KpcsError('overloaded', m('store.busy', { attempts: attempt }));
      // jittered backoff: 2, 4, 8 … ms (at most about half a second), so racing writers spread out
      await new Promise((r) => setTimeout(r, Math.random() * 2 ** Math.min(attempt, 9)));
    } finally {
      if (begun) transactionEnded(begun);
    }
  }
}
