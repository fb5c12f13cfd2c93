// Runs once per `vitest run`: migrates and seeds one template store per engine, so each test file
// starts from a copy (PGlite: a dumped data dir loaded in memory; PostgreSQL: CREATE DATABASE … TEMPLATE)
// instead of migrating hundreds of times.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.js';
import { openStore } from '../../src/db/store.js';
import { openReadyStore } from '../../src/setup.js';
import * as participants from '../../src/participants/service.js';


function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const dir = join(tmpdir(), `kpcs-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });

  const store = await openStore({ dataDir: dir }, { inMemory: true });
  await migrate(store);
  await participants.seedIfEmpty(store.db);
  const pglite = store.pglite;
  if (!pglite) throw new Error('the PGlite store does not expose its instance for the test template');
  const blob = await pglite.dumpDataDir('none');
  const templateFile = join(dir, 'template.tar');
  writeFileSync(templateFile, Buffer.from(await blob.arrayBuffer()));
  await store.close();
  project.provide('pgliteTemplate', templateFile);

  // the same on disk, for the program's commands (test/support/cli.ts readyDataDir)
  const cliTemplate = join(dir, 'cli-store');
  await (await openReadyStore({ dataDir: cliTemplate, databaseUrl: '' })).close();
  project.provide('cliTemplate', cliTemplate);

  const url = process.env.TEST_DATABASE_URL;
  project.provide('postgresUrl', url ?? '');
  if (!url) return;
  // Names carry this run's pid, so parallel runs on one server leave each other alone.
  const prefix = `kpcs_test_${process.pid}_`;
  const templateDb = `${prefix}template`;
  project.provide('postgresPrefix', prefix);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await dropTestDatabases(admin, (name) => name.startsWith(prefix) || !runIsAlive(name));
  await admin.query(`create database ${templateDb}`);
  const pgStore = await openStore({ databaseUrl: withDatabase(url, templateDb), dataDir: dir });
  await migrate(pgStore);
  await participants.seedIfEmpty(pgStore.db);
  await pgStore.close();

  return async () => {
    await dropTestDatabases(admin, (name) => name.startsWith(prefix));
    await admin.end();
  };
}

async function dropTestDatabases(admin: pg.Client, which: (name: string) => boolean) {
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'kpcs\\_test\\_%'");
  for (const r of rows.filter((r) => which(r.datname))) await admin.query(`drop database if exists ${r.datname} with (force)`);
}

/** A database left by a run whose process is gone (killed mid-run) may be dropped. */
function runIsAlive(name: string): boolean {
  const pid = Number(/^kpcs_test_(\d+)_/.exec(name)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    cliTemplate: string;
    postgresUrl: string;
    postgresPrefix: string;
  }
}
