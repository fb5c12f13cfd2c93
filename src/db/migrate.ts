// Plain-SQL migrations, applied in name order, each atomically, recorded in schema_migrations.
// The same files run on PGlite and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Store } from './store.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function listMigrations(): { name: string; sql: string }[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(MIGRATIONS_DIR + name, 'utf8') }));
}

/** Applies what is missing; returns the names applied. */
export async function migrate(store: Store): Promise<string[]> {
  await sql`create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`.execute(store.db);
  const done = new Set((await store.db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name));
  const applied: string[] = [];
  for (const m of listMigrations()) {
    if (done.has(m.name)) continue;
    // DDL is transactional in PostgreSQL: a failing migration leaves nothing behind.
    try {
      await store.execScript(`begin;\n${m.sql}\n;\ninsert into schema_migrations (name) values ('${m.name}');\ncommit;`);
    } catch (e) {
      await store.execScript('rollback').catch(() => {});
      throw new Error(`migration ${m.name} failed: ${(e as Error).message}`);
    }
    applied.push(m.name);
    // VACUUM cannot run inside the migration's transaction. PostgreSQL's autovacuum makes the space
    // reusable, and a VACUUM FULL there would lock out the processes serving; the embedded store has
    // no autovacuum and only this process, so it compacts here what the migration rewrote.
    const tables = compactAfter(m.sql);
    if (tables.length > 0 && store.engine === 'pglite') await store.execScript(`vacuum full ${tables.join(', ')}`);
  }
  return applied;
}

/** The tables a migration names in a line `-- compact after: a, b`: rewritten by it, left with dead rows. */
export function compactAfter(text: string): string[] {
  const line = /^-- compact after: ([a-z_]+(?:, [a-z_]+)*)$/m.exec(text);
  return line ? line[1]!.split(', ') : [];
}
