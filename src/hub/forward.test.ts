// Three installations in one process on real stores (embedded, and PostgreSQL when TEST_DATABASE_URL is
// set): a hub served over HTTP, BW's national system (exporting) and the EU's national system
// (importing). Issued at BW → delivered to the hub → forwarded to the EU's national system, checked
// against the hub's trust list and entered there as a received certificate awaiting its officers'
// confirmation → confirmed there → back through its outbox to the hub → forwarded to BW as today; a
// certificate cancelled at BW → cancelled at the EU's national system too.
// Pulled twice, nothing is entered twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/support/store.js';
import { bwRequest as request, hubWorld, type HubWorld } from '../../test/support/hub.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as onlineVerification from '../certificates/online-verification.js';
import { awaitingConfirmation } from '../certificates/awaiting.js';
import { exchangeOnce, type HubConnection } from './national.js';
import * as keyRegistry from './key-registry.js';

const BW = localOperator('BW');
const EU = localOperator('EU');


describe.each(engines)('a certificate forwarded from the hub to the importer\'s national system, on %s', (engine) => {
  let hub: Store;
  let bw: Store;
  let eu: Store;
  let world: HubWorld;
  let bwConn: HubConnection;
  let euConn: HubConnection;

  beforeAll(async () => {
    world = await hubWorld(engine, 2);
    hub = world.hub;
    [bw, eu] = world.nationals as [Store, Store];
    bwConn = await world.connect('BW', 'Botswana KP system');
    euConn = await world.connect('EU', 'EU KP system');
  }, 120_000);
  afterAll(() => world?.close());

  it('issued at BW, forwarded to the EU, confirmed there, and the confirmation back at BW', { timeout: 120_000 }, async () => {
    // BW's and the EU's keys registered at the hub and approved by the Chair (the EU signs its confirmations)
    await certificates.rotateKey(eu, localOperator(), 'EU');
    const cert = await certificates.issue(bw, BW, request(0));
    await exchangeOnce(bw, bwConn, 'a');
    await exchangeOnce(eu, euConn, 'a');
    for (const k of await keyRegistry.listKeys(hub, SYSTEM, { status: 'pending' })) await keyRegistry.decideKey(hub, localOperator(), k.participant, k.keyId, { approve: true });
    await new Promise((r) => setTimeout(r, 20));
    expect((await exchangeOnce(bw, bwConn, 'a')).delivered).toBe(1);
    expect((await onlineVerification.verifyNumber(hub, cert.number)).verdict).toBe('genuine');

    // the EU's national system pulls it: entered as a received certificate, awaiting its officers
    expect(await eu.db.selectFrom('certificates').select('number').where('number', '=', cert.number).executeTakeFirst()).toBeUndefined();
    const pulled = await exchangeOnce(eu, euConn, 'a');
    expect(pulled.applied).toBe(1);
    const atEu = await certificates.get(eu, EU, cert.number);
    expect(atEu.certificate).toMatchObject({ number: cert.number, issuer: { participant: 'BW', keyId: cert.issuer.keyId } });
    expect((await onlineVerification.verifyNumber(eu, cert.number)).verdict).toBe('genuine');
    const awaiting = await awaitingConfirmation(eu.db, EU, { participant: 'EU' });
    expect(awaiting.certificates.map((c) => c.number)).toContain(cert.number);
    // the issuer's key is the one on the hub's trust list, its private half elsewhere
    const kept = await eu.db.selectFrom('authority_keys').selectAll().where('id', '=', cert.issuer.keyId).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ participant: 'BW', private_key_enc: 'held-by-national-system' });
    // its officers were alerted, as for a certificate entered at the hub
    const audit = await eu.db.selectFrom('audit_log').select('action').where('subject', '=', cert.number).execute();
    expect(audit.map((a) => a.action)).toContain('hub.certificate.received');

    // pulled again from the start: nothing entered twice
    await eu.db.updateTable('hub_cursors').set({ pulled_after: '' }).execute();
    expect((await exchangeOnce(eu, euConn, 'b')).applied).toBe(0);
    expect((await eu.db.selectFrom('certificates').select('number').where('number', '=', cert.number).execute())).toHaveLength(1);

    // confirmed by the EU's officer at its national system → through its outbox to the hub → to BW
    await certificates.confirm(eu, EU, cert.number, { parcels: 1, carats: 100, sealsIntact: true });
    const sent = await exchangeOnce(eu, euConn, 'a');
    expect(sent.delivered).toBe(1);
    const atHub = await certificates.get(hub, EU, cert.number);
    expect(atHub.status.confirmation).toMatchObject({ participant: 'EU', carats: 100, flagged: false });
    expect((await exchangeOnce(bw, bwConn, 'a')).applied).toBe(1);
    const atBw = await certificates.get(bw, BW, cert.number);
    expect(atBw.status.confirmation).toMatchObject({ participant: 'EU', carats: 100, flagged: false });
    // the EU's national system does not get its own confirmation back as a message to apply
    expect((await exchangeOnce(eu, euConn, 'c')).applied).toBe(0);

    // another, forwarded, then cancelled at BW: the cancellation forwarded too, applied once
    const second = await certificates.issue(bw, BW, request(1));
    await exchangeOnce(bw, bwConn, 'a');
    expect((await exchangeOnce(eu, euConn, 'a')).applied).toBe(1);
    expect((await onlineVerification.verifyNumber(eu, second.number)).verdict).toBe('genuine');
    await certificates.cancel(bw, BW, second.number, { reason: 'void' });
    await exchangeOnce(bw, bwConn, 'a');
    expect((await onlineVerification.verifyNumber(hub, second.number)).verdict).toBe('cancelled');
    expect((await exchangeOnce(eu, euConn, 'a')).applied).toBe(1);
    expect((await onlineVerification.verifyNumber(eu, second.number)).verdict).toBe('cancelled');
    await eu.db.updateTable('hub_cursors').set({ pulled_after: '' }).execute();
    expect((await exchangeOnce(eu, euConn, 'b')).applied).toBe(0);
    // the cancellation entered at the EU is not sent back to the hub
    const types = (await eu.db.selectFrom('hub_outbox').select('type').execute()).map((x) => x.type);
    expect(types).toEqual(['certificate.confirmed']);
  });
});
