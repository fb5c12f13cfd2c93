// Re-exports drawn against imports (issue #21, point 3) on the real embedded store (and PostgreSQL):
// balances, origin from the inputs, the chain, every bad drawing refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import { KpcsError } from '../core/errors.js';
import { buildServer } from '../http/server.js';
import * as log from './log.js';
import type { CertificateRequest, SignedCertificate } from './model.js';
import { amend } from './amendment.js';
import { derivedOrigin } from './reexport.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { refused } from '../../test/support/refused.js';

const EU = localOperator('EU');
const TRADER = 'Antwerp Trading NV';

const shipment = (from: string, carats: number, importer = TRADER, to = 'BE'): CertificateRequest => ({
  exporter: { name: `${from} Mining`, address: 'Main Road', country: from },
  importer: { name: importer, address: 'Hoveniersstraat 2, Antwerpen', country: to },
  origin: from,
  goods: [{ hsCode: '7102.31', carats, valueUsd: carats * 100 }],
  parcels: 1,
});

const reExport = (imports: { number: string; carats: number }[], extra: Partial<CertificateRequest> = {}) => ({
  exporter: { name: TRADER, address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  importer: { name: 'Surat Diamonds Pvt', address: 'Bharat Diamond Bourse, Mumbai', country: 'IN' },
  goods: [{ hsCode: '7102.31' as const, carats: imports.reduce((a, d) => a + d.carats, 0), valueUsd: 50_000 }],
  parcels: 1,
  imports,
  ...extra,
});

describe('origin from the inputs (pure)', () => {
  const input = (origin: string, exportedFrom: string, origins?: string[]) => ({ origin, origins, provenance: undefined, issuer: { countryOfExport: exportedFrom } }) as unknown as SignedCertificate;
  it('one origin, or mixed with the countries listed; provenance the one country of export, else the trading centre', () => {
    expect(derivedOrigin([input('BW', 'BW'), input('BW', 'BW')], 'BE')).toEqual({ origin: 'BW', provenance: 'BW' });
    expect(derivedOrigin([input('BW', 'BW'), input('ZA', 'ZA')], 'BE')).toEqual({ origin: 'mixed', provenance: 'BE', origins: ['BW', 'ZA'] });
    expect(derivedOrigin([input('mixed', 'AE', ['RU', 'CD']), input('BW', 'BW')], 'BE')).toEqual({ origin: 'mixed', provenance: 'BE', origins: ['BW', 'CD', 'RU'] });
  });
});

describe.each(engines)('re-exports on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let euToken = '';
  const confirmed = async (from: string, carats: number, importer = TRADER) => {
    const c = await service.issue(store, localOperator(from), shipment(from, carats, importer));
    await service.confirm(store, EU, c.number, { parcels: 1, carats, sealsIntact: true });
    return c;
  };
  const drawings = async () => Number((await sql<{ n: string }>`select count(*) as n from certificate_drawings`.execute(store.db)).rows[0]!.n);

  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    const user = await createUser(store.db, SYSTEM, { name: 'eu officer', member: 'EU', roles: ['officer'] });
    euToken = (await issueToken(store.db, SYSTEM, user.id)).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('draws on confirmed imports: origin and provenance follow; the chain is shown; balances hold; old certificates still verify', async () => {
    const bw = await confirmed('BW', 1000);
    const za = await confirmed('ZA', 500);
    const one = await service.issue(store, EU, reExport([{ number: bw.number, carats: 600 }]));
    expect(one).toMatchObject({ origin: 'BW', provenance: 'BW', imports: [{ number: bw.number, carats: 600 }] });
    expect(one.origins).toBeUndefined();
    expect((await onlineVerification.verifyNumber(store, one.number)).verdict).toBe('genuine');
    const mixed = await service.issue(store, EU, reExport([{ number: bw.number, carats: 400 }, { number: za.number, carats: 100 }]));
    expect(mixed).toMatchObject({ origin: 'mixed', provenance: 'BE', origins: ['BW', 'ZA'] });
    expect((await onlineVerification.verifyDocument(store, mixed)).verdict).toBe('genuine');
    // certificates issued without the new fields verify as before
    expect((await onlineVerification.verifyDocument(store, bw)).verdict).toBe('genuine');

    const shown = await service.get(store, EU, mixed.number);
    expect(shown.status.drawsOn).toEqual([
      { number: bw.number, carats: 400, issuer: 'BW', origin: 'BW', origins: null, countryOfExport: 'BW', cancelled: false },
      { number: za.number, carats: 100, issuer: 'ZA', origin: 'ZA', origins: null, countryOfExport: 'ZA', cancelled: false },
    ]);
    expect((await service.get(store, EU, bw.number)).status.drawnBy).toEqual([{ number: one.number, carats: 600 }, { number: mixed.number, carats: 400 }].sort((a, b) => a.number.localeCompare(b.number)));

    // beyond the balance: BW's import is fully drawn (600 + 400 of 1000)
    const size = await log.size(store.db);
    const before = await drawings();
    const beyond = await refused(service.issue(store, EU, reExport([{ number: za.number, carats: 300 }, { number: bw.number, carats: 0.5 }])));
    expect(beyond.code).toBe('invalid_input');
    expect(beyond.details).toEqual([{ path: 'imports[1].carats', message: `${bw.number}: 0.5 carats drawn, but only 0 carats are left of the 1000 confirmed received (1000 drawn by earlier re-exports)` }]);
    const za2 = await refused(service.issue(store, EU, reExport([{ number: za.number, carats: 400.01 }])));
    expect(za2.details[0]!.message).toBe(`${za.number}: 400.01 carats drawn, but only 400 carats are left of the 500 confirmed received (100 drawn by earlier re-exports)`);
    expect(await log.size(store.db)).toBe(size);
    expect(await drawings()).toBe(before);

    // an amendment of a fully drawn re-export releases its drawings to its replacement
    const amended = await amend(store, EU, one.number, { reason: 'consignee address', importer: { address: 'Opera House, Mumbai' } });
    expect(amended.certificate).toMatchObject({ origin: 'BW', imports: [{ number: bw.number, carats: 600 }] });
    expect(await refused(service.issue(store, EU, reExport([{ number: bw.number, carats: 1 }])))).toBeInstanceOf(KpcsError);
  });

  it('refuses an unknown, unconfirmed, cancelled, another company’s or another Participant’s import, naming it; nothing written', async () => {
    const unconfirmed = await service.issue(store, localOperator('BW'), shipment('BW', 100));
    const cancelled = await service.issue(store, localOperator('BW'), shipment('BW', 100));
    await service.cancel(store, localOperator('BW'), cancelled.number, { reason: 'void' });
    const otherCompany = await confirmed('BW', 100, 'Other Rough BVBA');
    const toIndia = await service.issue(store, localOperator('BW'), shipment('BW', 100, TRADER, 'IN'));
    const size = await log.size(store.db);
    const before = await drawings();

    const unknown = await refused(service.issue(store, EU, reExport([{ number: 'BW-2006-999999', carats: 10 }])));
    expect(unknown.details).toEqual([{ path: 'imports[0].number', message: 'no certificate numbered BW-2006-999999 was issued: nothing can be drawn on it (balance 0 carats)' }]);
    const all = await refused(service.issue(store, EU, reExport([
      { number: unconfirmed.number, carats: 10 }, { number: cancelled.number, carats: 10 }, { number: otherCompany.number, carats: 10 }, { number: toIndia.number, carats: 10 },
    ])));
    expect(all.code).toBe('invalid_input');
    expect(all.details).toHaveLength(4);
    const byNumber = new Map(all.details.map((d) => [d.message.split(' ')[0]!, d.message]));
    expect(byNumber.get(unconfirmed.number)).toBe(`${unconfirmed.number} has not been confirmed as received by EU: nothing can be drawn on it (balance 0 carats)`);
    expect(byNumber.get(cancelled.number)).toMatch(/was cancelled on \d{4}-\d{2}-\d{2} \(void\): nothing can be drawn on it/);
    expect(byNumber.get(otherCompany.number)).toBe(`${otherCompany.number} was imported by Other Rough BVBA, not by ${TRADER}: a company re-exports only what it imported; nothing can be drawn on it (balance 0 carats)`);
    expect(byNumber.get(toIndia.number)).toBe(`${toIndia.number} was addressed to IN, not to EU: a re-export draws only on its own Participant's imports; nothing can be drawn on it (balance 0 carats)`);
    // a stated origin that the imports contradict; carats drawn that are not the goods'
    const origin = await refused(service.issue(store, EU, { ...reExport([{ number: otherCompany.number, carats: 10 }]), origin: 'ZA' }));
    expect(origin.details).toEqual([{ path: 'origin', message: 'a re-export\'s origin follows from its imports: BW, not ZA' }]);
    const sum = await refused(service.issue(store, EU, { ...reExport([{ number: otherCompany.number, carats: 10 }]), goods: [{ hsCode: '7102.31', carats: 11, valueUsd: 1000 }] }));
    expect(sum.details).toEqual([{ path: 'imports', message: 'the carats drawn on the imports (10) must equal the carats of the goods (11)' }]);
    expect(await log.size(store.db)).toBe(size);
    expect(await drawings()).toBe(before);
  });

  it('over HTTP: 201 for a good drawing; 400 naming the certificate and the balance left', async () => {
    const bw = await confirmed('BW', 50);
    const auth = { authorization: `Bearer ${euToken}` };
    const ok = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth, payload: reExport([{ number: bw.number, carats: 30 }]) });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ origin: 'BW', imports: [{ number: bw.number, carats: 30 }] });
    const bad = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth, payload: reExport([{ number: bw.number, carats: 30 }]) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain(`${bw.number}: 30 carats drawn, but only 20 carats are left of the 50 confirmed received`);
    // the certificate figures statistics compares with count the re-exports as such
    const day = new Date().toISOString().slice(0, 10);
    const figures = await service.certificateFigures(store).figures('EU', { start: day, end: day });
    const toIndia = figures.filter((f) => f.flow === 'export' && f.partner === 'IN');
    const issuedToIndia = (await service.list(store, EU, { participant: 'EU' })).filter((c) => c.importer === 'IN' && c.status !== 'cancelled' && c.status !== 'replaced');
    expect(toIndia.reduce((n, f) => n + (f as { reExports?: number }).reExports!, 0)).toBe(issuedToIndia.length);
    expect(toIndia.reduce((n, f) => n + f.certificates, 0)).toBe(issuedToIndia.length);
  });
});
