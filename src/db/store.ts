// The store: one Kysely instance over PGlite (embedded, files under the data dir) or PostgreSQL
// (DATABASE_URL). Everything above this file speaks Kysely and plain PostgreSQL SQL only.
import { chmodSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type PgModule from 'pg';
import { m } from './messages.js';
import { KpcsError } from '../core/errors.js';
import { describeStore, embeddedBuffersSetting, embeddedFsyncSetting, intSetting, type StoreConfig } from '../core/config.js';
import { DurableNodeFS, type FsyncCounter } from './durable-nodefs.js';
import { makeTreePrivate, newFilesArePrivate, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, type PrivacyRepair } from '../core/files.js';
import { PGliteDialect, WriteCounter } from './pglite-dialect.js';
import { countWritesOf, shareReadsOf } from './kept.js';
import type { Database } from './schema.js';
import { AsyncLocalStorage } from 'node:async_hooks';

/** Inside onReplica (read-replica.ts): the replica's read-only transaction that a store's `db` stands for. */
export const replicaScope = new AsyncLocalStorage<Db>();

/** The database a store's `db` stands for now: the replica's transaction inside onReplica, else the primary. */
function currentDb(primary: Db): Db {
  return replicaScope.getStore() ?? primary;
}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Engine = 'pglite' | 'postgres';

export interface Store {
  /** the primary; inside onReplica (read-replica.ts), the replica's read-only transaction */
  readonly db: Db;
  /** PostgreSQL with KPCS_READ_DATABASE_URL: a streaming replica for public reads (read-replica.ts) */
  replica?: Db;
  /** the embedded instance (PGlite only): backups and test templates dump it */
  pglite?: PGlite;
  /** PGlite only (one process): the statements that may have written so far (writeMark) */
  writes?: Pick<WriteCounter, 'n' | 'of' | 'statements'>;
  engine: Engine;
  description: string;
  /** PGlite on disk with fsync on: how many fsyncs PostgreSQL made so far (tests, the bench) */
  fsyncs?: FsyncCounter;
  /** PGlite on disk: the data directory's files and folders checked on opening, and those made owner-only */
  privacy?: PrivacyRepair;
  /**
   * PostgreSQL only: a connection of its own, outside the pool (the start-up lock holds its transaction
   * open there while the work uses the pool: with KPCS_DB_POOL=1 a pooled one would wait for itself)
   */
  session?(): Promise<{ run(text: string): Promise<void>; end(): Promise<void> }>;
  /** runs a multi-statement SQL script (migrations); not for user input */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

// Both engines parse the same way: days stay 'yyyy-mm-dd' strings, bigints become numbers (our
// counters fit), numerics stay strings (money is converted deliberately, never by accident).
const OID = { int8: 20, numeric: 1700, date: 1082 } as const;
const identity = (v: string) => v;

export interface OpenOptions {
  /** PGlite only: start from this dumped data directory (tests use a migrated template) */
  loadDataDir?: Blob;
  /** PGlite only: keep the database in memory (tests) */
  inMemory?: boolean;
  /**
   * PGlite only: settings for writing millions of rows in one run (`kpcs simulate`): a larger buffer
   * pool, checkpoints spaced out, and no full-page images in the WAL. A killed process loses nothing
   * acknowledged (it tears no page in the kernel); a power cut DURING such a run may tear a data page
   * that no WAL image repairs: simulate into a new store, or back up first (docs/durability.md).
   */
  bulkLoad?: boolean;
}

// fsync on; through fsync(), the one sync call Emscripten passes on (its fdatasync does nothing)
const DURABLE_PARAMS = ['-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];

const BULK_LOAD_PARAMS = ['-c', 'shared_buffers=512MB', '-c', 'max_wal_size=4GB', '-c', 'checkpoint_timeout=30min', '-c', 'full_page_writes=off', '-c', 'wal_recycle=off'];

/** `pg` is loaded when a PostgreSQL store is opened: a program on the embedded store never loads it. */
const loadPg = async (): Promise<typeof PgModule> => (await import('pg')).default;

function postgresDb(pg: typeof PgModule, connectionString: string): Db {
  const pool = new pg.Pool({
    connectionString,
    // KPCS_DB_POOL: connections this process may hold (several processes share the server's max_connections)
    max: intSetting(process.env, 'KPCS_DB_POOL', 10),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === OID.int8) return (v: string) => Number(v);
        if (oid === OID.numeric || oid === OID.date) return identity;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // an idle connection the server drops (restart, failover) must not bring the process down:
  // the pool replaces it on the next query
  pool.on('error', (e) => process.stderr.write(`kpcs: an idle PostgreSQL connection failed (${e.message}); it will be replaced\n`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The replica's pool (KPCS_READ_DATABASE_URL); a replica that does not answer yet is not fatal: reads go to the primary. */
async function openReplica(pg: typeof PgModule, url: string): Promise<Db> {
  const replica = postgresDb(pg, url);
  await sql`select 1`.execute(replica).catch((e: Error) => process.stderr.write(`kpcs: the read replica (KPCS_READ_DATABASE_URL) does not answer yet (${e.message}); public reads go to the primary until it does\n`));
  return replica;
}

export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  if (config.databaseUrl) {
    const pg = await loadPg();
    const db = postgresDb(pg, config.databaseUrl);
    try {
      await sql`select 1`.execute(db);
    } catch (e) {
      await db.destroy();
      throw new KpcsError('internal', m('store.unreachable', { engine: 'PostgreSQL', where: describeStore(config), reason: (e as Error).message }));
    }
    const replica = config.readDatabaseUrl ? await openReplica(pg, config.readDatabaseUrl) : undefined;
    // reads of one key asked together share one round trip (kept.ts); on the primary's own Db only
    shareReadsOf(db);
    return {
      get db() {
        return currentDb(db);
      },
      ...(replica && { replica }),
      engine: 'postgres',
      description: describeStore(config),
      // no parameters → node-pg uses the simple protocol, which takes several statements
      execScript: async (script) => void (await sql.raw(script).execute(db)),
      session: async () => {
        const client = new pg.Client({ connectionString: config.databaseUrl });
        client.on('error', () => {});
        await client.connect();
        return { run: async (text) => void (await client.query(text)), end: () => client.end() };
      },
      close: async () => {
        await replica?.destroy();
        await db.destroy();
      },
    };
  }

  const releaseLock = options.inMemory ? () => {} : lockDataDir(config.dataDir);
  try {
    const pgDir = join(config.dataDir, 'pg');
    // Durability (docs/durability.md): on disk, PostgreSQL runs with fsync on, through a file system
    // that has one (durable-nodefs.ts): a COMMIT returns once its WAL is on the disk, which survives a
    // power cut. KPCS_EMBEDDED_FSYNC=off keeps PGlite's own -F (fsync off, and NODEFS has no fsync): a
    // COMMIT returns once its WAL is written to the kernel, which survives the death of the process only.
    const durable = !options.inMemory && (config.embeddedFsync ?? embeddedFsyncSetting());
    const fs = durable ? new DurableNodeFS(pgDir) : undefined;
    const pglite = new PGlite({
      dataDir: options.inMemory ? undefined : pgDir,
      ...(fs && { fs }),
      loadDataDir: options.loadDataDir,
      parsers: {
        [OID.int8]: (v: string) => Number(v),
        [OID.numeric]: identity,
        [OID.date]: identity,
      },
      serializers: { [pgliteTypes.INT8]: (v: unknown) => String(v) },
      // a COMMIT waits for its WAL (synchronous_commit), said explicitly so that no PGlite default or
      // copied postgresql.conf can change it; syncToFs after queries is a no-op on NODEFS either way
      relaxedDurability: false,
      startParams: [
        ...(durable ? PGlite.defaultStartParams.filter((p) => p !== '-F') : PGlite.defaultStartParams),
        '-c', 'synchronous_commit=on',
        ...(durable ? DURABLE_PARAMS : []),
        ...(options.bulkLoad ? BULK_LOAD_PARAMS : ['-c', `shared_buffers=${embeddedBuffersSetting()}`]),
      ],
    });
    await pglite.waitReady;
    // the store is its owner's alone (the WAL holds password hashes): whatever an earlier version, a
    // copy or a wide umask left, every file 0600 and folder 0700 (docs/security.md)
    const privacy = options.inMemory ? undefined : makeTreePrivate(config.dataDir);
    const writes = new WriteCounter();
    const dialect = new PGliteDialect(pglite, writes);
    const db = new Kysely<Database>({ dialect });
    countWritesOf(db, writes);
    return {
      db,
      pglite,
      writes,
      engine: 'pglite',
      description: options.inMemory ? 'embedded PGlite in memory' : describeStore(config),
      privacy,
      ...(fs && { fsyncs: fs.fsyncs }),
      execScript: async (script) => {
        try {
          // a migration may change what a prepared statement described (forgotten before and after,
          // none kept while it may run: pglite-statements.ts whileSchemaChanges)
          await dialect.statements.whileSchemaChanges(() => pglite.exec(script));
        } finally {
          writes.wrote('all');
        }
      },
      close: async () => {
        try {
          await db.destroy();
        } finally {
          releaseLock();
          // files the engine made during the session under a process's wider umask (a library caller):
          // narrowed again, best effort; the kpcs program runs with umask 077 and has nothing to narrow
          if (!options.inMemory && !newFilesArePrivate()) {
            try {
              makeTreePrivate(config.dataDir);
            } catch {
              /* the folder is 0700 already; the next open names what it cannot change */
            }
          }
        }
      },
    };
  } catch (e) {
    releaseLock();
    throw e;
  }
}

/** The data directories this process holds open: a second store on one of them is refused like another process's. */
const heldHere = new Set<string>();

/** A pid file still empty: read again for a moment (another process is between creating it and writing its pid). */
function holderOf(lockFile: string): number {
  for (let i = 0; i < 20; i++) {
    const text = readFileSync(lockFile, 'utf8');
    if (text !== '') return Number(text);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  return 0;
}

/**
 * PGlite is one session per process: two processes on one data directory would corrupt it, and so would
 * two stores of one process. A pid file guards the directory; a stale one (its process gone, or this
 * process's pid left by an earlier process that had it, as in a container where each start is pid 1)
 * is taken over; one being written (empty for a moment) is waited for.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // closed to others before the engine writes anything in it
  chmodSync(dataDir, PRIVATE_DIR_MODE);
  const lockFile = join(dataDir, 'kpcs.pid');
  const key = realpathSync(dataDir);
  if (heldHere.has(key)) throw new KpcsError('store_busy', m('dataDir.openHere', { dir: dataDir }));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: PRIVATE_FILE_MODE });
      heldHere.add(key);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(key);
        try {
          if (readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = holderOf(lockFile);
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new KpcsError(
          'store_busy',
          m('dataDir.inUse', { dir: dataDir, app: 'kpcs', pid: String(holder), command: '`kpcs serve`' }),
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new KpcsError('store_busy', m('dataDir.lock', { dir: dataDir }));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function dataDirExists(config: StoreConfig): boolean {
  return existsSync(join(config.dataDir, 'pg', 'PG_VERSION'));
}

/**
 * A mark of the store's writes, read before a query: while writeMark(s) stays equal to it, nothing was
 * written and what the query read is still what the store holds. Only on the embedded store, which one
 * process serves; undefined on PostgreSQL, where other processes write unseen (read again each time).
 */
export function writeMark(s: Store): number | undefined {
  return s.writes?.n;
}

