// Statements on the embedded store, each prepared once by its text and then run in one call into the
// engine. PGlite's own `query` makes six calls per statement (parse, describe, bind, describe,
// execute, sync), each a turn of PostgreSQL's main loop in WebAssembly, and parses and plans the text
// every time. Here a text is parsed and described once, as a named statement of PGlite's one session;
// after that a statement is one message (bind, describe, execute, sync) and one call, and PostgreSQL
// reuses what it analysed (and, as its plan cache decides, the plan). Parameters are written and rows read
// exactly as PGlite's `query` does: by the types PostgreSQL described, with the instance's serializers
// and parsers. Measured in docs/performance.md.
//
// When to forget what is prepared lives here too: after a statement that may change the schema
// (statement-kind.ts), at the end of the transaction of one, and around a script (whileSchemaChanges).
import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import { mayChangeSchema } from './statement-kind.js';

const S = protocol.serialize;
/** named statements kept at most (the least recently used is closed first) */
const MAX_PREPARED = 256;
/**
 * A statement with more parameters is prepared for its run only: a list of ids (`id in ($1, …, $1000)`) is
 * another text at each length, and each kept held some 200 KB of the engine's memory (256 of them about
 * 51 MB). The program's frequent statements take far fewer; its large batches go as one JSON parameter.
 */
const MAX_KEPT_PARAMETERS = 64;

export interface StatementResult<R> {
  rows: R[];
  affectedRows?: number;
}

interface Prepared {
  name: string;
  /** the parameters' types, as PostgreSQL described them */
  types: number[];
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether the session is inside a transaction block; true when it cannot say (closed: its state is gone). */
export function inTransaction(pg: PGlite): boolean {
  try {
    return pg.closed || pg.isInTransaction();
  } catch {
    return true;
  }
}

export class PreparedStatements {
  readonly #prepared = new Map<string, Prepared>();
  /** statements to close with the next call (evicted, or forgotten after a change of the schema) */
  #closing: string[] = [];
  #seq = 0;
  /** scripts running that may change the schema (whileSchemaChanges) */
  #scripts = 0;
  /** a statement changed the schema inside a transaction still open: its rollback may undo the change */
  #changeOpen = false;

  constructor(private readonly pg: PGlite) {}

  /**
   * Forgets every prepared statement: after a change of the schema (a migration, any DDL) a prepared
   * `select *` may no longer return the columns it was described with.
   */
  reset(): void {
    for (const p of this.#prepared.values()) this.#closing.push(p.name);
    this.#prepared.clear();
  }

  /**
   * Runs a script that may change the schema (store.ts execScript). Forgetting the statements only after
   * it is not enough: a statement queued behind the script on PGlite's lock runs before the script's
   * caller resumes, with its parameters' old types, which PostgreSQL then converts to the new column
   * (a date to a timestamptz at midnight: test/attack/prepared-statements.test.ts). While it may run,
   * statements are prepared for one run and not kept.
   */
  async whileSchemaChanges<T>(run: () => Promise<T>): Promise<T> {
    this.#scripts++;
    this.reset();
    try {
      return await run();
    } finally {
      this.#scripts--;
      this.reset();
    }
  }

  /**
   * Runs one statement with its parameters: its rows parsed, and the rows it changed. A statement that may
   * change the schema forgets what is prepared, before and after it; so does the end of its transaction,
   * and while that transaction is open nothing prepared is kept, since a rollback (of it, or to a
   * savepoint) brings back the schema that a statement prepared meanwhile would not describe.
   */
  query<R>(text: string, params: readonly unknown[]): Promise<StatementResult<R>> {
    // PGlite's lock of its session: a script run meanwhile (execScript) waits, as it does for `query`
    return this.pg.runExclusive(async () => {
      const changes = mayChangeSchema(text);
      if (changes) this.reset();
      try {
        return await this.#run<R>(text, params);
      } finally {
        // after a change of the schema, and at the end of its transaction (a rollback may undo it)
        if (changes || this.#changeOpen) {
          this.reset();
          this.#changeOpen = inTransaction(this.pg);
        }
      }
    });
  }

  async #run<R>(text: string, params: readonly unknown[]): Promise<StatementResult<R>> {
    // refused as PGlite's query refuses it (the engine closing or closed: nothing may be sent to it)
    await this.pg._checkReady();
    // while the schema may change under it or back, a statement is prepared unnamed, for this run only;
    // so is one with a long list of parameters
    const keep = this.#scripts === 0 && !this.#changeOpen && params.length <= MAX_KEPT_PARAMETERS;
    const prepared = (keep && this.#prepared.get(text)) || (await this.#prepare(text, keep));
    if (keep) {
      // the most recently used last: the first is the one to close when there are too many
      this.#prepared.delete(text);
      this.#prepared.set(text, prepared);
    }
    const values = params.map((v, i) => {
      if (v === null || v === undefined) return null;
      const serialize = this.pg.serializers[prepared.types[i]!];
      return serialize ? serialize(v) : String(v);
    });
    const { messages } = await this.pg.execProtocol(
      concat([...this.#closes(), S.bind({ statement: prepared.name, values }), S.describe({ type: 'P' }), S.execute({}), S.sync()]),
      { syncToFs: false },
    );
    const [result] = parse.parseResults(messages, this.pg.parsers, {});
    return { rows: (result?.rows ?? []) as R[], affectedRows: result?.affectedRows };
  }

  async #prepare(text: string, keep: boolean): Promise<Prepared> {
    const name = keep ? `kpcs_${++this.#seq}` : '';
    const { messages } = await this.pg.execProtocol(
      concat([...this.#closes(), S.parse({ name, text, types: [] }), S.describe({ type: 'S', name }), S.sync()]),
      { syncToFs: false },
    );
    const description = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs?: number[] } | undefined;
    const prepared = { name, types: description?.dataTypeIDs ?? [] };
    if (!keep) return prepared;
    this.#prepared.set(text, prepared);
    if (this.#prepared.size > MAX_PREPARED) {
      const [oldest, p] = this.#prepared.entries().next().value as [string, Prepared];
      this.#prepared.delete(oldest);
      this.#closing.push(p.name);
    }
    return prepared;
  }

  /** Close messages for the statements let go (sent ahead of the next call's own messages). */
  #closes(): Uint8Array[] {
    if (this.#closing.length === 0) return [];
    const closes = this.#closing.map((name) => S.close({ type: 'S', name }));
    this.#closing = [];
    return closes;
  }
}
