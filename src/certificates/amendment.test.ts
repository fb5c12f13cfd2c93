// Amendment (issue #21, point 4): the replacement issued and the original cancelled as replaced in one
// transaction; refused with nothing written when confirmed, cancelled, another Participant's, or
// changing the Participants. On the real embedded store (and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import * as audit from '../audit/service.js';
import { buildServer } from '../http/server.js';
import * as log from './log.js';
import { amend, amendedRequest, changedPaths } from './amendment.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { refused } from '../../test/support/refused.js';
import { mineToAntwerp } from '../../test/support/certificates.js';

const request = mineToAntwerp;

const ZA = localOperator('ZA');
const BW = localOperator('BW');
const EU = localOperator('EU');

describe('amended request (pure)', () => {
  it('applies party fields one by one and replaces the goods; names what changed', () => {
    const a = request('ZA');
    const b = amendedRequest(a, { importer: { address: 'Pelikaanstraat 62, Antwerpen' }, parcels: 2 });
    expect(b.importer).toEqual({ name: 'Antwerp NV', address: 'Pelikaanstraat 62, Antwerpen', country: 'BE' });
    expect(changedPaths(a, b)).toEqual(['importer.address', 'parcels']);
    expect(changedPaths(a, amendedRequest(a, { goods: [{ hsCode: '7102.10', carats: 99, valueUsd: 9000 }] }))).toEqual(['goods']);
  });
});

describe.each(engines)('amendment on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let za = '';
  let bw = '';
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    for (const [code, set] of [['ZA', (t: string) => (za = t)], ['BW', (t: string) => (bw = t)]] as const) {
      const user = await createUser(store.db, SYSTEM, { name: `${code.toLowerCase()} officer`, member: code, roles: ['officer'] });
      set((await issueToken(store.db, SYSTEM, user.id)).token);
    }
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('issues the replacement and cancels the original as replaced, together; verification of each names the other; audited', async () => {
    const a = await service.issue(store, ZA, request('ZA'));
    const size = await log.size(store.db);
    const done = await amend(store, ZA, a.number, { reason: 'the importer moved', importer: { address: 'Pelikaanstraat 62, Antwerpen' } });
    const b = done.certificate;
    expect(b.number).not.toBe(a.number);
    expect(b.number.startsWith('ZA-')).toBe(true);
    expect(b.importer.address).toBe('Pelikaanstraat 62, Antwerpen');
    expect(b.exporter).toEqual(a.exporter);
    expect(done.changed).toEqual(['importer.address']);
    expect(done.verificationCode).toMatch(/\S/);
    // one issue leaf and one cancellation leaf
    expect(await log.size(store.db)).toBe(size + 2);

    const va = await onlineVerification.verifyNumber(store, a.number);
    expect(va).toMatchObject({ verdict: 'cancelled', valid: false, replacedBy: b.number });
    const vb = await onlineVerification.verifyNumber(store, b.number);
    expect(vb).toMatchObject({ verdict: 'genuine', valid: true, replaces: a.number });
    const shown = await service.get(store, ZA, a.number);
    expect(shown.status.cancelled).toMatchObject({ reason: 'replaced', note: 'the importer moved', replacedBy: b.number });
    // the trust list's cancelled entries carry the relation
    const list = await service.trustList(store);
    expect((list as unknown as { cancelled: { number: string; replacedBy?: string | null }[] }).cancelled).toContainEqual(expect.objectContaining({ number: a.number, replacedBy: b.number }));
    const entries = (await audit.recordedDetails(store.db, 'certificates.amend')) as { replacedBy: string; reason: string; changed: string[] }[];
    expect(entries).toContainEqual(expect.objectContaining({ replacedBy: b.number, reason: 'the importer moved', changed: ['importer.address'] }));
  });

  it('refuses a confirmed, a cancelled, or an unchanged certificate, and a change of Participant; nothing written', async () => {
    const confirmed = await service.issue(store, ZA, request('ZA'));
    await service.confirm(store, localOperator('EU'), confirmed.number, { parcels: 1, carats: 100, sealsIntact: true });
    const cancelled = await service.issue(store, ZA, request('ZA'));
    await service.cancel(store, ZA, cancelled.number, { reason: 'void' });
    const open = await service.issue(store, ZA, request('ZA'));
    const size = await log.size(store.db);
    const audits = (await audit.recordedDetails(store.db, 'certificates.amend')).length;

    const c1 = await refused(amend(store, ZA, confirmed.number, { reason: 'typo', parcels: 2 }));
    expect(c1.code).toBe('conflict');
    expect(c1.message).toMatch(new RegExp(`^${confirmed.number} was confirmed as received on \\d{4}-\\d{2}-\\d{2}: a certificate is amended only before`));
    const c2 = await refused(amend(store, ZA, cancelled.number, { reason: 'typo', parcels: 2 }));
    expect(c2.code).toBe('conflict');
    expect(c2.message).toContain(`${cancelled.number} was cancelled on`);
    expect(c2.message).toContain('(void): a cancelled certificate cannot be amended');
    const same = await refused(amend(store, ZA, open.number, { reason: 'nothing', parcels: 1 }));
    expect(same.code).toBe('invalid_input');
    expect(same.message).toBe(`The amendment changes nothing in ${open.number}: name the fields to correct.`);
    // India instead of Belgium: another importing Participant
    const other = await refused(amend(store, ZA, open.number, { reason: 'wrong buyer', importer: { country: 'IN', name: 'Mumbai Pvt', address: 'Bharat Diamond Bourse' } }));
    expect(other.code).toBe('invalid_input');
    expect(other.details).toEqual([{ path: 'importer.country', message: 'the replacement would be addressed to IN, not to EU: an amendment keeps the importing Participant (cancel and issue a new certificate instead)' }]);
    const noReason = await refused(amend(store, ZA, open.number, { reason: '  ', parcels: 2 }));
    expect(noReason.details).toEqual([{ path: 'reason', message: 'required' }]);
    // an officer of another Participant
    const foreign = await refused(amend(store, BW, open.number, { reason: 'typo', parcels: 2 }));
    expect(foreign.code).toBe('forbidden');
    // a rule of the scheme on the replacement: the request is checked as a new one
    const bad = await refused(amend(store, ZA, open.number, { reason: 'typo', importer: { address: 'Hoveniersstraat \u202E2' } }));
    expect(bad.code).toBe('invalid_input');
    expect(bad.details.map((d) => d.path)).toEqual(['importer.address']);

    expect(await log.size(store.db)).toBe(size);
    expect((await audit.recordedDetails(store.db, 'certificates.amend')).length).toBe(audits);
    expect((await onlineVerification.verifyNumber(store, open.number)).verdict).toBe('genuine');
    // an amendment may move the importer within its Participant (Belgium to the Netherlands, both EU)
    const moved = await amend(store, ZA, open.number, { reason: 'consignee in Rotterdam', importer: { country: 'NL', address: 'Weena 1, Rotterdam' } });
    expect(moved.changed).toEqual(['importer.address', 'importer.country']);
    expect(EU.participant).toBe('EU');
  });

  it('over HTTP: 201 with the replacement and its code; 409 for an amended one; 403 for another Participant; 400 without a reason', async () => {
    const a = await service.issue(store, ZA, request('ZA'));
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });
    const res = await app.inject({ method: 'POST', url: `/api/certificates/${a.number}/amendment`, headers: auth(za), payload: { reason: 'two parcels, not one', parcels: 2 } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ replaced: a.number, changed: ['parcels'], certificate: { parcels: 2 } });
    expect(res.headers['kpcs-verification-code']).toBeTruthy();
    expect((await app.inject({ url: `/api/verify/${a.number}` })).json()).toMatchObject({ verdict: 'cancelled', replacedBy: body.certificate.number });

    const again = await app.inject({ method: 'POST', url: `/api/certificates/${a.number}/amendment`, headers: auth(za), payload: { reason: 'again', parcels: 3 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    const b = body.certificate.number as string;
    const foreign = await app.inject({ method: 'POST', url: `/api/certificates/${b}/amendment`, headers: auth(bw), payload: { reason: 'x', parcels: 3 } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('forbidden');
    const noReason = await app.inject({ method: 'POST', url: `/api/certificates/${b}/amendment`, headers: auth(za), payload: { parcels: 3 } });
    expect(noReason.statusCode).toBe(400);
    const anonymous = await app.inject({ method: 'POST', url: `/api/certificates/${b}/amendment`, payload: { reason: 'x', parcels: 3 } });
    expect(anonymous.statusCode).toBe(401);
    // the replacement itself can be amended while unconfirmed
    const c = await app.inject({ method: 'POST', url: `/api/certificates/${b}/amendment`, headers: auth(za), payload: { reason: 'three parcels', parcels: 3 } });
    expect(c.statusCode).toBe(201);
    expect(await onlineVerification.verifyNumber(store, b)).toMatchObject({ replacedBy: c.json().certificate.number });
  });
});
