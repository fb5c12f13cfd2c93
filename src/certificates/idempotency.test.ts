// Idempotency-Key on POST /api/certificates: a retry gets the same certificate (same status, same
// body), never a second; the key with another request is refused (422) and writes nothing; retries
// sent together — on one server, and on PostgreSQL through two servers with pools of their own, as two
// processes have — issue exactly one certificate; keys are per user; expired keys are pruned.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, processStores } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { buildServer } from '../http/server.js';
import { SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as certificates from './service.js';
import { prune } from './idempotency.js';

const request = (carats = 100) => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats, valueUsd: 50_000 }],
  parcels: 1,
});

describe.each(engines)('Idempotency-Key on issuance on %s', (engine) => {
  const stores: Store[] = [];
  const apps: FastifyInstance[] = [];
  let token = '';
  let other = '';

  beforeAll(async () => {
    stores.push(...(await processStores(engine)));
    const masterKey = randomBytes(32);
    for (const s of stores) {
      certificates.configure(s, { masterKey, publicUrl: 'https://kpcs.example.org' });
      apps.push(await buildServer({ store: s, webDir: null }));
    }
    const db = stores[0]!.db;
    token = (await auth.issueToken(db, SYSTEM, (await auth.createUser(db, SYSTEM, { name: 'ZA Officer', login: 'za.idem', member: 'ZA', roles: ['officer'] })).id)).token;
    other = (await auth.issueToken(db, SYSTEM, (await auth.createUser(db, SYSTEM, { name: 'ZA Officer 2', login: 'za.idem2', member: 'ZA', roles: ['officer'] })).id)).token;
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const s of stores) await s.close();
  });

  const post = (body: unknown, key?: string, tok = token, app = apps[0]!) =>
    app.inject({ method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${tok}`, ...(key !== undefined && { 'idempotency-key': key }) }, payload: body as object });
  const count = async () => Number((await stores[0]!.db.selectFrom('certificates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('answers a retry with the same certificate: same status and body, no second certificate, no second code', async () => {
    const before = await count();
    const first = await post(request(101), 'retry-1');
    expect(first.statusCode).toBe(201);
    expect(first.headers['kpcs-verification-code']).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const again = await post(request(101), 'retry-1');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['kpcs-verification-code']).toBeUndefined();
    expect(await count()).toBe(before + 1);
    // the same body with no key, or another key, is a new certificate
    expect((await post(request(101))).statusCode).toBe(201);
    expect((await post(request(101), 'retry-2')).json().number).not.toBe(first.json().number);
    expect(await count()).toBe(before + 3);
  });

  it('refuses the same key with another request: 422 idempotency_key_reused, nothing written', async () => {
    const first = await post(request(102), 'reuse-1');
    const before = await count();
    const audits = Number((await stores[0]!.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const other = await post(request(103), 'reuse-1');
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(other.json().message).toContain(first.json().number);
    expect(await count()).toBe(before);
    expect(Number((await stores[0]!.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(audits);
  });

  it('keeps keys per user: another officer with the same key gets a certificate of his own', async () => {
    const a = await post(request(104), 'shared-key');
    const b = await post(request(104), 'shared-key', other);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json().number).not.toBe(a.json().number);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key with 400', async () => {
    const res = await post(request(105), 'x'.repeat(256));
    expect(res.statusCode).toBe(400);
    expect((await post(request(105), 'has space')).statusCode).toBe(400);
  });

  it(`issues exactly one certificate for retries sent together${engine === 'postgres' ? ' through two servers with pools of their own' : ''}`, async () => {
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => post(request(106), 'together-1', token, apps[i % apps.length]!)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => a.json().number)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.headers['kpcs-verification-code']).length).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('forgets keys after 24 hours: pruned, and a key past that issues anew', async () => {
    const first = await post(request(107), 'old-key');
    await stores[0]!.db.updateTable('certificate_idempotency').set({ created_at: new Date(Date.now() - 25 * 3600_000) }).where('key', '=', 'old-key').execute();
    const again = await post(request(107), 'old-key');
    expect(again.statusCode).toBe(201);
    expect(again.json().number).not.toBe(first.json().number);
    await stores[0]!.db.updateTable('certificate_idempotency').set({ created_at: new Date(Date.now() - 25 * 3600_000) }).where('key', '=', 'old-key').execute();
    expect(await prune(stores[0]!.db)).toBe(1);
  });

  it("ATTACK: another Participant's officer, an administrator, or the same officer moved to another Participant, replaying a ZA officer's key never gets ZA's certificate", async () => {
    const db = stores[0]!.db;
    const bw = (await auth.issueToken(db, SYSTEM, (await auth.createUser(db, SYSTEM, { name: 'BW Officer', login: 'bw.idem', member: 'BW', roles: ['officer'] })).id)).token;
    const admin = (await auth.issueToken(db, SYSTEM, (await auth.createUser(db, SYSTEM, { name: 'Admin', login: 'admin.idem', roles: ['admin'] })).id)).token;
    const mover = await auth.createUser(db, SYSTEM, { name: 'ZA Officer 3', login: 'za.idem3', member: 'ZA', roles: ['officer'] });
    const moverToken = (await auth.issueToken(db, SYSTEM, mover.id)).token;
    const za = await post(request(108), 'guessable-key-1', token);
    expect(za.statusCode).toBe(201);
    const zaNumber = za.json().number as string;
    // the same key and the same body from BW's officer: refused (BW issues for BW), never ZA's certificate
    const fromBw = await post(request(108), 'guessable-key-1', bw);
    expect(fromBw.statusCode).toBe(403);
    expect(fromBw.body).not.toContain(zaNumber);
    expect(fromBw.headers['idempotent-replayed']).toBeUndefined();
    // BW's own request with the key: a BW certificate of its own
    const bwRequest = { ...request(108), exporter: { ...request(108).exporter, country: 'BW' }, origin: 'BW' };
    const own = await post(bwRequest, 'guessable-key-1', bw);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().number).toMatch(/^BW-/);
    expect(own.headers['idempotent-replayed']).toBeUndefined();
    // an administrator (all rights, no Participant) replaying the key: a new certificate, not ZA's, and no "already issued" in a 422 either
    const byAdmin = await post(request(108), 'guessable-key-1', admin);
    expect(byAdmin.body).not.toContain(zaNumber);
    if (byAdmin.statusCode === 201) expect(byAdmin.headers['idempotent-replayed']).toBeUndefined();
    // a ZA officer issues with a key, is moved to BW, and replays it: the key was ZA's; nothing of ZA's comes back
    const before = await post(request(109), 'guessable-key-2', moverToken);
    expect(before.statusCode).toBe(201);
    await db.updateTable('users').set({ participant: 'BW' }).where('id', '=', mover.id).execute();
    const after = await post(request(109), 'guessable-key-2', moverToken);
    expect(after.statusCode).toBe(403);
    expect(after.body).not.toContain(before.json().number);
  });
});
