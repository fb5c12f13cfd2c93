// Short serializable transactions, retried when the database says another writer won the race
// (serialization failure, deadlock, or a unique key that only a concurrent writer could have taken).
import type { Db, Tx } from './store.js';

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

export class RetryableConflict extends Error {}

export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string };
  if (err?.code !== '23505') return false;
  return constraint === undefined || err.constraint === constraint || (err.message ?? '').includes(constraint);
}

export async function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel('serializable').execute(work);
    } catch (e) {
      const code = (e as { code?: string }).code;
      const retry = e instanceof RetryableConflict || (code !== undefined && RETRYABLE.has(code));
      if (!retry || attempt >= MAX_ATTEMPTS) throw e;
      // jittered backoff: 2, 4, 8 … ms, so racing writers spread out
      await new Promise((r) => setTimeout(r, Math.random() * 2 ** attempt));
    }
  }
}
