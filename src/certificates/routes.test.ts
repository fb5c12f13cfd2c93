import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { verifyConsistency, verifyInclusion } from './merkle.js';
import { checkTrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import { PDF_LABELS } from './pdf.js';
import { pdfText } from '../../test/support/pdf-text.js';

const request = {
  exporter: { name: 'Debswana', address: 'Gaborone', country: 'BW' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'BW',
  goods: [{ hsCode: '7102.10', carats: 5000.25, valueUsd: 1250000 }, { hsCode: '7102.21', carats: 100, valueUsd: 2000.5 }],
  parcels: 4,
};

describe.each(engines)('certificates HTTP API on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let auth: (who: string) => { authorization: string };

  beforeAll(async () => {
    const cast = [['bw', 'BW', ['officer']], ['eu', 'EU', ['officer']], ['euCustoms', 'EU', ['customs']], ['za', 'ZA', ['officer']], ['aeCustoms', 'AE', ['customs']], ['bwCompany', 'BW', ['company']], ['bwCompany2', 'BW', ['company']], ['zaCompany', 'ZA', ['company']]] as const;
    ({ store, app, bearer: auth } = await appWith(engine, cast.map(([key, member, roles]) => ({ key, name: `${key} user`, member, roles: [...roles] })), { publicUrl: 'https://kpcs.example.org' }));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  let number = '';

  it('issues through POST /api/certificates (201), 401 without credentials, 403 for another Participant or role', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/certificates', payload: request })).statusCode).toBe(401);
    const other = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('za'), payload: request });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('forbidden');
    expect((await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bwCompany'), payload: request })).statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ title: 'Kimberley Process Certificate', issuer: { participant: 'BW' }, goods: request.goods, parcels: 4, totals: { carats: 5100.25, valueUsd: 1252000.5 } });
    expect(doc.signature.alg).toBe('Ed25519');
    number = doc.number;
    expect(number).toMatch(/^BW-\d{4}-000001$/);
  });

  it('answers bad requests with every problem and its path', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: { ...request, goods: [{ hsCode: '7102.10', carats: -5, valueUsd: 1 }], parcels: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path).sort()).toEqual(['goods[0].carats', 'parcels']);
    const rules = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: { ...request, exporter: { ...request.exporter, country: 'ZA' }, importer: { ...request.importer, country: 'CG' } } });
    expect(rules.statusCode).toBe(403); // a ZA exporter: not BW's to certify
    const removed = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: { ...request, importer: { ...request.importer, country: 'CG' }, origin: 'mixed' } });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().details.map((d: { path: string }) => d.path)).toEqual(['provenance']);
    const toCG = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: { ...request, importer: { ...request.importer, country: 'CG' } } });
    expect(toCG.statusCode).toBe(400);
    expect(toCG.json().details).toEqual([{ path: 'importer.country', message: expect.stringContaining('removed') }]);
  });

  it('shows a certificate to the issuing and importing Participants only', async () => {
    expect((await app.inject({ url: `/api/certificates/${number}` })).statusCode).toBe(401);
    expect((await app.inject({ url: `/api/certificates/${number}`, headers: auth('bw') })).statusCode).toBe(200);
    const eu = await app.inject({ url: `/api/certificates/${number}`, headers: auth('euCustoms') });
    expect(eu.statusCode).toBe(200);
    expect(eu.json().certificate.number).toBe(number);
    expect((await app.inject({ url: `/api/certificates/${number}`, headers: auth('za') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/certificates/BW-2026-999999', headers: auth('bw') })).statusCode).toBe(404);
    const mine = await app.inject({ url: '/api/certificates?role=received', headers: auth('eu') });
    expect(mine.json().certificates.map((c: { number: string }) => c.number)).toContain(number);
  });

  it('verifies publicly by number, and a presented document', async () => {
    const v = await app.inject({ url: `/api/verify/${number}` });
    expect(v.statusCode).toBe(200);
    expect(v.json()).toMatchObject({ verdict: 'genuine', valid: true, issuer: 'BW' });
    expect(v.json()).not.toHaveProperty('exporter');
    expect((await app.inject({ url: '/api/verify/BW-2026-424242' })).json()).toMatchObject({ verdict: 'not-in-log', valid: false });
    const doc = (await app.inject({ url: `/api/certificates/${number}`, headers: auth('bw') })).json().certificate;
    expect((await app.inject({ method: 'POST', url: '/api/verify', payload: doc })).json().verdict).toBe('genuine');
    expect((await app.inject({ method: 'POST', url: '/api/verify', payload: { ...doc, parcels: 5 } })).json().verdict).toBe('altered');
  });

  it('publishes a trust list that verifies the certificate offline', async () => {
    const res = await app.inject({ url: '/api/trust-list' });
    expect(res.statusCode).toBe(200);
    const checked = checkTrustList(res.json());
    expect(checked.ok).toBe(true);
    const doc = (await app.inject({ url: `/api/certificates/${number}`, headers: auth('bw') })).json().certificate;
    // the bare document is the authority's word only; its bundle carries the log's signed checkpoint
    if (checked.ok) expect(verifyCertificate(doc, contextFromTrustList(checked.list)).verdict).toBe('not-in-log');
    const bundle = await app.inject({ url: `/api/certificates/${number}/bundle`, headers: auth('bw') });
    expect(bundle.statusCode).toBe(200);
    if (checked.ok) expect(verifyCertificate(bundle.json(), contextFromTrustList(checked.list)).verdict).toBe('genuine');
    expect((await app.inject({ method: 'POST', url: '/api/verify', payload: bundle.json() })).json().verdict).toBe('genuine');
    const cp = await app.inject({ url: '/api/log/checkpoint' });
    expect(cp.statusCode).toBe(200);
    expect(cp.json().note).toContain('\n\n\u2014 ');
    const text = await app.inject({ url: '/api/log/checkpoint', headers: { accept: 'text/plain' } });
    expect(text.headers['content-type']).toContain('text/plain');
    expect(text.body).toBe(cp.json().note);
  });

  it('confirms once, by the importing Participant only (403 for others, 409 the second time)', async () => {
    const url = `/api/certificates/${number}/confirmation`;
    const body = { parcels: 4, carats: 5100.25, sealsIntact: true };
    expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url, headers: auth('bw'), payload: body })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth('za'), payload: body })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth('euCustoms'), payload: body })).statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url, headers: auth('eu'), payload: body });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ flagged: false });
    expect((await app.inject({ method: 'POST', url, headers: auth('eu'), payload: body })).statusCode).toBe(409);
    // the receipt is not told from the number alone (src/certificates/disclosure.test.ts): the issuer sees it
    expect((await app.inject({ url: `/api/verify/${number}`, headers: auth('bw') })).json().confirmed).toBe(true);
  });

  it('cancels (issuer only) and records border checks', async () => {
    const second = (await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request })).json();
    const check = await app.inject({ method: 'POST', url: `/api/certificates/${second.number}/border-checks`, headers: auth('aeCustoms'), payload: { kind: 'transit', sealsIntact: true, unopened: true } });
    expect(check.statusCode).toBe(201);
    expect(check.json()).toMatchObject({ participant: 'AE', verdict: 'genuine', flagged: false });
    expect((await app.inject({ method: 'POST', url: `/api/certificates/${second.number}/cancellation`, headers: auth('eu'), payload: { reason: 'lost' } })).statusCode).toBe(403);
    const cancel = await app.inject({ method: 'POST', url: `/api/certificates/${second.number}/cancellation`, headers: auth('bw'), payload: { reason: 'void', note: 'issued twice' } });
    expect(cancel.statusCode).toBe(201);
    expect((await app.inject({ url: `/api/verify/${second.number}` })).json().verdict).toBe('cancelled');
  });

  it('serves the signed tree head and proofs that verify', async () => {
    const head = (await app.inject({ url: '/api/log/tree-head' })).json();
    expect(head.treeSize).toBeGreaterThanOrEqual(4); // issue, confirm, issue, cancel
    // by number: for the authorities concerned (or with the verification code), not for a number alone
    expect((await app.inject({ url: `/api/log/inclusion-proof?number=${number}&treeSize=${head.treeSize}` })).statusCode).toBe(403);
    const incl = (await app.inject({ url: `/api/log/inclusion-proof?number=${number}&treeSize=${head.treeSize}`, headers: auth('bw') })).json();
    expect(incl.rootHash).toBe(head.rootHash);
    expect(verifyInclusion(incl.leafIndex, incl.treeSize, Buffer.from(incl.leafHash, 'hex'), incl.proof.map((p: string) => Buffer.from(p, 'hex')), Buffer.from(head.rootHash, 'hex'))).toBe(true);
    const cons = (await app.inject({ url: `/api/log/consistency-proof?first=1&second=${head.treeSize}` })).json();
    expect(verifyConsistency(1, head.treeSize, Buffer.from(cons.firstRoot, 'hex'), Buffer.from(cons.secondRoot, 'hex'), cons.proof.map((p: string) => Buffer.from(p, 'hex')))).toBe(true);
    const entries = (await app.inject({ url: '/api/log/entries' })).json().entries;
    // positions and leaf hashes only: no event, time, number or Participant
    expect(entries).toHaveLength(4);
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['index', 'leafHash']);
    expect(JSON.stringify(entries)).not.toContain('Antwerp'); // hashes only, no commercial data
    expect((await app.inject({ url: `/api/log/consistency-proof?first=${head.treeSize + 5}` })).statusCode).toBe(400);
  });

  it('renders the PDF for the Participants who may see the certificate', async () => {
    const res = await app.inject({ url: `/api/certificates/${number}/pdf`, headers: auth('bw') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await app.inject({ url: `/api/certificates/${number}/pdf`, headers: auth('za') })).statusCode).toBe(403);
    // the labels beside the English: the issuer's language by default, another one asked for
    const spanish = await pdfText((await app.inject({ url: `/api/certificates/${number}/pdf?lang=es`, headers: auth('bw') })).rawPayload);
    expect(spanish).toContain(PDF_LABELS.en.title);
    expect(spanish).toContain(PDF_LABELS.es.title);
    expect(await pdfText(res.rawPayload)).not.toContain(PDF_LABELS.es.title);
    expect((await app.inject({ url: `/api/certificates/${number}/pdf?lang=de`, headers: auth('bw') })).statusCode).toBe(400);
  });

  it('rotates and revokes keys for the own Participant only', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/participants/BW/keys/rotation', headers: auth('za') })).statusCode).toBe(403);
    const rot = await app.inject({ method: 'POST', url: '/api/participants/BW/keys/rotation', headers: auth('bw') });
    expect(rot.statusCode).toBe(201);
    const retired = rot.json().retired as string;
    expect((await app.inject({ method: 'POST', url: `/api/keys/${retired}/revocation`, headers: auth('za'), payload: { reason: 'x' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/keys/${retired}/revocation`, headers: auth('bw'), payload: { reason: 'retired and destroyed' } })).statusCode).toBe(201);
    expect((await app.inject({ url: `/api/verify/${number}` })).json().verdict).toBe('genuine'); // signed before the revocation
  });

  it("an exporter applies; only its Participant's officers approve (the certificate is issued) or refuse; approved once", async () => {
    // a company cannot issue directly, nor apply for another Participant's exporter
    expect((await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bwCompany'), payload: request })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('zaCompany'), payload: request })).statusCode).toBe(403);
    // every rule is checked when applying
    const bad = await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('bwCompany'), payload: { ...request, importer: { ...request.importer, country: 'CG' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['importer.country']);
    const applied = await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('bwCompany'), payload: request });
    expect(applied.statusCode).toBe(201);
    const id = applied.json().id as string;
    expect(applied.json()).toMatchObject({ participant: 'BW', status: 'pending' });

    // the officer sees it; another company of BW does not; the applicant does
    expect((await app.inject({ url: '/api/certificate-applications?status=pending', headers: auth('bw') })).json().applications.map((a: { id: string }) => a.id)).toContain(id);
    expect((await app.inject({ url: '/api/certificate-applications', headers: auth('bwCompany2') })).json().applications).toEqual([]);
    expect((await app.inject({ url: '/api/certificate-applications', headers: auth('bwCompany') })).json().applications.map((a: { id: string }) => a.id)).toEqual([id]);

    // only a BW officer decides
    expect((await app.inject({ method: 'POST', url: `/api/certificate-applications/${id}/approval`, headers: auth('za') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/certificate-applications/${id}/approval`, headers: auth('bwCompany') })).statusCode).toBe(403);
    const approved = await app.inject({ method: 'POST', url: `/api/certificate-applications/${id}/approval`, headers: auth('bw') });
    expect(approved.statusCode).toBe(201);
    expect(approved.json()).toMatchObject({ issuer: { participant: 'BW' }, exporter: request.exporter });
    expect((await app.inject({ url: `/api/verify/${approved.json().number}` })).json().verdict).toBe('genuine');
    expect((await app.inject({ method: 'POST', url: `/api/certificate-applications/${id}/approval`, headers: auth('bw') })).statusCode).toBe(409);
    expect((await app.inject({ url: '/api/certificate-applications', headers: auth('bwCompany') })).json().applications[0]).toMatchObject({ status: 'approved', certificateNumber: approved.json().number });

    const second = (await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('bwCompany'), payload: request })).json();
    const refused = await app.inject({ method: 'POST', url: `/api/certificate-applications/${second.id}/refusal`, headers: auth('bw'), payload: { reason: 'licence suspended: stock report missing' } });
    expect(refused.statusCode).toBe(201);
    expect(refused.json()).toMatchObject({ status: 'refused', reason: 'licence suspended: stock report missing' });
    expect((await app.inject({ method: 'POST', url: `/api/certificate-applications/${second.id}/approval`, headers: auth('bw') })).statusCode).toBe(409);
  });

  it('a company reads the certificates issued on its own applications, and no other', async () => {
    const applied = (await app.inject({ method: 'POST', url: '/api/certificate-applications', headers: auth('bwCompany'), payload: request })).json();
    const own = (await app.inject({ method: 'POST', url: `/api/certificate-applications/${applied.id}/approval`, headers: auth('bw') })).json().number as string;
    // one issued by the officer directly, for the same Participant: not the company's
    const officers = (await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request })).json().number as string;
    const listed = (await app.inject({ url: '/api/certificates', headers: auth('bwCompany') })).json().certificates.map((c: { number: string }) => c.number);
    expect(listed).toContain(own);
    expect(listed).not.toContain(officers);
    // every listed certificate is one of its approved applications
    const apps = (await app.inject({ url: '/api/certificate-applications', headers: auth('bwCompany') })).json().applications.map((a: { certificateNumber: string | null }) => a.certificateNumber);
    for (const n of listed) expect(apps).toContain(n);
    const got = await app.inject({ url: `/api/certificates/${own}`, headers: auth('bwCompany') });
    expect(got.statusCode).toBe(200);
    expect(got.json().certificate).toMatchObject({ number: own, exporter: request.exporter });
    expect((await app.inject({ url: `/api/certificates/${own}/pdf`, headers: auth('bwCompany') })).statusCode).toBe(200);
    // not the officer's certificate, not another company's, not the received list, not another Participant's
    expect((await app.inject({ url: `/api/certificates/${officers}`, headers: auth('bwCompany') })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/certificates/${own}`, headers: auth('bwCompany2') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/certificates', headers: auth('bwCompany2') })).json().certificates).toEqual([]);
    expect((await app.inject({ url: '/api/certificates?role=received', headers: auth('bwCompany') })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/certificates/${own}`, headers: auth('zaCompany') })).statusCode).toBe(403);
    // the officers still see everything of their Participant
    const officerList = (await app.inject({ url: '/api/certificates?limit=1000', headers: auth('bw') })).json().certificates.map((c: { number: string }) => c.number);
    expect(officerList).toEqual(expect.arrayContaining([own, officers]));
  });

  it('issues a batch all or nothing, naming every bad request', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/certificates/batch', headers: auth('bw'), payload: { requests: [request, { ...request, importer: { ...request.importer, country: 'CG' } }, request, { ...request, origin: 'mixed' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['requests[1].importer.country', 'requests[3].provenance']);
    const before = (await app.inject({ url: '/api/log/tree-head' })).json().treeSize;
    expect((await app.inject({ url: '/api/log/tree-head' })).json().treeSize).toBe(before); // nothing was issued
    expect((await app.inject({ method: 'POST', url: '/api/certificates/batch', headers: auth('za'), payload: { requests: [request] } })).statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/certificates/batch', headers: auth('bw'), payload: { requests: Array.from({ length: 25 }, () => request) } });
    expect(ok.statusCode).toBe(201);
    const numbers = ok.json().certificates.map((c: { number: string }) => c.number);
    expect(new Set(numbers).size).toBe(25);
    expect((await app.inject({ url: '/api/log/tree-head' })).json().treeSize).toBe(before + 25);
    expect((await app.inject({ url: `/api/verify/${numbers[24]}` })).json().verdict).toBe('genuine');
  });

  it('concurrent batch calls and single requests all succeed, without a duplicate number', async () => {
    const before = (await app.inject({ url: '/api/log/tree-head' })).json().treeSize as number;
    const calls = await Promise.all([
      ...Array.from({ length: 3 }, () => app.inject({ method: 'POST', url: '/api/certificates/batch', headers: auth('bw'), payload: { requests: Array.from({ length: 20 }, () => request) } })),
      ...Array.from({ length: 10 }, () => app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request })),
    ]);
    expect(calls.map((c) => c.statusCode)).toEqual([...Array(3).fill(201), ...Array(10).fill(201)]);
    const numbers = calls.flatMap((c) => (c.json().certificates ?? [c.json()]).map((d: { number: string }) => d.number));
    expect(numbers).toHaveLength(70);
    expect(new Set(numbers).size).toBe(70);
    expect((await app.inject({ url: '/api/log/tree-head' })).json().treeSize).toBe(before + 70);
  });
});
