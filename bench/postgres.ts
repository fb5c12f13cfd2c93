// Throwaway databases on a PostgreSQL server, for the benches and for the tests that run on one: made
// by name (empty, or a copy of a template), read with one statement, dropped by name.
import pg from 'pg';

/** Runs one statement on the database of `url` over a connection of its own; its rows. */
export async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Makes database `name` on the server of `url` (a copy of `template` when given); the URL that names it. */
export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  await query(url, `create database ${name}${template ? ` template ${template}` : ''}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops database `name` on the server of `url`, closing its connections. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await query(url, `drop database if exists ${name} with (force)`);
}
