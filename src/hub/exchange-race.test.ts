// The race the exchange's order closes: a certificate committed, with a key new to the hub, between
// the moment a cycle fills its outbox and the moment it registers its keys. A hook of exchangeOnce
// makes the rotation and the issuance commit exactly there. The outbox is filled first, so that
// certificate waits for the next cycle, by which time its key is registered: it is never sent ahead of
// its key and refused for good ("not registered"), and it is genuine at the hub once the key is approved.
// Two installations in one process on real stores (embedded, and PostgreSQL when TEST_DATABASE_URL is set).
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/support/store.js';
import { bwRequest as request, hubWorld, type HubWorld } from '../../test/support/hub.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as onlineVerification from '../certificates/online-verification.js';
import { keyIdOf } from '../certificates/signing.js';
import * as keyRegistry from './key-registry.js';
import { deliver, exchangeOnce, type HubConnection } from './national.js';

const BW = localOperator('BW');

describe.each(engines)('a certificate with a new key committed inside an exchange cycle, on %s', (engine) => {
  let world: HubWorld;
  let hub: Store;
  let national: Store;
  let conn: HubConnection;
  type Issued = Awaited<ReturnType<typeof certificates.issue>>;
  const issued: Issued[] = [];
  const verdict = async (number: string) => (await onlineVerification.verifyNumber(hub, number)).verdict;

  beforeAll(async () => {
    world = await hubWorld(engine, 1);
    hub = world.hub;
    national = world.nationals[0]!;
    conn = await world.connect('BW', 'Botswana KP system');
  }, 120_000);
  afterAll(() => world?.close());

  it('is sent after its key, never refused, and genuine at the hub once the key is approved', { timeout: 120_000 }, async () => {
    // BW's first key registered and approved at the hub, its first certificate genuine there
    const first = await certificates.issue(national, BW, request(0));
    issued.push(first);
    await exchangeOnce(national, conn, 'a');
    await keyRegistry.decideKey(hub, localOperator(), 'BW', first.issuer.keyId, { approve: true });
    await new Promise((r) => setTimeout(r, 20));
    await deliver(national, conn, 'BW', 'a');
    expect((await onlineVerification.verifyNumber(hub, first.number)).verdict).toBe('genuine');

    // inside the next cycle, between the outbox filled and the keys registered: a new key, and a certificate signed by it
    let second: Issued | undefined;
    const cycle = await exchangeOnce(national, conn, 'a', {
      afterFill: async (p) => {
        expect(p).toBe('BW');
        await certificates.rotateKey(national, localOperator(), 'BW');
        second = await certificates.issue(national, BW, request(1));
        issued.push(second);
      },
    });
    expect(second!.issuer.keyId).not.toBe(first.issuer.keyId);
    // the new key registered in that cycle; the certificate not queued in it
    expect(cycle.registered).toBe(1);
    expect(cycle.queued).toBe(0);
    const atHub = await hub.db.selectFrom('hub_keys').selectAll().where('participant', '=', 'BW').where('id', '=', second!.issuer.keyId).executeTakeFirst();
    expect(atHub?.participant).toBe('BW');

    // the next cycle queues and sends it: its key known at the hub, it is not refused
    await keyRegistry.decideKey(hub, localOperator(), 'BW', second!.issuer.keyId, { approve: true });
    await new Promise((r) => setTimeout(r, 20));
    const next = await exchangeOnce(national, conn, 'a');
    expect(next.queued).toBe(1);
    const row = await national.db.selectFrom('hub_outbox').selectAll().where('number', '=', second!.number).executeTakeFirstOrThrow();
    expect(row.last_error).toBeNull();
    expect(row.refused_at).toBeNull();
    expect(row.last_error).toBeNull();
    expect((await onlineVerification.verifyNumber(hub, second!.number)).verdict).toBe('genuine');
  });

  it('approves a key registered as in service before the last certificate of the key it follows without unmaking anything the hub accepted', { timeout: 120_000 }, async () => {
    const last = await certificates.issue(national, BW, request(2));
    issued.push(last);
    await new Promise((r) => setTimeout(r, 20));
    await exchangeOnce(national, conn, 'a');
    for (const c of issued) expect(await verdict(c.number), c.number).toBe('genuine');

    // a key BW's system says was in service an hour before its first certificate
    const x = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!;
    const keyId = keyIdOf('BW', x);
    const backdated = new Date(Date.parse(issued[0]!.issuedAt) - 3_600_000).toISOString();
    const registered = await world.post('/api/hub/keys', { participant: 'BW', keys: [{ keyId, publicKey: x, validFrom: backdated }] }, conn.token);
    expect(registered.status).toBeLessThan(300);
    await keyRegistry.decideKey(hub, localOperator(), 'BW', keyId, { approve: true });

    // in service at the hub only after the last certificate its predecessor signed; that one retired at the same instant
    const [key, before] = await Promise.all([keyId, last.issuer.keyId].map((id) => hub.db.selectFrom('authority_keys').selectAll().where('participant', '=', 'BW').where('id', '=', id).executeTakeFirstOrThrow()));
    expect(new Date(key!.valid_from).getTime()).toBe(Date.parse(last.issuedAt) + 1);
    expect(new Date(before!.valid_to!).getTime()).toBe(new Date(key!.valid_from).getTime());
    // every certificate the hub accepted still verifies
    for (const c of issued) expect(await verdict(c.number), c.number).toBe('genuine');
  });
});
