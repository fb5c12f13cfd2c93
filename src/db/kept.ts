// Reads the embedded store need not repeat. A value read from some tables is kept with the mark of those
// tables taken before the read (WriteCounter.of, pglite-dialect.ts), and given again while the mark
// holds: no statement that may have written one of them has run since, so the tables hold what was read.
// That is exact only where every write goes through this process's driver: the embedded store, which one
// process serves (its data directory is locked). On PostgreSQL, where other processes write, nothing is
// kept and every call reads.
//
// Inside a transaction of the embedded store too (transaction.ts registers it): PGlite is one session,
// so nothing runs between a transaction's statements but its own, and every one of them is counted when
// it runs, committed or not. A value read after the transaction wrote its tables is kept with the mark
// that write left; if the transaction then rolls back (or a statement in it fails), the driver counts a
// write of every table, and nothing read or written through in it is given again. Until it ends, what it
// kept is given to it alone: another caller (a request served meanwhile, on the store's Db) would be given
// what the transaction has not committed, and may never.
//
// Written through (`afterWrite`): a statement that writes the tables and whose result the writer knows
// (the log's new right edge, the audit chain's new head) keeps that result with the mark the statement
// left — only if that statement alone moved the mark, so nothing else written in between is missed.
//
// Shared on PostgreSQL (`shareReadsOf`): nothing is kept there, but callers that ask for the same key at
// about the same time on a store's own Db share one read, sent after the last of them asked
// (coalesce.ts): a change committed before a request arrived still shows to it. Many requests of one
// system (a national system's token, its Participant's settings) then cost one round trip, not one each.
import type { WriteCounter } from './pglite-dialect.js';
import { Coalesced } from './coalesce.js';

interface Counted {
  counter: Pick<WriteCounter, 'of'>;
  /** the store's own Db: what is kept is kept under it, for its transactions too */
  root: object;
}

const counters = new WeakMap<object, Counted>();
/** the transactions begun and not yet ended (transaction.ts) */
const open = new WeakSet<object>();

/** The embedded store's Db and the counter of its driver (store.ts, when it opens one). */
export function countWritesOf(db: object, counter: Pick<WriteCounter, 'of'>): void {
  counters.set(db, { counter, root: db });
}

/** A transaction begun on `db` (transaction.ts): on the embedded store, its reads are kept as the store's. */
export function countWritesIn(tx: object, db: object): void {
  const counted = counters.get(db);
  if (!counted) return;
  counters.set(tx, counted);
  open.add(tx);
}

/** The transaction ended (committed or not): what it kept may be given to every caller. */
export function transactionEnded(tx: object): void {
  open.delete(tx);
}

/** the store Dbs whose callers share reads asked at about the same time (PostgreSQL's pools; never a transaction) */
const sharing = new WeakSet<object>();

/** A PostgreSQL store's own Db (store.ts): reads of one key asked together there are read once. */
export function shareReadsOf(db: object): void {
  sharing.add(db);
}

/** Reads of one key gathered at once, at most (coalesce.ts); and gatherings on their way at once. */
export const SHARED_READS = { most: 256, inFlight: 4 };

const frozen = <V>(value: V): V => {
  if (value !== null && typeof value === 'object') Object.freeze(value);
  return value;
};

/** The mark of these tables on this Db or transaction, or undefined where nothing may be kept. */
export function tablesMark(db: object, tables: readonly string[]): number | undefined {
  return counters.get(db)?.counter.of(tables);
}

/**
 * Values read from `tables`, by key, kept per store while those tables are unwritten; at most `max` per
 * store (the oldest go first), and only those `keep` accepts. A value is given to every caller as it was
 * read: it must not be changed (frozen, one level deep). A failed read keeps nothing.
 */
export class KeptReads<K, V> {
  /** `by`: the transaction that kept it, given to no one else while it is open */
  readonly #stores = new WeakMap<object, Map<K, { mark: number; value: V; by?: object }>>();

  constructor(
    readonly tables: readonly string[],
    private readonly opts: { max?: number; keep?: (value: V) => boolean } = {},
  ) {}

  /** on PostgreSQL, per store Db: the reads asked at about the same time, one per key */
  readonly #gathered = new WeakMap<object, Coalesced<{ key: K; read: () => Promise<V> }, PromiseSettledResult<V>>>();

  async get(db: object, key: K, read: () => Promise<V>): Promise<V> {
    const counted = counters.get(db);
    if (!counted) return sharing.has(db) ? this.#shared(db, key, read) : read();
    const mark = counted.counter.of(this.tables);
    const hit = this.#stores.get(counted.root)?.get(key);
    if (hit?.mark === mark && (hit.by === undefined || hit.by === db || !open.has(hit.by))) return hit.value;
    const value = await read();
    this.#keep(counted.root, db, key, value, mark);
    return value;
  }

  /**
   * Runs `write`, one statement naming each of these tables once as written, and keeps what `holds`
   * says they now hold for `key` (undefined: nothing). Kept only if the mark moved by that statement
   * alone: any other write to these tables in between, counted or not by name, keeps nothing.
   */
  async afterWrite<R>(db: object, key: K, write: () => Promise<R>, holds: (result: R) => V | undefined): Promise<R> {
    const counted = counters.get(db);
    const before = counted?.counter.of(this.tables);
    const result = await write();
    if (!counted || before === undefined) return result;
    const after = counted.counter.of(this.tables);
    const value = holds(result);
    if (after === before + this.tables.length && value !== undefined) this.#keep(counted.root, db, key, value, after);
    return result;
  }

  /** One read for each key asked in the gathering, given to each who asked it (frozen: several hold it); a failed read fails its own key's callers. */
  async #shared(db: object, key: K, read: () => Promise<V>): Promise<V> {
    let gathered = this.#gathered.get(db);
    if (!gathered) {
      gathered = new Coalesced(async (asked) => {
        const reads = new Map<K, Promise<PromiseSettledResult<V>>>();
        for (const a of asked) {
          // each read started in a promise of its own: one that throws before returning its promise
          // fails its own key's callers, not the whole gathering (test/attack/stop38-reads.test.ts)
          if (!reads.has(a.key)) reads.set(a.key, Promise.allSettled([Promise.resolve().then(a.read).then(frozen)]).then(([r]) => r!));
        }
        return Promise.all(asked.map((a) => reads.get(a.key)!));
      }, SHARED_READS);
      this.#gathered.set(db, gathered);
    }
    const r = await gathered.ask({ key, read });
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  }

  #keep(root: object, db: object, key: K, value: V, mark: number): void {
    if (this.opts.keep && !this.opts.keep(value)) return;
    let kept = this.#stores.get(root);
    if (!kept) this.#stores.set(root, (kept = new Map()));
    frozen(value);
    kept.delete(key);
    if (kept.size >= (this.opts.max ?? 10_000)) kept.delete(kept.keys().next().value as K);
    kept.set(key, db === root ? { mark, value } : { mark, value, by: db });
  }
}
