// Databases of their own for the tests that run on PostgreSQL (TEST_DATABASE_URL): each named with
// this run's prefix (test/support/global-setup.ts drops them afterwards), and one statement at a time.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase } from '../../bench/postgres.js';

export { query } from '../../bench/postgres.js';

/** A new, empty database on the test server, named `<run prefix><tag>_<random>`: its URL and name. */
export async function newDatabase(tag: string): Promise<{ url: string; name: string }> {
  const name = `${inject('postgresPrefix')}${tag}_${randomBytes(4).toString('hex')}`;
  return { url: await createDatabase(inject('postgresUrl'), name), name };
}
