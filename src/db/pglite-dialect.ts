// A Kysely dialect for PGlite. PGlite is one Postgres session per process, so the driver hands out
// one connection at a time: callers queue on a mutex, which also serialises transactions. It counts the
// statements that may write (WriteCounter): the embedded store serves one process, so a count unchanged
// since a read means that nothing was written since, and what was read is what the store still holds.
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

/**
 * How many statements that may have written the store have run (and transactions ended). Read it before
 * a query; the same count later means the store is as that query saw it. A transaction holds the one
 * connection from its begin to its commit, so no read runs between its writes and its end.
 */
export class WriteCounter {
  n = 0;
}

/**
 * A statement that cannot write: a select without a WITH (a WITH may hold an insert, update or delete), or
 * raw SQL that is one and makes no table (`select … into`). A select calling a function that writes would
 * pass for a read: the schema has no functions (test/attack/write-mark.test.ts checks the migrations).
 */
export function isRead(query: CompiledQuery): boolean {
  const node = query.query as { kind: string; with?: unknown };
  if (node.kind === 'SelectQueryNode') return node.with === undefined;
  if (node.kind === 'RawNode') return /^\s*select\b/i.test(query.sql) && !/\binto\b/i.test(query.sql);
  return false;
}

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    private readonly writes: WriteCounter,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const read = isRead(query);
    try {
      const result = await this.pg.query<R>(query.sql, query.parameters as unknown[]);
      return {
        rows: result.rows,
        numAffectedRows: result.affectedRows !== undefined ? BigInt(result.affectedRows) : undefined,
      };
    } finally {
      if (!read) this.writes.n++;
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite');
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();
  readonly #connection: PGliteConnection;

  constructor(
    private readonly pg: PGlite,
    writes: WriteCounter,
  ) {
    this.#connection = new PGliteConnection(pg, writes);
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock();
    // One object per acquisition so a stale release cannot unlock someone else's turn.
    const connection = Object.create(this.#connection) as PGliteConnection;
    this.#releases.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await connection.executeQuery(CompiledQuery.raw(`begin${isolation}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(connection);
    this.#releases.delete(connection);
    release?.();
  }

  async destroy(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PGlite,
    readonly writes = new WriteCounter(),
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.writes);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
