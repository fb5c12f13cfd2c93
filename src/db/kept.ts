// Reads the embedded store need not repeat. A value read from some tables is kept with the mark of those
// tables taken before the read (WriteCounter.of, pglite-dialect.ts), and given again while the mark
// holds: no statement that may have written one of them has run since, so the tables hold what was read.
// That is exact only where every write goes through this process's driver: the embedded store, which one
// process serves (its data directory is locked). On PostgreSQL, where other processes write, and inside
// a transaction (a Tx is not the store's own Db), nothing is kept and every call reads.
import type { WriteCounter } from './pglite-dialect.js';

const counters = new WeakMap<object, Pick<WriteCounter, 'of'>>();

/** The embedded store's Db and the counter of its driver (store.ts, when it opens one). */
export function countWritesOf(db: object, counter: Pick<WriteCounter, 'of'>): void {
  counters.set(db, counter);
}

/** The mark of these tables on this Db, or undefined where nothing may be kept. */
export function tablesMark(db: object, tables: readonly string[]): number | undefined {
  return counters.get(db)?.of(tables);
}

/**
 * Values read from `tables`, by key, kept per store while those tables are unwritten; at most `max` per
 * store (the oldest go first), and only those `keep` accepts. A value is given to every caller as it was
 * read: it must not be changed (frozen, one level deep). A failed read keeps nothing.
 */
export class KeptReads<K, V> {
  readonly #stores = new WeakMap<object, Map<K, { mark: number; value: V }>>();

  constructor(
    readonly tables: readonly string[],
    private readonly opts: { max?: number; keep?: (value: V) => boolean } = {},
  ) {}

  async get(db: object, key: K, read: () => Promise<V>): Promise<V> {
    const mark = tablesMark(db, this.tables);
    if (mark === undefined) return read();
    let kept = this.#stores.get(db);
    if (!kept) this.#stores.set(db, (kept = new Map()));
    const hit = kept.get(key);
    if (hit?.mark === mark) return hit.value;
    const value = await read();
    if (this.opts.keep && !this.opts.keep(value)) return value;
    if (value !== null && typeof value === 'object') Object.freeze(value);
    kept.delete(key);
    if (kept.size >= (this.opts.max ?? 10_000)) kept.delete(kept.keys().next().value as K);
    kept.set(key, { mark, value });
    return value;
  }
}
