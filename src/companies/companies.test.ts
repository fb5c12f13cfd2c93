// Licensed companies (issue #21, point 1) on the real embedded store (and PostgreSQL): the register, the
// exporter checked at issuance once a Participant keeps one, a company user applying only in its own
// company's name (an attack before), an unlicensed importer flagged at confirmation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith, type Person } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import * as audit from '../audit/service.js';
import * as certificates from '../certificates/service.js';
import type { CertificateRequest } from '../certificates/model.js';
import * as companies from './service.js';
import { licensedOn, nameKey } from './model.js';
import { refused } from '../../test/support/refused.js';

const BW = localOperator('BW');
const EU = localOperator('EU');

const request = (exporter: string, importer = 'Antwerp Rough NV'): CertificateRequest => ({
  exporter: { name: exporter, address: 'Plot 1, Gaborone', country: 'BW' },
  importer: { name: importer, address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'BW',
  goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 9000 }],
  parcels: 1,
});

describe('the register (pure)', () => {
  it('matches names whatever the case and spacing; a licence covers its days until suspended', () => {
    expect(nameKey('  Okavango   Diamond Company ')).toBe(nameKey('okavango diamond company'));
    const c = { validFrom: '2006-01-01', validTo: '2006-12-31', suspended: { at: '2006-06-10T09:00:00.000Z', by: 'x', reason: 'audit' } };
    expect(licensedOn(c, '2005-12-31')).toBe(false);
    expect(licensedOn(c, '2006-06-09')).toBe(true);
    expect(licensedOn(c, '2006-06-10')).toBe(false);
    expect(licensedOn({ ...c, suspended: null }, '2007-01-01')).toBe(false);
  });
});

describe.each(engines)('licensed companies on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let people: Record<string, Person>;
  let auth: (who: string) => { authorization: string };
  beforeAll(async () => {
    ({ store, app, people, bearer: auth } = await appWith(
      engine,
      [
        ['bw', 'BW', ['officer']],
        ['za', 'ZA', ['officer']],
        ['debswana', 'BW', ['company']],
        ['okavango', 'BW', ['company']],
        ['loose', 'BW', ['company']],
      ],
      {},
    ));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('before a Participant keeps a register, any exporter name is accepted', async () => {
    const cert = await certificates.issue(store, BW, request('Anyone Ltd'));
    expect(cert.exporter.name).toBe('Anyone Ltd');
  });

  it('registers, lists and suspends, each audited; refuses a duplicate, bad input, another Participant', async () => {
    const deb = await companies.add(store.db, BW, { participant: 'BW', licence: 'BW-L-0001', name: 'Debswana Diamond Company', address: 'Gaborone', validFrom: '2006-01-01' });
    expect(deb).toMatchObject({ participant: 'BW', licence: 'BW-L-0001', validFrom: '2006-01-01', validTo: null, suspended: null });
    await companies.add(store.db, BW, { participant: 'BW', licence: 'BW-L-0002', name: 'Okavango Diamond Company', validFrom: '2006-01-01' });
    const dup = await refused(companies.add(store.db, BW, { participant: 'BW', licence: 'BW-L-0001', name: 'Other' }));
    expect(dup.code).toBe('conflict');
    const sameName = await refused(companies.add(store.db, BW, { participant: 'BW', licence: 'BW-L-0009', name: 'debswana  diamond company' }));
    expect(sameName.message).toContain('already registers a company named');
    const bad = await refused(companies.add(store.db, BW, { participant: 'BW', licence: 'x', name: ' ', validFrom: '2006-05-01', validTo: '2006-04-01' }));
    expect(bad.details.map((d) => d.path)).toEqual(['licence', 'name', 'validTo']);
    const foreign = await refused(companies.add(store.db, localOperator('ZA'), { participant: 'BW', licence: 'BW-L-0003', name: 'Sneaky' }));
    expect(foreign.code).toBe('forbidden');
    expect((await companies.list(store.db, BW, 'BW')).map((c) => c.licence)).toEqual(['BW-L-0001', 'BW-L-0002']);
    expect(await audit.recordedDetails(store.db, 'companies.add')).toContainEqual(expect.objectContaining({ licence: 'BW-L-0001', name: 'Debswana Diamond Company' }));

    // over HTTP: the Participant's officers only
    const list = await app.inject({ url: '/api/companies', headers: auth('bw') });
    expect(list.statusCode).toBe(200);
    expect(list.json().companies).toHaveLength(2);
    expect((await app.inject({ url: '/api/companies?participant=BW', headers: auth('za') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/companies?participant=BW', headers: auth('debswana') })).statusCode).toBe(403);
    const added = await app.inject({ method: 'POST', url: '/api/companies', headers: auth('bw'), payload: { licence: 'BW-L-0003', name: 'Lucara Botswana', validFrom: '2006-01-01' } });
    expect(added.statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: '/api/companies', headers: auth('za'), payload: { participant: 'BW', licence: 'BW-L-0004', name: 'X' } })).statusCode).toBe(403);
    const suspended = await app.inject({ method: 'POST', url: '/api/companies/BW/BW-L-0003/suspension', headers: auth('bw'), payload: { reason: 'records not kept' } });
    expect(suspended.statusCode).toBe(201);
    expect(suspended.json().suspended).toMatchObject({ reason: 'records not kept' });
    const again = await app.inject({ method: 'POST', url: '/api/companies/BW/BW-L-0003/suspension', headers: auth('bw'), payload: { reason: 'twice' } });
    expect(again.statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: '/api/companies/BW/BW-L-0002/suspension', headers: auth('za'), payload: { reason: 'x' } })).statusCode).toBe(403);
  });

  it('once it keeps a register, the exporter must be licensed on the day of issue', async () => {
    const unknown = await refused(certificates.issue(store, BW, request('Anyone Ltd')));
    expect(unknown.details).toEqual([{ path: 'exporter.name', message: '"Anyone Ltd" is not a company licensed by BW: its certificates name only the companies of its register' }]);
    const suspended = await refused(certificates.issue(store, BW, request('Lucara Botswana')));
    expect(suspended.details[0]!.message).toMatch(/^Lucara Botswana is not licensed on \d{4}-\d{2}-\d{2}: its licence BW-L-0003 was suspended on \d{4}-\d{2}-\d{2} \(records not kept\)$/);
    // the name as registered, whatever the case
    expect((await certificates.issue(store, BW, request('DEBSWANA DIAMOND COMPANY'))).number).toMatch(/^BW-/);
    // a day before the register began is judged by that day: no register then
    expect((await certificates.issue(store, BW, request('Anyone Ltd'), { on: '2005-06-01' })).number).toMatch(/^BW-2005-/);
  });

  it('a company user applies only in its own company’s name (attack: in another company’s name)', async () => {
    await companies.tie(store.db, BW, 'BW', people.debswana!.id, 'BW-L-0001');
    await companies.tie(store.db, BW, 'BW', people.okavango!.id, 'BW-L-0002');
    const own = await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('debswana'), payload: request('Debswana Diamond Company') });
    expect(own.statusCode).toBe(201);
    // Okavango's user applying as Debswana (both licensed): refused, nothing written
    const before = (await app.inject({ url: '/api/certificate-applications', headers: auth('bw') })).json().applications.length;
    const attack = await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('okavango'), payload: request('Debswana Diamond Company') });
    expect(attack.statusCode).toBe(400);
    expect(attack.json().details).toEqual([{ path: 'exporter.name', message: 'okavango (okavango) acts for Okavango Diamond Company (licence BW-L-0002) and applies only in its name, not in the name of "Debswana Diamond Company"' }]);
    // a company user tied to no company, once the register exists
    const loose = await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('loose'), payload: request('Debswana Diamond Company') });
    expect(loose.statusCode).toBe(400);
    expect(loose.json().details[0].message).toContain('is not tied to a company');
    expect((await app.inject({ url: '/api/certificate-applications', headers: auth('bw') })).json().applications.length).toBe(before);
    // tying to a licence of the register only
    const wrong = await refused(companies.tie(store.db, BW, 'BW', people.loose!.id, 'BW-L-9999'));
    expect(wrong.details).toEqual([{ path: 'company', message: 'unknown licence' }]);
  });

  it('an importing Participant that keeps a register sees an unlicensed importer flagged at confirmation', async () => {
    const toUnlicensed = await certificates.issue(store, BW, request('Debswana Diamond Company', 'Unknown Trading BVBA'));
    const toLicensed = await certificates.issue(store, BW, request('Debswana Diamond Company', 'Antwerp Rough NV'));
    // EU keeps no register yet: nothing flagged
    const before = await certificates.issue(store, BW, request('Debswana Diamond Company', 'Unknown Trading BVBA'));
    expect((await certificates.confirm(store, EU, before.number, { parcels: 1, carats: 100, sealsIntact: true })).flagged).toBe(false);
    await companies.add(store.db, EU, { participant: 'EU', licence: 'BE-AWDC-0001', name: 'Antwerp Rough NV', validFrom: '2006-01-01' });
    const flagged = await certificates.confirm(store, EU, toUnlicensed.number, { parcels: 1, carats: 100, sealsIntact: true });
    expect(flagged.flagged).toBe(true);
    expect(flagged.mismatches).toEqual([{ path: 'importer.licence', message: 'the importer "Unknown Trading BVBA" is not a company licensed by EU' }]);
    expect((await certificates.confirm(store, EU, toLicensed.number, { parcels: 1, carats: 100, sealsIntact: true })).flagged).toBe(false);
  });
});
