// The re-export chain (issue #21) on the real embedded store (and PostgreSQL): Botswana and South African
// goods imported into Antwerp, re-exported mixed to Dubai, re-exported again to India. The verification of
// an authority concerned shows the origins and the certificates drawn on, two levels deep; the holder and
// the public see none of it. Statistics count the re-exports as such beside reported trade, and the
// reconciliation's certificate trail marks them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import * as statistics from '../statistics/service.js';
import { buildServer } from '../http/server.js';
import type { CertificateRequest, SignedCertificate } from './model.js';
import * as service from './service.js';
import { drawsOnChain } from './reexport.js';

const ANTWERP = 'Antwerp Trading NV';
const DUBAI = 'Dubai Rough DMCC';

const party = (name: string, country: string) => ({ name, address: `${name}, main street`, country });
const shipment = (from: string, carats: number): CertificateRequest => ({
  exporter: party(`${from} Mining`, from),
  importer: party(ANTWERP, 'BE'),
  origin: from,
  goods: [{ hsCode: '7102.31', carats, valueUsd: carats * 100 }],
  parcels: 1,
});
const reExport = (exporter: ReturnType<typeof party>, importer: ReturnType<typeof party>, imports: { number: string; carats: number }[]) => ({
  exporter,
  importer,
  goods: [{ hsCode: '7102.31' as const, carats: imports.reduce((a, d) => a + d.carats, 0), valueUsd: 60_000 }],
  parcels: 1,
  imports,
});

describe.each(engines)('the re-export chain on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  let bw: SignedCertificate;
  let za: SignedCertificate;
  let toDubai: SignedCertificate;
  let toIndia: SignedCertificate;
  let indiaCode: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    for (const [who, member, roles, groups] of [
      ['ae', 'AE', ['officer'], undefined],
      ['in', 'IN', ['officer'], undefined],
      ['eu', 'EU', ['officer'], undefined],
      ['za', 'ZA', ['officer'], undefined],
      ['wgs', 'CA', ['wg-member'], ['WGS']],
    ] as const) {
      const user = await createUser(store.db, SYSTEM, { name: who, member, roles: [...roles], ...(groups && { groups: [...groups] }) });
      tokens[who] = (await issueToken(store.db, SYSTEM, user.id)).token;
    }
    const EU = localOperator('EU');
    const AE = localOperator('AE');
    bw = await service.issue(store, localOperator('BW'), shipment('BW', 1000), { on: '2006-01-10' });
    za = await service.issue(store, localOperator('ZA'), shipment('ZA', 500), { on: '2006-01-11' });
    await service.confirm(store, EU, bw.number, { parcels: 1, carats: 1000, sealsIntact: true, receivedOn: '2006-01-13' });
    await service.confirm(store, EU, za.number, { parcels: 1, carats: 500, sealsIntact: true, receivedOn: '2006-01-14' });
    // Antwerp mixes both into one parcel for Dubai; Dubai re-exports part of it to India
    toDubai = await service.issue(store, EU, reExport(party(ANTWERP, 'BE'), party(DUBAI, 'AE'), [{ number: bw.number, carats: 400 }, { number: za.number, carats: 100 }]), { on: '2006-02-01' });
    await service.confirm(store, AE, toDubai.number, { parcels: 1, carats: 500, sealsIntact: true, receivedOn: '2006-02-03' });
    const issued = await service.issueWithCode(store, AE, reExport(party(DUBAI, 'AE'), party('Surat Diamonds Pvt', 'IN'), [{ number: toDubai.number, carats: 300 }]), { on: '2006-02-10' });
    toIndia = issued.certificate;
    indiaCode = issued.verificationCode;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('an authority concerned sees the origins and the certificates drawn on, two levels deep', async () => {
    expect(toDubai).toMatchObject({ origin: 'mixed', origins: ['BW', 'ZA'], provenance: 'BE' });
    expect(toIndia).toMatchObject({ origin: 'mixed', origins: ['BW', 'ZA'], provenance: 'BE' });
    const expected = [
      {
        number: toDubai.number, carats: 300, issuer: 'EU', known: true, issuedOn: '2006-02-01', countryOfExport: 'BE', origin: 'mixed', origins: ['BW', 'ZA'], cancelled: false,
        drawsOn: [
          { number: bw.number, carats: 400, issuer: 'BW', known: true, issuedOn: '2006-01-10', countryOfExport: 'BW', origin: 'BW', origins: ['BW'], cancelled: false },
          { number: za.number, carats: 100, issuer: 'ZA', known: true, issuedOn: '2006-01-11', countryOfExport: 'ZA', origin: 'ZA', origins: ['ZA'], cancelled: false },
        ],
      },
    ];
    // the issuing authority and the importing one
    for (const who of ['ae', 'in']) {
      const res = await app.inject({ url: `/api/verify/${toIndia.number}`, headers: as(who) });
      expect(res.statusCode).toBe(200);
      const v = res.json();
      // (a certificate of 2006 has expired: the chain is shown all the same)
      expect(v).toMatchObject({ disclosure: 'authority', verdict: 'expired', origin: 'mixed', origins: ['BW', 'ZA'] });
      expect(v.drawsOn).toEqual(expected);
    }
    // one level: Antwerp's re-export, seen by its issuer
    const mid = (await app.inject({ url: `/api/verify/${toDubai.number}`, headers: as('eu') })).json();
    expect(mid.drawsOn.map((d: { number: string; carats: number; drawsOn?: unknown }) => [d.number, d.carats, d.drawsOn])).toEqual([[bw.number, 400, undefined], [za.number, 100, undefined]]);
    // a certificate that is no re-export: its origin as a list, no chain
    const plain = (await app.inject({ url: `/api/verify/${za.number}`, headers: as('za') })).json();
    expect(plain).toMatchObject({ disclosure: 'authority', origin: 'ZA', origins: ['ZA'] });
    expect(plain.drawsOn).toBeUndefined();
  });

  it('a certificate this store does not hold ends the chain, known false', async () => {
    // a re-export received through the hub may draw on certificates kept only by another installation
    const chain = await drawsOnChain(store.db, { imports: [{ number: 'KR-2006-000042', carats: 12.5 }, { number: toDubai.number, carats: 1 }] });
    expect(chain![0]).toEqual({ number: 'KR-2006-000042', carats: 12.5, issuer: 'KR', known: false });
    expect(chain![1]).toMatchObject({ number: toDubai.number, known: true, drawsOn: [{ number: bw.number }, { number: za.number }] });
    expect(await drawsOnChain(store.db, { imports: undefined })).toBeUndefined();
  });

  it('the holder and the public see no chain; an authority not concerned sees what the public sees', async () => {
    const holder = (await app.inject({ url: `/api/verify/${toIndia.number}?code=${encodeURIComponent(indiaCode)}` })).json();
    expect(holder.disclosure).toBe('holder');
    expect(holder.drawsOn).toBeUndefined();
    expect(holder.origins).toBeUndefined();
    for (const headers of [{}, as('za')]) {
      const v = (await app.inject({ url: `/api/verify/${toIndia.number}`, headers })).json();
      expect(v.disclosure).toBe('public');
      expect(v.drawsOn).toBeUndefined();
      expect(v.origins).toBeUndefined();
    }
  });

  it('statistics count re-exports as such; the reconciliation trail marks them', async () => {
    const now = new Date('2006-05-01T00:00:00Z');
    await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows([
      { reporter: 'EU', period: '2006-Q1', flow: 'export', partner: 'AE', hs_code: '7102.31', carats: 500, value_usd: 60_000, certificates: 1 },
      { reporter: 'EU', period: '2006-Q1', flow: 'import', partner: 'BW', hs_code: '7102.31', carats: 1000, value_usd: 100_000, certificates: 1 },
      { reporter: 'AE', period: '2006-Q1', flow: 'import', partner: 'EU', hs_code: '7102.31', carats: 400, value_usd: 48_000, certificates: 1 },
      { reporter: 'AE', period: '2006-Q1', flow: 'export', partner: 'IN', hs_code: '7102.31', carats: 300, value_usd: 60_000, certificates: 1 },
    ]), { source: 'test', now });
    type Line = { flow: string; partner: string; fromCertificates: { carats: number; certificates: number; reExports: { carats: number; certificates: number } } };
    const eu = (await app.inject({ url: '/api/statistics/submissions/EU/trade/2006-Q1/certificates', headers: as('eu') })).json().lines as Line[];
    expect(eu.find((l) => l.flow === 'export' && l.partner === 'AE')!.fromCertificates).toEqual({ carats: 500, valueUsd: 60_000, certificates: 1, reExports: { carats: 500, certificates: 1 } });
    expect(eu.find((l) => l.flow === 'import' && l.partner === 'BW')!.fromCertificates).toEqual({ carats: 1000, valueUsd: 100_000, certificates: 1, reExports: { carats: 0, certificates: 0 } });
    const ae = (await app.inject({ url: '/api/statistics/submissions/AE/trade/2006-Q1/certificates', headers: as('ae') })).json().lines as Line[];
    // received re-exports count as such on the importer's side too
    expect(ae.find((l) => l.flow === 'import' && l.partner === 'EU')!.fromCertificates.reExports).toEqual({ carats: 500, certificates: 1 });
    expect(ae.find((l) => l.flow === 'export' && l.partner === 'IN')!.fromCertificates.reExports).toEqual({ carats: 300, certificates: 1 });

    // EU says 500 ct to Dubai, Dubai 400 ct from the EU: a discrepancy, its trail the re-export
    const r = await app.inject({ url: '/api/statistics/reconciliation?year=2006&trail=true&timing=false', headers: as('wgs') });
    expect(r.statusCode).toBe(200);
    const line = (r.json().lines as { exporter: string; importer: string; status: string; certificates?: { number: string; reExport?: boolean }[] }[]).find((l) => l.exporter === 'EU' && l.importer === 'AE')!;
    expect(line.status).toBe('discrepancy');
    expect(line.certificates).toEqual([expect.objectContaining({ number: toDubai.number, carats: 500, reExport: true })]);
    // a certificate that is no re-export is marked so
    const plain = await service.certificateTrail(store).trail('BW', 'EU', { start: '2006-01-01', end: '2006-03-31' });
    expect(plain).toEqual([expect.objectContaining({ number: bw.number, reExport: false })]);
  });
});
