// The database's types (src/db/schema.ts and src/db/tables/) are checked against the migrations: a store
// migrated from migrations/*.sql has exactly the tables and columns the types declare, and a column may
// be null exactly where its type (as read) admits null. So db/ holds the tables' types without importing
// any domain, and a migration that adds, drops or changes a column fails here until the types follow.
import { join } from 'node:path';
import ts from 'typescript';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../src/db/store.js';
import { freshStore } from './support/store.js';

const SCHEMA = join(import.meta.dirname, '..', 'src/db/schema.ts');

interface Column {
  /** undefined where the type reads the column as unknown (JSON): no claim either way */
  nullable: boolean | undefined;
}

/** Every table of the Database interface, each column with whether its selected type admits null. */
function declaredTables(): Map<string, Map<string, Column>> {
  const program = ts.createProgram([SCHEMA], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(SCHEMA)!;
  const database = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database')!;
  const type = checker.getTypeAtLocation(database.name);
  const tables = new Map<string, Map<string, Column>>();
  for (const table of checker.getPropertiesOfType(type)) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, database);
    const columns = new Map<string, Column>();
    for (const column of checker.getPropertiesOfType(tableType)) {
      let t = checker.getTypeOfSymbolAtLocation(column, database);
      // ColumnType<S, I, U> and Generated<T>: what a select reads is S
      const select = t.getProperty('__select__');
      if (select) t = checker.getTypeOfSymbolAtLocation(select, database);
      const parts = t.isUnion() ? t.types : [t];
      const opaque = (t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) !== 0;
      columns.set(column.name, { nullable: opaque ? undefined : parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0) });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

let store: Store;
beforeAll(async () => {
  store = await freshStore();
}, 60_000);
afterAll(async () => {
  await store.close();
});

it('the tables and columns the types declare are those the migrations make, null where null may be', async () => {
  const rows = (
    await sql<{ table_name: string; column_name: string; is_nullable: string }>`
      select table_name, column_name, is_nullable from information_schema.columns
      where table_schema = 'public' order by table_name, column_name`.execute(store.db)
  ).rows;
  const migrated = new Map<string, Map<string, Column>>();
  for (const r of rows) {
    if (!migrated.has(r.table_name)) migrated.set(r.table_name, new Map());
    migrated.get(r.table_name)!.set(r.column_name, { nullable: r.is_nullable === 'YES' });
  }
  const declared = declaredTables();
  for (const [t, cols] of declared) for (const [c, col] of cols) if (col.nullable === undefined) col.nullable = migrated.get(t)?.get(c)?.nullable ?? false;
  const describe = (m: Map<string, Map<string, Column>>) =>
    [...m].sort(([a], [b]) => a.localeCompare(b)).flatMap(([t, cols]) => [...cols].sort(([a], [b]) => a.localeCompare(b)).map(([c, { nullable }]) => `${t}.${c}${nullable ? ' null' : ''}`));
  expect(describe(declared)).toEqual(describe(migrated));
});
