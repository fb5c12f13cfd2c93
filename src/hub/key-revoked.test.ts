// A key revoked at a national system reaches the hub (issue #20, kp-hub/1 `key.revoked`): two
// installations in one process on real stores (embedded, and PostgreSQL when TEST_DATABASE_URL is set),
// the hub served over HTTP. Revoked at BW's national system → queued first in its outbox, delivered,
// the hub's trust list shows the key revoked from that instant; a certificate the key signed after it
// is refused at the hub, one signed before stays genuine; the same message twice changes nothing; a
// national system revoking another Participant's key, or a key the hub does not hold for it, is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/support/store.js';
import { bwRequest as request, hubWorld, type HubWorld } from '../../test/support/hub.js';
import type { Store } from '../db/store.js';
import { localOperator, } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as onlineVerification from '../certificates/online-verification.js';
import { signingKey } from '../certificates/keys.js';
import { canonicalBytes, verifyBytes } from '../certificates/signing.js';
import { verifyCertificate } from '../certificates/verification.js';
import { trustedKey } from '../certificates/trust.js';
import * as keyRegistry from './key-registry.js';
import { conformance } from './conformance.js';
import { deliver, exchangeOnce, fillOutbox, type HubConnection } from './national.js';
import { HUB_RECEIVER, PROTOCOL, signMessage, type KeyRevokedMessage, type Receipt } from './model.js';

const BW = localOperator('BW');


const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

describe.each(engines)('a key revoked at a national system, sent to the hub, on %s', (engine) => {
  let world: HubWorld;
  let hub: Store;
  let national: Store;
  let conn: HubConnection;
  let url: string;
  const post = (path: string, body: unknown, token = conn.token) => world.post(path, body, token);
  const audited = async (action: string) => Number((await hub.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    world = await hubWorld(engine, 1);
    ({ hub, url } = world);
    national = world.nationals[0]!;
    conn = await world.connect('BW', 'Botswana KP system');
  }, 120_000);
  afterAll(() => world?.close());

  it('marks the key revoked at the hub from its instant: later signatures refused, earlier ones genuine, the same message twice changes nothing', { timeout: 120_000 }, async () => {
    // BW's key approved at the hub, its first certificate genuine there
    const before = await certificates.issue(national, BW, request(0));
    await exchangeOnce(national, conn, 'a');
    const keyId = before.issuer.keyId;
    await keyRegistry.decideKey(hub, localOperator(), 'BW', keyId, { approve: true });
    await new Promise((r) => setTimeout(r, 20));
    await deliver(national, conn, 'BW', 'a');
    expect((await onlineVerification.verifyNumber(hub, before.number)).verdict).toBe('genuine');

    // a second certificate signed by the key, queued; then the key revoked at the national system from
    // an instant between the two (stolen before anyone noticed)
    await new Promise((r) => setTimeout(r, 10));
    const after = await certificates.issue(national, BW, request(1));
    await fillOutbox(national, 'BW');
    const revokedAt = new Date(Date.parse(after.issuedAt) - 1);
    expect(revokedAt.getTime()).toBeGreaterThan(Date.parse(before.issuedAt));
    await certificates.revokeKey(national, localOperator(), keyId, { at: revokedAt.toISOString(), reason: 'compromised' });

    // queued before the certificate's message (a negative position), once however often the outbox is filled
    await fillOutbox(national, 'BW');
    await fillOutbox(national, 'BW');
    const queued = await national.db.selectFrom('hub_outbox').selectAll().where('type', '=', 'key.revoked').execute();
    expect(queued).toHaveLength(1);
    expect(Number(queued[0]!.seq)).toBeLessThan(0);
    const message = json<KeyRevokedMessage>(queued[0]!.message);
    expect(message).toMatchObject({ protocol: PROTOCOL, type: 'key.revoked', sender: 'BW', receiver: HUB_RECEIVER, keyId, body: { participant: 'BW', keyId, revokedAt: revokedAt.toISOString(), reason: 'compromised' } });

    // delivered: the revocation first, then the certificate signed after it, refused for good
    await new Promise((r) => setTimeout(r, 20));
    const sent = await deliver(national, conn, 'BW', 'a');
    // (the revocation alone in the first claim: nothing else is claimed while it waits; then the certificate)
    expect(sent).toEqual({ delivered: 1, failed: 1 });
    const refused = await national.db.selectFrom('hub_outbox').selectAll().where('number', '=', after.number).executeTakeFirstOrThrow();
    expect(refused.refused_at).not.toBeNull();
    expect(refused.last_error).toMatch(/^400 invalid_input: .*revoked at this hub since/);

    // the hub's trust list: the key revoked from that instant (the served one and the one it makes)
    const listed = (await certificates.trustList(hub)).keys.find((k) => k.keyId === keyId);
    expect(listed).toMatchObject({ owner: 'BW', revokedAt: revokedAt.toISOString(), revocationReason: 'compromised' });
    const served = (await (await fetch(`${url}/api/trust-list`)).json()) as { keys: { keyId: string; revokedAt: string | null }[] };
    expect(served.keys.find((k) => k.keyId === keyId)?.revokedAt).toBe(revokedAt.toISOString());
    // the certificate signed before stays genuine; the one signed after is not held by the hub
    expect((await onlineVerification.verifyNumber(hub, before.number)).verdict).toBe('genuine');
    expect(await hub.db.selectFrom('certificates').select('number').where('number', '=', after.number).executeTakeFirst()).toBeUndefined();
    // and would fail verification at the hub: the document signed after the revocation, judged by the hub's trust list
    const hubKey = await hub.db.selectFrom('authority_keys').selectAll().where('id', '=', keyId).executeTakeFirstOrThrow();
    const judged = verifyCertificate(after, { now: new Date(), key: (id) => (id === keyId ? trustedKey(hubKey) : undefined), cancelled: () => undefined, logRootAt: () => after.transparency.rootHash });
    expect(judged.verdict).toBe('revoked-key');
    expect(verifyCertificate(before, { now: new Date(), key: (id) => (id === keyId ? trustedKey(hubKey) : undefined), cancelled: () => undefined, logRootAt: () => before.transparency.rootHash }).verdict).toBe('genuine');
    expect(await audited('hub.keys.revoked')).toBe(1);

    // the receipt: the key, its instant, and a tree head signed by the hub's log key
    const receipt = json<Receipt>((await national.db.selectFrom('hub_outbox').select('receipt').where('type', '=', 'key.revoked').executeTakeFirstOrThrow()).receipt);
    expect(receipt).toMatchObject({ type: 'kp-hub-receipt', messageId: message.id, sender: 'BW', event: 'key-revoked', keyId, revokedAt: revokedAt.toISOString() });
    const { treeSize, rootHash, timestamp } = receipt.treeHead;
    const logKey = (await hub.db.selectFrom('scheme_keys').selectAll().where('id', '=', receipt.treeHead.keyId).executeTakeFirstOrThrow()).public_key;
    expect(verifyBytes(canonicalBytes({ treeSize, rootHash, timestamp }), receipt.treeHead.signature, logKey)).toBe(true);

    // the same message twice: the same receipt, nothing changes
    const replay = await post('/api/hub/messages', message);
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual(receipt);
    // told again later under another id, with a later instant: the earliest instant stands, nothing audited
    const row = (await national.db.selectFrom('authority_keys').selectAll().where('id', '=', keyId).executeTakeFirstOrThrow());
    const sk = signingKey(national, keyId, row.private_key_enc);
    const later = signMessage({ ...message, id: `${message.id}-again`, sentAt: new Date().toISOString(), body: { ...message.body, revokedAt: new Date().toISOString(), reason: 'told twice' } }, sk);
    const told = await post('/api/hub/messages', later);
    expect(told.status, JSON.stringify(told.json)).toBe(200);
    expect(told.json).toMatchObject({ event: 'key-revoked', revokedAt: revokedAt.toISOString() });
    const atHub = await hub.db.selectFrom('authority_keys').selectAll().where('id', '=', keyId).executeTakeFirstOrThrow();
    expect(new Date(atHub.revoked_at!).toISOString()).toBe(revokedAt.toISOString());
    expect(atHub.revocation_reason).toBe('compromised');
    expect(await audited('hub.keys.revoked')).toBe(1);
  });

  it("refuses a national system's revocation of another Participant's key, of a key it does not hold, and one addressed elsewhere", async () => {
    // BW's next key (the revoked one out of service), registered and approved at the hub
    await certificates.rotateKey(national, localOperator(), 'BW');
    await exchangeOnce(national, conn, 'a');
    const row = await national.db.selectFrom('authority_keys').selectAll().where('participant', '=', 'BW').where('revoked_at', 'is', null).executeTakeFirstOrThrow();
    await keyRegistry.decideKey(hub, localOperator(), 'BW', row.id, { approve: true });
    const sk = signingKey(national, row.id, row.private_key_enc);
    // ZA's authority key at the hub (made by an issuance there)
    await certificates.issue(hub, localOperator('ZA'), { ...request(5), exporter: { name: 'De Beers Consolidated', address: 'Kimberley', country: 'ZA' }, origin: 'ZA' });
    const za = await hub.db.selectFrom('authority_keys').selectAll().where('participant', '=', 'ZA').executeTakeFirstOrThrow();
    const base = { protocol: PROTOCOL as typeof PROTOCOL, type: 'key.revoked' as const, sender: 'BW', receiver: HUB_RECEIVER, sentAt: new Date().toISOString(), keyId: row.id };
    const count = async () => Number((await hub.db.selectFrom('hub_messages').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const n = await count();

    const foreign = await post('/api/hub/messages', signMessage({ ...base, id: 'revoke-za-1', body: { participant: 'ZA', keyId: za.id, revokedAt: new Date().toISOString(), reason: 'not ours' } }, sk));
    expect(foreign.status).toBe(403);
    expect(foreign.json.message).toMatch(/revokes the keys of its own Participant only/);
    // the same in Russian for a reader who asks so: no Latin word but the codes
    const ru = await fetch(`${url}/api/hub/messages`, { method: 'POST', headers: { authorization: `Bearer ${conn.token}`, 'content-type': 'application/json', 'accept-language': 'ru' }, body: JSON.stringify(signMessage({ ...base, id: 'revoke-za-2', body: { participant: 'ZA', keyId: za.id, revokedAt: new Date().toISOString(), reason: 'not ours' } }, sk)) });
    const ruText = ((await ru.json()) as { message: string }).message;
    expect(ruText.replace(/[A-Z]{2}-[0-9a-f]{16}|\b[A-Z]{2}\b/g, '')).not.toMatch(/[A-Za-z]/);

    // ZA's key under BW's name: not a key of BW at the hub
    const disguised = await post('/api/hub/messages', signMessage({ ...base, id: 'revoke-za-3', body: { participant: 'BW', keyId: za.id, revokedAt: new Date().toISOString(), reason: 'not ours' } }, sk));
    expect(disguised.status).toBe(400);
    expect(disguised.json).toMatchObject({ code: 'invalid_input', details: [{ path: 'body.keyId' }] });

    const elsewhere = await post('/api/hub/messages', signMessage({ ...base, receiver: 'EU', id: 'revoke-bw-eu', body: { participant: 'BW', keyId: row.id, revokedAt: new Date().toISOString(), reason: 'x' } }, sk));
    expect(elsewhere).toMatchObject({ status: 400, json: { details: [{ path: 'receiver' }] } });

    // the hub's ZA key untouched, nothing recorded
    expect((await hub.db.selectFrom('authority_keys').select('revoked_at').where('id', '=', za.id).executeTakeFirstOrThrow()).revoked_at).toBeNull();
    expect(await count()).toBe(n);

    // the conformance kit against this hub: every check passes, and it changes nothing here
    const checks = await conformance(url, conn.token);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toContain("a revocation of another Participant's key is refused (403)");
    expect(await count()).toBe(n);
  });
});
