// Logical backup and restore of the whole store: every table's rows as gzipped JSON lines, in an
// order that satisfies the foreign keys. Engine-neutral, so a PGlite store can be restored onto a
// PostgreSQL server and back. The audit chain is checked after a restore.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import { sql } from 'kysely';
import { m } from './messages.js';
import { KpcsError } from '../core/errors.js';
import { openPrivateFile } from '../core/files.js';
import { listMigrations } from './migrate.js';
import type { Db, Store } from './store.js';

export const BACKUP_FORMAT = 'kpcs-backup';
const BATCH = 2000;

interface Column {
  name: string;
  type: string;
}

interface TableInfo {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

async function tables(db: Db): Promise<TableInfo[]> {
  const cols = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position`.execute(db);
  const pks = await sql<{ table_name: string; column_name: string }>`
    select tc.table_name, kcu.column_name from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema and kcu.table_name = tc.table_name
    where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY' order by tc.table_name, kcu.ordinal_position`.execute(db);
  const deps = await sql<{ child: string; parent: string }>`
    select distinct tc.table_name as child, ccu.table_name as parent from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.table_schema = 'public' and tc.constraint_type = 'FOREIGN KEY'`.execute(db);
  const byName = new Map<string, TableInfo>();
  for (const c of cols.rows) {
    const t = byName.get(c.table_name) ?? { name: c.table_name, columns: [], primaryKey: [] };
    t.columns.push({ name: c.column_name, type: c.data_type });
    byName.set(c.table_name, t);
  }
  for (const k of pks.rows) byName.get(k.table_name)?.primaryKey.push(k.column_name);
  // parents before children
  const ordered: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (seen.has(name) || path.has(name)) return;
    path.add(name);
    for (const d of deps.rows) if (d.child === name && d.parent !== name) visit(d.parent, path);
    seen.add(name);
    const t = byName.get(name);
    if (t) ordered.push(t);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered;
}

function encode(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'bytea') return { $b64: Buffer.from(value as Uint8Array).toString('base64') };
  if (value instanceof Date) return value.toISOString();
  return value;
}

function decode(value: unknown, type: string): unknown {
  if (value === null) return null;
  if (type === 'bytea') return Buffer.from((value as { $b64: string }).$b64, 'base64');
  if (type === 'jsonb' || type === 'json') return JSON.stringify(value);
  return value;
}

export interface BackupReport {
  tables: number;
  rows: number;
  file: string;
}

export async function backup(store: Store, file: string, onProgress?: (table: string, rows: number) => void): Promise<BackupReport> {
  const out = createGzip();
  // the whole store, password hashes and sealed keys included: its owner's only, also over an older file
  const sink = createWriteStream(file, { fd: openPrivateFile(file) });
  out.pipe(sink);
  const write = async (obj: unknown) => {
    if (!out.write(`${JSON.stringify(obj)}\n`)) await once(out, 'drain');
  };
  const applied = (await store.db.selectFrom('schema_migrations').select('name').orderBy('name').execute()).map((r) => r.name);
  await write({ format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), engine: store.engine, migrations: applied });
  let total = 0;
  const all = (await tables(store.db)).filter((t) => t.name !== 'schema_migrations');
  for (const t of all) {
    await write({ table: t.name, columns: t.columns.map((c) => c.name) });
    const order = (t.primaryKey.length ? t.primaryKey : t.columns.map((c) => c.name)).map((c) => `"${c}"`).join(', ');
    for (let offset = 0; ; offset += BATCH) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t.name)} order by ${sql.raw(order)} limit ${BATCH} offset ${offset}`.execute(store.db);
      for (const r of rows.rows) await write(t.columns.map((c) => encode(r[c.name], c.type)));
      total += rows.rows.length;
      onProgress?.(t.name, rows.rows.length);
      if (rows.rows.length < BATCH) break;
    }
  }
  await write({ end: true, rows: total });
  out.end();
  await once(sink, 'finish');
  return { tables: all.length, rows: total, file };
}

/** Restores into a store that holds no data yet (migrated, not seeded). All or nothing. */
export async function restore(store: Store, file: string, onProgress?: (table: string, rows: number) => void): Promise<{ tables: number; rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: { format?: string; migrations?: string[] } = {};
  try {
    header = JSON.parse(first.value ?? '{}');
  } catch {
    /* reported below */
  }
  if (header.format !== BACKUP_FORMAT) throw new KpcsError('invalid_input', m('backup.notOurs', { file, app: 'kpcs' }));
  const known = listMigrations().map((m) => m.name);
  const unknown = (header.migrations ?? []).filter((m) => !known.includes(m));
  if (unknown.length) throw new KpcsError('invalid_input', m('backup.newer', { app: 'kpcs', migrations: unknown.join(', ') }));
  const ordered = await tables(store.db);
  const info = new Map(ordered.map((t) => [t.name, t]));
  // A store holds data once it has a registry or an audit entry; rows that migrations themselves
  // insert (e.g. an empty log head) are replaced by the backup's.
  for (const t of ['participants', 'audit_log']) {
    const n = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(store.db);
    if ((n.rows[0]?.n ?? 0) > 0) throw new KpcsError('conflict', m('backup.targetNotEmpty', { table: t }));
  }
  let rows = 0;
  let tableCount = 0;
  let ended = false;
  await store.db.transaction().execute(async (tx) => {
    for (const t of [...ordered].reverse()) if (t.name !== 'schema_migrations') await sql`delete from ${sql.table(t.name)}`.execute(tx);
    let current: { table: TableInfo; columns: string[] } | undefined;
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (!current || batch.length === 0) return;
      await tx.insertInto(current.table.name as never).values(batch as never).execute();
      onProgress?.(current.table.name, batch.length);
      rows += batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const item = JSON.parse(next.value) as unknown;
      if (Array.isArray(item)) {
        if (!current) throw new KpcsError('invalid_input', m('backup.rowsFirst'));
        const types = new Map(current.table.columns.map((c) => [c.name, c.type]));
        batch.push(Object.fromEntries(current.columns.map((c, i) => [c, decode(item[i], types.get(c) ?? 'text')])));
        if (batch.length >= 500) await flush();
        continue;
      }
      await flush();
      const meta = item as { table?: string; columns?: string[]; end?: boolean; rows?: number };
      if (meta.end) {
        if (meta.rows !== rows) throw new KpcsError('invalid_input', m('backup.count', { read: String(rows), announced: String(meta.rows) }));
        ended = true;
        break;
      }
      const table = info.get(meta.table ?? '');
      if (!table) throw new KpcsError('invalid_input', m('backup.unknownTable', { table: String(meta.table) }));
      current = { table, columns: meta.columns ?? [] };
      tableCount++;
    }
    if (!ended) throw new KpcsError('invalid_input', m('backup.truncated'));
  });
  return { tables: tableCount, rows };
}
