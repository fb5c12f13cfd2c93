// A Kysely dialect for PGlite. PGlite is one Postgres session per process, so the driver hands out
// one connection at a time: callers queue on a mutex, which also serialises transactions. It counts the
// statements that may write (WriteCounter): the embedded store serves one process, so a count unchanged
// since a read means that nothing was written since, and what was read is what the store still holds.
import type { PGlite } from '@electric-sql/pglite';
import { inTransaction, PreparedStatements } from './pglite-statements.js';
import { DATA_STATEMENTS, leadingKeyword, TRANSACTION_MARKS } from './statement-kind.js';
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
 *
 * Per table too (`of`): each statement that may write counts once for each table it names as written
 * (insert into, update, delete from), and once for all tables (`all`) when it may write tables it does
 * not name that way (a script, DDL, `select … into`) or when a transaction is rolled back (what was
 * written in it is undone), as it will be once a statement in it failed (its COMMIT then rolls back
 * without an error). A commit changes no table that its statements did not already count.
 */
export class WriteCounter {
  n = 0;
  /** every statement run, read or write (the bench's statements a request) */
  statements = 0;
  all = 0;
  readonly #tables = new Map<string, number>();

  /** A mark of these tables: it changes whenever one of them may have been written (sums of counts that only grow). */
  of(tables: readonly string[]): number {
    let mark = this.all;
    for (const t of tables) mark += this.#tables.get(t) ?? 0;
    return mark;
  }

  /** Counts a statement that may have written (`writtenTables` of its text). */
  wrote(tables: readonly string[] | 'all'): void {
    this.n++;
    if (tables === 'all') this.all++;
    else for (const t of tables) this.#tables.set(t, (this.#tables.get(t) ?? 0) + 1);
  }
}

const NAME = '(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)';
// a name may be qualified (schema.table, even database.schema.table), and after ONLY be in parentheses
// (a quoted name may follow its keyword with no space: `update"t"set …`)
const WRITE_TARGET = new RegExp(String.raw`\b(?:insert\s+into|update|delete\s+from)(?:\s+|(?="))(?:only\b\s*(?:\(\s*)?)?(${NAME}(?:\s*\.\s*${NAME})*)`, 'gi');
const NAMES = new RegExp(NAME, 'gi');

/**
 * The tables a statement that may write names as written, or 'all' when it may write others. Only
 * statements that begin with select, with, insert, update or delete are read for table names (and none
 * with a `select … into`, a dollar-quoted body or a quoted string that could hide a keyword, a comment
 * that could stand between a keyword and its table, or a U&"…" name whose escapes could spell one);
 * anything else may write anything. A `for update` or `do update set` adds a name that is no table:
 * harmless, a mark changes too often rather than too rarely.
 */
export function writtenTables(sql: string): readonly string[] | 'all' {
  // COMMIT PREPARED (another kind) commits what another, prepared, transaction wrote
  const kind = leadingKeyword(sql);
  if (TRANSACTION_MARKS.has(kind)) return [];
  if (!DATA_STATEMENTS.has(kind) || /\$\w*\$|'|--|\/\*|\bu&"/i.test(sql)) return 'all';
  if (/\binto\b/i.test(sql.replace(/\binsert\s+into\b/gi, ''))) return 'all';
  const tables = new Set<string>();
  for (const [, target] of sql.matchAll(WRITE_TARGET)) {
    const last = target!.match(NAMES)!.at(-1)!;
    tables.add(last.startsWith('"') ? last.slice(1, -1).replaceAll('""', '"') : last.toLowerCase());
  }
  return [...tables];
}

const WRITTEN_KEPT = 512;
/** longer texts are read each time: a bulk insert's values list would make the map hold megabytes */
const WRITTEN_KEPT_LENGTH = 4096;
const writtenKept = new Map<string, readonly string[] | 'all'>();

/** writtenTables of a text, remembered: the program sends the same few hundred texts again and again. */
function writtenTablesOf(sql: string): readonly string[] | 'all' {
  if (sql.length > WRITTEN_KEPT_LENGTH) return writtenTables(sql);
  let written = writtenKept.get(sql);
  if (written === undefined) {
    written = writtenTables(sql);
    if (writtenKept.size >= WRITTEN_KEPT) writtenKept.clear();
    writtenKept.set(sql, written);
  }
  return written;
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
    private readonly statements: PreparedStatements,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const written = isRead(query) ? undefined : writtenTablesOf(query.sql);
    this.writes.statements++;
    let failed = true;
    try {
      const result = await this.statements.query<R>(query.sql, query.parameters);
      failed = false;
      return {
        rows: result.rows,
        numAffectedRows: result.affectedRows !== undefined ? BigInt(result.affectedRows) : undefined,
      };
    } finally {
      // a statement failed inside a transaction (a read too): the transaction is aborted, and its COMMIT
      // will roll back without an error (PostgreSQL answers ROLLBACK): what it wrote may all be undone
      if (failed && inTransaction(this.pg)) this.writes.wrote('all');
      // a commit that fails has rolled back
      else if (written) this.writes.wrote(failed && /^\s*(?:commit|end)\b/i.test(query.sql) ? 'all' : written);
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
    statements: PreparedStatements,
  ) {
    this.#connection = new PGliteConnection(pg, writes, statements);
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
  /** the statements prepared on the engine's session (a script that may change the schema runs through it: store.ts) */
  readonly statements: PreparedStatements;

  constructor(
    private readonly pg: PGlite,
    readonly writes = new WriteCounter(),
  ) {
    this.statements = new PreparedStatements(pg);
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.writes, this.statements);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
