// ATTACK (the embedded store's write mark, src/db/pglite-dialect.ts WriteCounter/isRead, src/db/store.ts
// writeMark): on PGlite a public look-up (lookup.ts lookUp) and the trust list (trust.ts servedTrustList)
// reuse what they read while no statement that may write has run since. Each test here reads first
// (so something is kept under the current mark), then changes the store through some path, then asks
// again: a kept answer after the change is a stale one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { freshStore } from '../support/store.js';
import { openStore, type Store } from '../../src/db/store.js';
import { isRead } from '../../src/db/pglite-dialect.js';
import { PUBLIC, localOperator } from '../../src/auth/model.js';
import { lookUp, renewVerificationCode } from '../../src/certificates/lookup.js';
import { servedTrustList } from '../../src/certificates/trust.js';
import { amend } from '../../src/certificates/amendment.js';
import * as checkpoints from '../../src/certificates/checkpoints.js';
import * as service from '../../src/certificates/service.js';
import { buildServer } from '../../src/http/server.js';
import { zaToIndia } from '../support/certificates.js';

const ZA = localOperator('ZA');
const IN = localOperator('IN');
const admin = localOperator();

describe('ATTACK: stale look-ups and trust lists on the embedded store (write mark)', () => {
  let s: Store;
  let app: FastifyInstance;
  const verify = async (number: string, code?: string) => {
    const res = await app.inject({ url: `/api/verify/${number}${code ? `?code=${encodeURIComponent(code)}` : ''}`, remoteAddress: `192.0.2.${Math.floor(Math.random() * 250) + 1}` });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> };
  };
  const trustList = async () => (await app.inject({ url: '/api/trust-list' })).json() as { generation?: number; keys: { keyId: string; revokedAt: string | null }[]; witnesses?: unknown[]; cancelled?: unknown };

  beforeAll(async () => {
    s = await freshStore('pglite');
    service.configure(s, { masterKey: randomBytes(32) });
    app = await buildServer({ store: s, webDir: null, verifyRateLimit: 100_000 });
  });
  afterAll(async () => {
    await app.close();
    await s.close();
  });

  it('HTTP routes: a confirmation, an amendment (cancel + replace), a renewed code and a key revocation each show at the next GET /api/verify', async () => {
    const issued = await service.issueWithCode(s, ZA, zaToIndia());
    const number = issued.certificate.number;
    const code = issued.verificationCode;
    expect((await verify(number, code)).body).toMatchObject({ verdict: 'genuine', confirmed: false });
    expect((await verify(number, code)).body).toMatchObject({ verdict: 'genuine', confirmed: false });
    await service.confirm(s, IN, number, { parcels: 3, carats: 1234.56, sealsIntact: true });
    expect((await verify(number, code)).body).toMatchObject({ verdict: 'genuine', confirmed: true });

    // renewed code: the old one refused at once
    const renewed = await renewVerificationCode(s, ZA, number);
    expect((await verify(number, code)).status).toBe(403);
    expect((await verify(number, renewed.verificationCode)).status).toBe(200);

    // amendment: cancel + replace in one transaction
    const other = await service.issue(s, ZA, zaToIndia());
    expect((await verify(other.number)).body).toMatchObject({ verdict: 'genuine' });
    const amended = await amend(s, ZA, other.number, { reason: 'two parcels', parcels: 2 } as never);
    expect((await verify(other.number)).body).toMatchObject({ verdict: 'cancelled' });
    expect(amended).toBeTruthy();

    // key revocation from before the certificate
    const signed = await service.issue(s, ZA, zaToIndia());
    expect((await verify(signed.number)).body).toMatchObject({ verdict: 'genuine' });
    await service.revokeKey(s, admin, signed.issuer.keyId, { at: new Date(Date.parse(signed.issuedAt) - 1).toISOString(), reason: 'stolen' });
    expect((await verify(signed.number)).body).toMatchObject({ verdict: 'revoked-key', valid: false });
  });

  it('a data-modifying CTE inside a select (Kysely `with`), and raw update SQL, are counted as writes', async () => {
    const a = await service.issue(s, ZA, zaToIndia());
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
    await s.db
      .with('c', (db) => db.updateTable('certificates').set({ cancelled_at: new Date(), cancel_reason: 'lost', cancel_salt: 'x' }).where('number', '=', a.number).returning('number'))
      .selectFrom('c')
      .selectAll()
      .execute();
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('cancelled');

    const b = await service.issue(s, ZA, zaToIndia());
    expect((await lookUp(s, PUBLIC, b.number)).verdict).toBe('genuine');
    await sql`update certificates set cancelled_at = now(), cancel_reason = 'lost', cancel_salt = 'x' where number = ${b.number}`.execute(s.db);
    expect((await lookUp(s, PUBLIC, b.number)).verdict).toBe('cancelled');

    // a raw `with … update … select` through sql``: a RawNode not starting with select, counted
    const c = await service.issue(s, ZA, zaToIndia());
    expect((await lookUp(s, PUBLIC, c.number)).verdict).toBe('genuine');
    await sql`with u as (update certificates set cancelled_at = now(), cancel_reason = 'lost', cancel_salt = 'x' where number = ${c.number} returning 1) select * from u`.execute(s.db);
    expect((await lookUp(s, PUBLIC, c.number)).verdict).toBe('cancelled');
  });

  it('a look-up queued behind an open transaction that cancels, then commits — or rolls back — never keeps what it should not', async () => {
    for (const outcome of ['commit', 'rollback'] as const) {
      const a = await service.issue(s, ZA, zaToIndia());
      expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
      let open!: () => void;
      const opened = new Promise<void>((r) => (open = r));
      let finish!: () => void;
      const gate = new Promise<void>((r) => (finish = r));
      const tx = s.db.transaction().execute(async (t) => {
        await t.updateTable('certificates').set({ cancelled_at: new Date(), cancel_reason: 'lost', cancel_salt: 'x' }).where('number', '=', a.number).execute();
        open();
        await gate;
        if (outcome === 'rollback') throw new Error('rolled back');
      });
      await opened;
      // look-ups and a trust list asked while the transaction holds the one connection
      const during = [lookUp(s, PUBLIC, a.number), lookUp(s, PUBLIC, a.number), servedTrustList(s)];
      await new Promise((r) => setTimeout(r, 20));
      finish();
      await tx.catch(() => {});
      const seen = await Promise.all(during);
      const want = outcome === 'commit' ? 'cancelled' : 'genuine';
      expect((seen[0] as { verdict: string }).verdict).toBe(want);
      expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe(want);
      expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe(want);
    }
  });

  it('the trust list: a key revoked, a witness added, a cancellation — each served signed anew at the next request', async () => {
    const a = await service.issue(s, ZA, zaToIndia());
    const first = await trustList();
    expect(await trustList()).toEqual(first);
    await service.cancel(s, ZA, a.number, { reason: 'lost' });
    const afterCancel = await trustList();
    expect(afterCancel.generation).toBeGreaterThan(first.generation!);
    // witness added
    const { generateKeyPair } = await import('../../src/certificates/signing.js');
    await checkpoints.addWitness(s, admin, 'witness.example', generateKeyPair().publicKey);
    const afterWitness = await trustList();
    expect(afterWitness.generation).toBeGreaterThan(afterCancel.generation!);
    // key revoked
    const b = await service.issue(s, ZA, zaToIndia());
    await service.revokeKey(s, admin, b.issuer.keyId, { at: new Date().toISOString(), reason: 'stolen' });
    const afterRevoke = await trustList();
    expect(afterRevoke.keys.find((k) => k.keyId === b.issuer.keyId)?.revokedAt).not.toBeNull();
    // a raw write to a listed table (the Chair of a year) through sql``
    expect(await trustList()).toEqual(afterRevoke);
    const r = await sql`update chairs set chair = case when chair = 'IN' then 'ZA' else 'IN' end where year = (select max(year) from chairs)`.execute(s.db);
    expect(Number(r.numAffectedRows)).toBe(1);
    const afterChair = await trustList();
    expect(afterChair.generation).toBeGreaterThan(afterRevoke.generation!);
  });

  // ---- where the write mark is blind (none of these paths is taken by the product's code today) ----

  it('BLIND (isRead): a `select f()` whose function writes is counted as a read — the look-up stays "genuine" after the cancellation it made', async () => {
    const a = await service.issue(s, ZA, zaToIndia());
    // the function made first (a write, counted)
    await sql.raw(`create function kpcs_attack_cancel(n text) returns int language plpgsql as $$ begin update certificates set cancelled_at = now(), cancel_reason = 'lost', cancel_salt = 'x' where number = n; return 1; end $$`).execute(s.db);
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
    const before = s.writes!.n;
    // a Kysely select without WITH (SelectQueryNode) and a raw `select`: both isRead, both write
    await s.db.selectNoFrom(sql<number>`kpcs_attack_cancel(${a.number})`.as('x')).execute();
    expect(s.writes!.n).toBe(before);
    expect((await s.db.selectFrom('certificates').select('cancelled_at').where('number', '=', a.number).executeTakeFirstOrThrow()).cancelled_at).not.toBeNull();
    // stale: the store holds a cancelled certificate, the look-up answers genuine
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
    // any later write clears it
    await sql`select 1`.execute(s.db);
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
    await s.execScript('select 1');
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('cancelled');
    await sql.raw('drop function kpcs_attack_cancel(text)').execute(s.db);
  });

  it('held (was blind): `select … into` makes a table and is counted as a write', async () => {
    const before = s.writes!.n;
    await sql.raw('select 1 as a into kpcs_attack_into').execute(s.db);
    expect(s.writes!.n).toBeGreaterThan(before);
    expect(isRead(sql.raw('select 1 as a into t').compile(s.db))).toBe(false);
    expect(isRead(sql.raw('select a from t').compile(s.db))).toBe(true);
  });

  it('the guard of the blind spot above: the migrations make no function (nor procedure) a select could call to write', () => {
    const dir = join(import.meta.dirname, '../../src/db/migrations');
    const made = readdirSync(dir).filter((f) => /create\s+(or\s+replace\s+)?(function|procedure)\b/i.test(readFileSync(join(dir, f), 'utf8')));
    expect(made).toEqual([]);
  });

  it('BLIND: a write through the PGlite object itself (s.pglite.query), not through Kysely, is not counted', async () => {
    const a = await service.issue(s, ZA, zaToIndia());
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
    await s.pglite!.query(`update certificates set cancelled_at = now(), cancel_reason = 'lost', cancel_salt = 'x' where number = $1`, [a.number]);
    expect((await lookUp(s, PUBLIC, a.number)).verdict).toBe('genuine');
    // and the trust list (a cancellation is in its fingerprint) is served as before, not signed anew
    await servedTrustList(s);
    const before = (await servedTrustList(s)).etag;
    await s.pglite!.query(`update certificates set cancelled_at = now(), cancel_reason = 'lost', cancel_salt = 'x' where number = (select number from certificates where cancelled_at is null limit 1)`);
    expect((await servedTrustList(s)).etag).toBe(before);
  });
});

describe('ATTACK: one data directory opened twice in one process', () => {
  it('held (was broken: lockDataDir took over its own pid): a second openStore on the same folder is refused while the first is open, and allowed once it is closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-attack-twice-'));
    const first = await openStore({ dataDir: dir });
    try {
      await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'store_busy', message: expect.stringContaining('open already in this process') });
    } finally {
      await first.close();
    }
    const again = await openStore({ dataDir: dir });
    await again.close();
  });
});

describe('ATTACK: the data directory lock read between its creation and its pid (lockDataDir)', () => {
  it('held (was broken: an empty kpcs.pid was taken over at once): a pid file written a moment after it was made is waited for and honoured', async () => {
    const { writeFileSync } = await import('node:fs');
    const { spawn } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-attack-emptypid-'));
    const lockFile = join(dir, 'kpcs.pid');
    writeFileSync(lockFile, '');
    // another process, between creating the file and writing its pid (a live pid: this test's parent)
    const writer = spawn('sh', ['-c', `sleep 0.05; printf %s ${process.ppid} > ${lockFile}`]);
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'store_busy', message: expect.stringContaining(`pid ${process.ppid}`) });
    await new Promise((r) => (writer.exitCode !== null ? r(undefined) : writer.once('exit', r)));
  });
});
