// ATTACK (stop 38), second part: reads of one key shared by the callers asking it at about the same time
// on PostgreSQL (KeptReads on a store's own Db, src/db/kept.ts) and the look-ups' state reads gathered
// (src/certificates/lookup.ts). Two stores on one database stand for two processes: a change committed
// through one before a request arrives must show to that request on the other, while reads of the same
// key are on their way; no answer goes to another caller; a failing read fails its own callers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { engines, twoStores } from '../support/store.js';
import { people, type Person } from '../support/app.js';
import { zaToIndia } from '../support/certificates.js';
import type { Engine, Store } from '../../src/db/store.js';
import { KeptReads } from '../../src/db/kept.js';
import { buildServer } from '../../src/http/server.js';
import { actorFromToken, updateUser } from '../../src/accounts/service.js';
import { SYSTEM, localOperator } from '../../src/auth/model.js';
import * as service from '../../src/certificates/service.js';

const onPostgres = engines.includes('postgres') ? describe : describe.skip;

onPostgres('ATTACK: one read shared by the callers of one key (KeptReads on PostgreSQL)', () => {
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    [a, b] = await twoStores('postgres');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });
  const text = (q: Store, v: string) => async () => (await sql<{ v: string }>`select ${v}::text as v`.execute(q.db)).rows[0]!.v;

  it('held: keys that would join alike (a NUL, "|", ",", "\\n" inside) and 600 distinct keys at once: each caller its own key\'s value', async () => {
    const reads = new KeptReads<string, string>(['users']);
    const keys = ['a\u0000b', 'a', 'b', 'a|b', 'a,b', 'a\nb', '', '\u{1F48E}'.repeat(500), ...Array.from({ length: 600 }, (_, i) => `k${i}`)];
    // the value is the key, made safe for PostgreSQL text (a NUL it cannot hold)
    const safe = (k: string) => k.replaceAll('\u0000', '<NUL>');
    const got = await Promise.all([...keys, ...keys].map((k) => reads.get(a.db, k, text(a, safe(k)))));
    expect(got).toEqual([...keys, ...keys].map(safe));
  });

  it('held: a read that fails in the store (a NUL PostgreSQL text cannot hold, 1/0) fails its own key\'s callers only; the next gathering reads', async () => {
    const reads = new KeptReads<string, string>(['users']);
    const asked = [
      reads.get(a.db, 'nul', text(a, 'x\u0000y')),
      reads.get(a.db, 'ok', text(a, 'fine')),
      reads.get(a.db, 'div', async () => (await sql<{ v: string }>`select (1/0)::text as v`.execute(a.db)).rows[0]!.v),
      reads.get(a.db, 'ok', text(a, 'fine')),
    ];
    const settled = await Promise.allSettled(asked);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await reads.get(a.db, 'nul', text(a, 'now'))).toBe('now');
  });

  // A read that throws before it returns its promise (a query that cannot be built, a bad argument
  // checked first) threw inside the gathering's batch function: the whole batch failed, so callers of
  // every other key gathered with it got that error — the contract says a failed read fails its own key's.
  it('broke and mended: a read that threw at once failed every other key gathered with it', async () => {
    const reads = new KeptReads<string, string>(['users']);
    const bad = (): Promise<string> => {
      throw new Error('no such participant code');
    };
    const settled = await Promise.allSettled([reads.get(a.db, 'ok', text(a, 'fine')), reads.get(a.db, 'bad', bad)]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('held: while 50 reads of a token are on their way, roles changed through the other process show to the next caller', async () => {
    const ps = await people(a.db, [['r', 'ZA', ['officer']]]);
    const { token, id } = ps.r!;
    for (let round = 0; round < 3; round++) {
      const roles = round % 2 ? ['officer'] : ['customs'];
      const flying = Array.from({ length: 50 }, () => actorFromToken(a.db, token));
      await updateUser(b.db, SYSTEM, id, { roles });
      const after = await actorFromToken(a.db, token);
      expect(after.roles).toEqual(roles);
      await Promise.all(flying);
    }
    await updateUser(b.db, SYSTEM, id, { revokeTokens: true });
    await expect(actorFromToken(a.db, token)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('held: 300 requests of five tokens at once: each actor is its own token\'s, frozen (no caller may change what others hold)', async () => {
    const ps = await people(a.db, Array.from({ length: 5 }, (_, i) => [`t${i}`, 'ZA', ['officer']] as [string, string, string[]]));
    const all = Object.values(ps);
    const asked = Array.from({ length: 300 }, (_, i) => all[(i * 7) % 5]!);
    const got = await Promise.all(asked.map((p) => actorFromToken(a.db, p.token)));
    got.forEach((actor, i) => expect(actor.userId).toBe(asked[i]!.id));
    expect(got.every((x) => Object.isFrozen(x) && Object.isFrozen(x.roles))).toBe(true);
  });
});

describe.each(engines)('ATTACK: look-ups and tokens gathered, two processes, on %s', (engine: Engine) => {
  let a: Store;
  let b: Store;
  const apps: FastifyInstance[] = [];
  let ps: Record<string, Person>;
  const ZA = localOperator('ZA');
  const issued: { number: string; code: string }[] = [];
  beforeAll(async () => {
    [a, b] = await twoStores(engine);
    const masterKey = randomBytes(32);
    service.configure(a, { masterKey });
    service.configure(b, { masterKey });
    for (const s of [a, b]) apps.push(await buildServer({ store: s, webDir: null, verifyRateLimit: 100_000 }));
    ps = await people(a.db, [['u', 'ZA', ['officer']], ['v', 'IN', ['officer']]]);
    // issued at once (the reads of one key shared among them on PostgreSQL)
    for (const x of await Promise.all(Array.from({ length: 4 }, () => service.issueWithCode(a, ZA, zaToIndia())))) issued.push({ number: x.certificate.number, code: x.verificationCode });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await b.close();
    await a.close();
  });
  const verify = (app: FastifyInstance, number: string, code?: string) =>
    app.inject({ method: 'GET', url: `/api/verify/${encodeURIComponent(number)}${code ? `?code=${encodeURIComponent(code)}` : ''}` });

  it('held: 200 look-ups at once of four numbers, each with its own or another\'s code: each answers its number, a code of another is refused', async () => {
    const asked = Array.from({ length: 200 }, (_, i) => ({ n: issued[i % 4]!, c: issued[(i % 4) + (i % 3 === 0 ? 1 : 0)] ?? issued[0]! }));
    const answers = await Promise.all(asked.map(({ n, c }, i) => verify(apps[i % 2]!, n.number, c.code)));
    answers.forEach((r, i) => {
      const { n, c } = asked[i]!;
      if (c === n) {
        expect(r.statusCode).toBe(200);
        expect(r.json()).toMatchObject({ number: n.number, verdict: 'genuine', disclosure: 'holder' });
      } else expect(r.statusCode).toBe(403);
    });
  });

  it('held: odd numbers gathered with real ones (empty, unicode digits, too long, NUL, lower case) answer alone; the real ones stay genuine', async () => {
    const odd = ['', ' ', 'ZA-2026-00000\u0661', 'za-2026-000001', `ZA-2026-${'9'.repeat(40)}`, 'ZA-2026-000001\u0000', '\u{1F48E}-2026-000001', 'ZA-\u0000026-000001', '..', '%'];
    const asked = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? issued[i % 4]!.number : odd[i % odd.length]!));
    const answers = await Promise.all(asked.map((n, i) => verify(apps[i % 2]!, n)));
    expect(answers.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    answers.forEach((r, i) => {
      if (i % 3 === 0) expect(r.json()).toMatchObject({ number: asked[i], verdict: 'genuine' });
      else if (r.statusCode === 200) expect(r.json()).toMatchObject({ verdict: 'not-in-log', valid: false });
      else expect([400, 404]).toContain(r.statusCode);
    });
  });

  it('held: a cancellation committed through the other process while look-ups of it are on their way shows at the next one', async () => {
    const { number } = issued[3]!;
    const flying = Array.from({ length: 40 }, (_, i) => verify(apps[i % 2]!, number));
    await service.cancel(b, ZA, number, { reason: 'lost' });
    for (const app of apps) expect((await verify(app, number)).json()).toMatchObject({ number, verdict: 'cancelled' });
    expect((await Promise.all(flying)).every((r) => r.statusCode === 200)).toBe(true);
  });

  it('held: a token revoked through the other process while 40 requests of it are on their way is refused at the next request', async () => {
    const session = (app: FastifyInstance, key: string) => app.inject({ url: '/api/session', headers: { authorization: `Bearer ${ps[key]!.token}` } });
    const flying = Array.from({ length: 40 }, (_, i) => session(apps[i % 2]!, i % 2 ? 'u' : 'v'));
    await updateUser(b.db, SYSTEM, ps.u!.id, { revokeTokens: true });
    for (const app of apps) expect((await session(app, 'u')).statusCode).toBe(401);
    // the other token is untouched, and no request was answered with another's user
    const still = await Promise.all(apps.map((app) => session(app, 'v')));
    expect(still.map((r) => r.json().user.id)).toEqual([ps.v!.id, ps.v!.id]);
    for (const [i, r] of (await Promise.all(flying)).entries()) {
      if (r.statusCode === 200) expect(r.json().user.id).toBe(ps[i % 2 ? 'u' : 'v']!.id);
      else expect(r.statusCode).toBe(401);
    }
  });
});
