// The hub exchange in one process, on real stores (embedded, and PostgreSQL when TEST_DATABASE_URL is
// set): a hub served over HTTP and a national system's store. The key waits for the Chair's approval;
// two deliverers on one outbox send each message once and a certificate's messages in order; a message
// sent again gets the same receipt, an altered one under a used id or a bad signature is refused, a
// message in another Participant's name is forbidden; receipts verify; pulled confirmations apply once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/support/store.js';
import { bwRequest as request, hubWorld, type HubWorld } from '../../test/support/hub.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as onlineVerification from '../certificates/online-verification.js';
import { canonicalBytes, verifyBytes } from '../certificates/signing.js';
import { verifyInclusion, leafHash } from '../certificates/merkle.js';
import { leafData } from '../certificates/signing.js';
import * as keyRegistry from './key-registry.js';
import { deliver, exchangeOnce, fillOutbox, type HubConnection } from './national.js';
import { backoffMs, type HubMessage, type Receipt } from './model.js';

const BW = localOperator('BW');
const EU = localOperator('EU');

describe('backoff (pure)', () => {
  it('doubles from one second and stops at the cap', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 5000))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoffMs(80, 300_000)).toBe(300_000);
  });
});

describe.each(engines)('the hub exchange on %s', (engine) => {
  let world: HubWorld;
  let hub: Store;
  let national: Store;
  let conn: HubConnection;
  let url: string;
  const post = (path: string, body: unknown, token = conn.token) => world.post(path, body, token);

  beforeAll(async () => {
    world = await hubWorld(engine, 1);
    ({ hub, url } = world);
    national = world.nationals[0]!;
    conn = await world.connect('BW', 'Botswana KP system');
  }, 120_000);
  afterAll(() => world?.close());

  it('waits for the Chair, then delivers each message once and in order with two deliverers', { timeout: 120_000 }, async () => {
    const first = await certificates.issue(national, BW, request(0));
    const r1 = await exchangeOnce(national, conn, 'a');
    expect(r1).toMatchObject({ participant: 'BW', hubUp: true, registered: 1, delivered: 0, failed: 1 });
    const [key] = await keyRegistry.listKeys(hub, SYSTEM, { participant: 'BW' });
    expect(key).toMatchObject({ keyId: first.issuer.keyId, status: 'pending' });
    const waiting = await national.db.selectFrom('hub_outbox').selectAll().execute();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.last_error).toMatch(/409 not_yet: .*awaits the Chair's approval/);
    // registered again: nothing changes, and the national system does not ask twice
    expect((await exchangeOnce(national, conn, 'a')).registered).toBe(0);

    // an officer may not decide; the Chair (here the local operator, an administrator) does
    await expect(keyRegistry.decideKey(hub, EU, 'BW', key!.keyId, { approve: true })).rejects.toMatchObject({ code: 'forbidden' });
    await keyRegistry.decideKey(hub, localOperator(), 'BW', key!.keyId, { approve: true });
    await expect(keyRegistry.decideKey(hub, localOperator(), 'BW', key!.keyId, { approve: false })).rejects.toMatchObject({ code: 'conflict' });

    // more certificates, one cancelled right after its issuance: its two messages must arrive in order
    const more: Awaited<ReturnType<typeof certificates.issue>>[] = [];
    for (let i = 1; i <= 8; i++) more.push(await certificates.issue(national, BW, request(i)));
    await certificates.cancel(national, BW, more[2]!.number, { reason: 'void' });
    await fillOutbox(national, 'BW');
    // the failed message waits for its backoff (1 ms here); then two deliverers share the outbox
    await new Promise((r) => setTimeout(r, 20));
    const [a, b] = await Promise.all([deliver(national, conn, 'BW', 'a'), deliver(national, conn, 'BW', 'b')]);
    const left = await deliver(national, conn, 'BW', 'c');
    expect(a.delivered + b.delivered + left.delivered).toBe(10);
    expect(a.failed + b.failed + left.failed).toBe(0);
    const rows = await national.db.selectFrom('hub_outbox').selectAll().orderBy('seq').execute();
    expect(rows.every((r) => r.delivered_at !== null)).toBe(true);
    const received = await hub.db.selectFrom('hub_messages').selectAll().execute();
    expect(received).toHaveLength(10);
    // in order per certificate: the cancellation's receipt is later in the hub's log than the issuance's
    const ofCancelled = received.filter((m) => m.number === more[2]!.number).map((m) => ({ type: m.type, index: (typeof m.receipt === 'string' ? JSON.parse(m.receipt) : m.receipt).logIndex as number }));
    expect(ofCancelled.sort((x, y) => x.index - y.index).map((m) => m.type)).toEqual(['certificate.issued', 'certificate.cancelled']);
    expect((await onlineVerification.verifyNumber(hub, more[2]!.number)).verdict).toBe('cancelled');
    expect((await onlineVerification.verifyNumber(hub, first.number)).verdict).toBe('genuine');
    // a BW officer on the hub cannot issue there: BW's key is held by its national system
    await expect(certificates.issue(hub, BW, request(99))).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/national system/) });
  });

  it('answers a message sent again with the same receipt, and refuses altered, forged and foreign ones', async () => {
    const row = await national.db.selectFrom('hub_outbox').selectAll().orderBy('seq').executeTakeFirstOrThrow();
    const message = (typeof row.message === 'string' ? JSON.parse(row.message) : row.message) as HubMessage;
    const again = await post('/api/hub/messages', message);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(typeof row.receipt === 'string' ? JSON.parse(row.receipt) : row.receipt);
    // the receipt: the issue leaf at its position under the signed tree head
    const receipt = again.json as unknown as Receipt;
    const doc = (message as Extract<HubMessage, { type: 'certificate.issued' }>).body.certificate as unknown as { number: string; issuedAt: string };
    const hubRow = await hub.db.selectFrom('certificates').select(['body_hash', 'log_index']).where('number', '=', doc.number).executeTakeFirstOrThrow();
    const leaf = leafHash(leafData('issued', doc.number, doc.issuedAt, hubRow.body_hash));
    expect(verifyInclusion(receipt.logIndex!, receipt.inclusion!.treeSize, leaf, receipt.inclusion!.proof.map((p) => Buffer.from(p, 'hex')), Buffer.from(receipt.inclusion!.rootHash, 'hex'))).toBe(true);
    const { treeSize, rootHash, timestamp } = receipt.treeHead;
    const logKey = (await hub.db.selectFrom('scheme_keys').selectAll().where('id', '=', receipt.treeHead.keyId).executeTakeFirstOrThrow()).public_key;
    expect(verifyBytes(canonicalBytes({ treeSize, rootHash, timestamp }), receipt.treeHead.signature, logKey)).toBe(true);

    const before = await hub.db.selectFrom('hub_messages').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const altered = await post('/api/hub/messages', { ...message, sentAt: new Date().toISOString() });
    expect(altered).toMatchObject({ status: 422, json: { code: 'idempotency_key_reused' } });
    const forged = await post('/api/hub/messages', { ...message, id: 'forged-1', sentAt: new Date().toISOString() });
    expect(forged).toMatchObject({ status: 400, json: { details: [{ path: 'signature' }] } });
    const foreign = await post('/api/hub/messages', { ...message, id: 'foreign-1', sender: 'ZA' });
    expect(foreign.status).toBe(403);
    const malformed = await post('/api/hub/messages', { ...message, id: 'bad id with spaces' });
    expect(malformed.status).toBe(400);
    const after = await hub.db.selectFrom('hub_messages').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // the national system's token acts on the exchange routes only
    const res = await fetch(`${url}/api/certificates?participant=BW`, { headers: { authorization: `Bearer ${conn.token}` } });
    expect(res.status).toBe(403);
  });

  it('pulls confirmations recorded at the hub and applies each once', async () => {
    const numbers = (await hub.db.selectFrom('certificates').select('number').where('participant', '=', 'BW').where('cancelled_at', 'is', null).orderBy('number').execute()).map((r) => r.number);
    await certificates.confirm(hub, EU, numbers[0]!, { parcels: 1, carats: 100, sealsIntact: true });
    await certificates.confirm(hub, EU, numbers[1]!, { parcels: 1, carats: 90, sealsIntact: false });
    const r = await exchangeOnce(national, conn, 'a');
    expect(r.applied).toBe(2);
    const clean = await certificates.get(national, BW, numbers[0]!);
    expect(clean.status.confirmation).toMatchObject({ participant: 'EU', carats: 100, flagged: false });
    const flagged = await certificates.get(national, BW, numbers[1]!);
    expect(flagged.status.confirmation).toMatchObject({ participant: 'EU', carats: 90, flagged: true });
    // pulled again from the start: nothing applied twice
    await national.db.updateTable('hub_cursors').set({ pulled_after: '' }).execute();
    expect((await exchangeOnce(national, conn, 'b')).applied).toBe(0);
    // the confirmations applied here are not sent back to the hub
    await fillOutbox(national, 'BW');
    const types = (await national.db.selectFrom('hub_outbox').select('type').execute()).map((x) => x.type);
    expect(types).not.toContain('certificate.confirmed');
  });
});
