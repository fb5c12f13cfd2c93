// Backup and restore: everything comes back, on either engine, and a damaged backup changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines, freshStore } from './support/store.js';
import { openStore, type Store } from '../src/db/store.js';
import { migrate } from '../src/db/migrate.js';
import { backup, restore } from '../src/db/backup.js';
import { SYSTEM, localOperator } from '../src/auth/model.js';
import * as auth from '../src/accounts/service.js';
import * as passwords from '../src/accounts/sign-in.js';
import * as audit from '../src/audit/service.js';
import * as participants from '../src/participants/service.js';

async function counts(store: Store): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations' order by 1`.execute(store.db);
  const out: Record<string, number> = {};
  for (const t of tables.rows) out[t.table_name] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t.table_name)}`.execute(store.db)).rows[0]!.n;
  return out;
}

const emptyPglite = async () => {
  const s = await openStore({ dataDir: '/nonexistent' }, { inMemory: true });
  await migrate(s);
  return s;
};

describe.each(engines)('backup of a %s store', (engine) => {
  let store: Store;
  let file: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    const user = await auth.createUser(store.db, SYSTEM, { name: 'Backup Officer', member: 'NA', roles: ['officer'], password: 'a long password 2' });
    await auth.issueToken(store.db, SYSTEM, user.id);
    await participants.updateAuthority(store.db, localOperator('NA'), 'NA', { name: 'Diamond Commission, Windhoek', certificateValidityDays: 45 });
    file = join(mkdtempSync(join(tmpdir(), 'kpcs-backup-')), 'store.kpcs.gz');
    await backup(store, file);
  });
  afterAll(() => store.close());

  it('restores every row into an empty embedded store, with the audit chain intact', async () => {
    const target = await emptyPglite();
    try {
      const r = await restore(target, file);
      expect(await counts(target)).toEqual(await counts(store));
      expect(r.rows).toBe(Object.values(await counts(store)).reduce((a, b) => a + b, 0));
      expect((await audit.verifyChain(target.db)).problems).toEqual([]);
      expect((await participants.get(target.db, 'NA')).authority.name).toBe('Diamond Commission, Windhoek');
      expect((await participants.get(target.db, 'CG', '2004-08-01')).status).toBe('removed');
      // the restored user can still sign in with its password
      expect((await passwords.signIn(target.db, 'backup.officer', 'a long password 2')).user.participant).toBe('NA');
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over data', async () => {
    await expect(restore(store, file)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('not empty') });
  });

  it('refuses a truncated backup and leaves the target as it was', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const cut = `${file}.cut`;
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const target = await emptyPglite();
    try {
      const before = await counts(target);
      await expect(restore(target, cut)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('truncated') });
      expect(await counts(target)).toEqual(before);
      expect(before.participants).toBe(0);
    } finally {
      await target.close();
    }
  });
});
