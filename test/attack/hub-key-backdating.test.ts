// ATTACK (a national system's new key approved at the hub, src/hub/key-registry.ts decideKey): the key is
// in service from the validFrom the national system registered, clamped to not later than the approval
// and not before the previous key's start or its last certificate at the hub. A hub and one national
// system (BW) in one process on the embedded store (test/support/hub.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hubWorld, bwRequest as request, type HubWorld } from '../support/hub.js';
import type { Store } from '../../src/db/store.js';
import { localOperator } from '../../src/auth/model.js';
import * as certificates from '../../src/certificates/service.js';
import * as onlineVerification from '../../src/certificates/online-verification.js';
import { generateKeyPair, keyIdOf } from '../../src/certificates/signing.js';
import * as keyRegistry from '../../src/hub/key-registry.js';
import { deliver, exchangeOnce, fillOutbox, type HubConnection } from '../../src/hub/national.js';

const BW = localOperator('BW');
const chair = localOperator();

describe('ATTACK: back-dating a national system\'s key approved at the hub', () => {
  let world: HubWorld;
  let hub: Store;
  let national: Store;
  let conn: HubConnection;
  let k1 = '';
  const verifyAtHub = async (number: string) => ((await (await fetch(`${world.url}/api/verify/${number}`)).json()) as { verdict: string });
  const register = async (validFrom: string) => {
    const kp = generateKeyPair();
    const keyId = keyIdOf('BW', kp.publicKey);
    const res = await world.post('/api/hub/keys', { keys: [{ keyId, publicKey: kp.publicKey, validFrom }] }, conn.token);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return keyId;
  };
  const chairToken = async () => {
    const { createUser, issueToken } = await import('../../src/accounts/service.js');
    const { SYSTEM } = await import('../../src/auth/model.js');
    const user = await createUser(hub.db, SYSTEM, { name: `secretariat ${Math.random()}`, roles: ['admin'] } as never);
    return (await issueToken(hub.db, SYSTEM, user.id)).token;
  };
  const period = async (keyId: string) => {
    const k = await hub.db.selectFrom('authority_keys').select(['valid_from', 'valid_to', 'revoked_at']).where('id', '=', keyId).executeTakeFirstOrThrow();
    return { from: new Date(k.valid_from).getTime(), to: k.valid_to === null ? null : new Date(k.valid_to).getTime(), revoked: k.revoked_at };
  };

  beforeAll(async () => {
    world = await hubWorld('pglite', 1);
    hub = world.hub;
    national = world.nationals[0]!;
    conn = await world.connect('BW', 'Botswana KP system');
  }, 120_000);
  afterAll(() => world?.close());

  it('holds (write mark at the hub): a cancellation applied from a hub message shows at the next GET /api/verify, and the hub\'s trust list lists the approved key', async () => {
    // BW's first key approved, a first certificate genuine at the hub
    const c0 = await certificates.issue(national, BW, request(0));
    await exchangeOnce(national, conn, 'a');
    k1 = c0.issuer.keyId;
    await keyRegistry.decideKey(hub, chair, 'BW', k1, { approve: true });
    await new Promise((r) => setTimeout(r, 20));
    await deliver(national, conn, 'BW', 'a');
    expect((await verifyAtHub(c0.number)).verdict).toBe('genuine');
    const c = await certificates.issue(national, BW, request(7));
    await fillOutbox(national, 'BW');
    await deliver(national, conn, 'BW', 'a');
    expect((await verifyAtHub(c.number)).verdict).toBe('genuine');
    expect((await verifyAtHub(c.number)).verdict).toBe('genuine');
    const list1 = (await (await fetch(`${world.url}/api/trust-list`)).json()) as { generation: number };
    await certificates.cancel(national, BW, c.number, { reason: 'lost' });
    await fillOutbox(national, 'BW');
    await new Promise((r) => setTimeout(r, 20));
    await deliver(national, conn, 'BW', 'a');
    expect((await hub.db.selectFrom('certificates').select('cancelled_at').where('number', '=', c.number).executeTakeFirstOrThrow()).cancelled_at).not.toBeNull();
    expect((await verifyAtHub(c.number)).verdict).toBe('cancelled');
    const list2 = (await (await fetch(`${world.url}/api/trust-list`)).json()) as { generation: number };
    expect(list2.generation).toBeGreaterThan(list1.generation);
  });

  it('held (was broken: retired at the approval, before it): a certificate the hub accepted, dated within the 5-minute clock skew it allows, still verifies once the next key is approved', { timeout: 120_000 }, async () => {
    // (BW's first key approved at the hub by the test before)
    expect(k1).toBeTruthy();

    // BW's clock runs 4 minutes fast (within the 5 minutes the hub tolerates): a certificate dated ahead
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 4 * 60_000 });
    let c1: Awaited<ReturnType<typeof certificates.issue>>;
    try {
      c1 = await certificates.issue(national, BW, request(1));
    } finally {
      vi.useRealTimers();
    }
    expect(Date.parse(c1.issuedAt)).toBeGreaterThan(Date.now());
    await fillOutbox(national, 'BW');
    expect(await deliver(national, conn, 'BW', 'a')).toMatchObject({ delivered: 1, failed: 0 });
    // accepted and genuine at the hub
    expect((await verifyAtHub(c1.number)).verdict).toBe('genuine');
    expect((await onlineVerification.verifyNumber(hub, c1.number)).verdict).toBe('genuine');

    // BW registers its next key, in service from now, and the Chair approves it at once
    const k2 = await register(new Date().toISOString());
    await keyRegistry.decideKey(hub, chair, 'BW', k2, { approve: true });
    const old = await period(k1);
    // "not before its last certificate here" wins over "not later than the approval": K1 is retired
    // just after the certificate the hub accepted under it was signed
    expect(old.to).not.toBeNull();
    expect(old.to!).toBe(Date.parse(c1.issuedAt) + 1);
    expect((await period(k2)).from).toBe(old.to);
    // the certificate already accepted no longer verifies at the hub
    const after = (await onlineVerification.verifyNumber(hub, c1.number)).verdict;
    const served = (await verifyAtHub(c1.number)).verdict;
    expect({ after, served }).toEqual({ after: 'genuine', served: 'genuine' });
  });

  it('holds: a validFrom in the future is clamped to the approval (or just after the last certificate or start of the key it follows, when later: the clock skew)', async () => {
    const future = await register('2100-01-01T00:00:00Z');
    const t0 = Date.now();
    const latestSigned = Math.max(0, ...(await hub.db.selectFrom('certificates').select('issued_at').where('participant', '=', 'BW').execute()).map((r) => new Date(r.issued_at).getTime()));
    const latestKey = Math.max(0, ...(await hub.db.selectFrom('authority_keys').select('valid_from').where('participant', '=', 'BW').execute()).map((r) => new Date(r.valid_from).getTime()));
    await keyRegistry.decideKey(hub, chair, 'BW', future, { approve: true });
    const p = await period(future);
    expect(p.from).toBeGreaterThanOrEqual(t0 - 1000);
    expect(p.from).toBeLessThanOrEqual(Math.max(Date.now(), latestSigned + 1, latestKey + 1));
  });

  it('held (was broken: an internal error, the key left pending): a key registered from before the start of the key in service (which signed nothing here yet) is approved from just after that start', async () => {
    const current = await hub.db.selectFrom('authority_keys').select(['id', 'valid_from']).where('participant', '=', 'BW').where('valid_to', 'is', null).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
    expect(await hub.db.selectFrom('certificates').select('number').where('key_id', '=', current.id).executeTakeFirst()).toBeUndefined();
    const early = await register('1990-01-01T00:00:00Z');
    const res = await world.app.inject({ method: 'POST', url: `/api/hub/keys/BW/${early}/decision`, headers: { authorization: `Bearer ${await chairToken()}` }, payload: { approve: true } });
    expect(res.statusCode).toBe(200);
    const p = await period(early);
    expect(p.from).toBe(new Date(current.valid_from).getTime() + 1);
    expect((await period(current.id)).to).toBe(p.from);
  });

  it('holds: two approvals raced for one Participant leave one key in service, periods in order', async () => {
    const a = await register(new Date().toISOString());
    const b = await register(new Date().toISOString());
    const results = await Promise.allSettled([keyRegistry.decideKey(hub, chair, 'BW', a, { approve: true }), keyRegistry.decideKey(hub, chair, 'BW', b, { approve: true })]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const inService = await hub.db.selectFrom('authority_keys').select('id').where('participant', '=', 'BW').where('valid_to', 'is', null).where('revoked_at', 'is', null).execute();
    expect(inService).toHaveLength(1);
    const pa = await period(a);
    const pb = await period(b);
    const [first, second] = pa.to === null ? [pb, pa] : [pa, pb];
    expect(first.to!).toBe(second.from);
    expect(first.from).toBeLessThanOrEqual(first.to!);
  });

  it('held (was broken: approved from 1990): after the key in service is revoked, a new key registered from any earlier date is in service only from after the latest key the hub held began', async () => {
    const current = await hub.db.selectFrom('authority_keys').select(['id', 'valid_from']).where('participant', '=', 'BW').where('valid_to', 'is', null).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
    await certificates.revokeKey(hub, chair, current.id, { at: new Date().toISOString(), reason: 'compromised' });
    const latest = Math.max(...(await hub.db.selectFrom('authority_keys').select('valid_from').where('participant', '=', 'BW').execute()).map((r) => new Date(r.valid_from).getTime()));
    const next = await register('1990-01-01T00:00:00Z');
    await keyRegistry.decideKey(hub, chair, 'BW', next, { approve: true });
    const p = await period(next);
    expect(p.from).toBe(latest + 1);
  });
});
