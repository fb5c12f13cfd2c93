// The certificate as a W3C Verifiable Credential (docs/credentials.md), through the HTTP API on the real
// embedded store (and PostgreSQL): who gets which credential, that it verifies with our verifier and with
// an independent one (test/support/independent-vc.ts), that any change is caught, and that a cancellation
// sets its bit in the public status list at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import { bitOf, keyOfDidKey, proofHolds } from '../../test/support/independent-vc.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import { buildServer } from '../http/server.js';
import type { CertificateRequest } from './model.js';
import { checkTrustList, type TrustList } from './signing.js';
import { STATUS_LIST_BITS, statusBit, verifyCredential } from './credential.js';
import { addProof, didKeyOf, multikeyOf, verificationMethodOf } from './data-integrity.js';
import { generateKeyPair, privateKeyObject } from './signing.js';
import { signingKey } from './keys.js';
import * as store from './store.js';
import * as keyStore from './key-store.js';
import { sql } from 'kysely';
import { migrate } from '../db/migrate.js';
import * as service from './service.js';

const request: CertificateRequest = {
  exporter: { name: 'Mine Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1250.5, valueUsd: 90000 }],
  parcels: 3,
};
const ZA = localOperator('ZA');
// biome-ignore lint/suspicious/noExplicitAny: credentials are read and edited as plain JSON here
type Json = Record<string, any>;

describe.each(engines)('credentials on %s', (engine) => {
  let s: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    s = await freshStore(engine);
    service.configure(s, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
    app = await buildServer({ store: s, webDir: null });
    for (const [who, member] of [['za', 'ZA'], ['eu', 'EU'], ['bw', 'BW']] as const) {
      const user = await createUser(s.db, SYSTEM, { name: `${who} officer`, member, roles: ['officer'] });
      tokens[who] = (await issueToken(s.db, SYSTEM, user.id)).token;
    }
  });
  afterAll(async () => {
    await app.close();
    await s.close();
  });

  const get = (url: string, token?: string) => app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const credentialOf = async (number: string, opts: { code?: string; token?: string }) => {
    const res = await get(`/api/certificates/${number}/credential${opts.code ? `?code=${opts.code}` : ''}`, opts.token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };
  const trustList = async () => {
    const checked = checkTrustList((await get('/api/trust-list')).json());
    if (!checked.ok) throw new Error(checked.reason);
    return checked.list as TrustList;
  };
  /** the status list a credential names, fetched from its address on this server */
  const statusListOf = async (vc: Json) => {
    const url = new URL(vc.credentialStatus.statusListCredential);
    expect(url.origin).toBe('https://kpcs.example.org');
    const res = await get(url.pathname);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };

  it('gives the holder with the verification code the holder fields, and the authorities concerned all, each a well-formed VC 2.0', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request);
    const holder = await credentialOf(doc.number, { code: verificationCode });
    expect(holder['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(holder.type).toEqual(['VerifiableCredential', 'KimberleyProcessCertificate']);
    expect(holder.validFrom).toBe(doc.issuedAt);
    expect(holder.validUntil).toBe(doc.expiresAt);
    expect(holder.issuer).toMatchObject({ participant: 'ZA', keyId: doc.issuer.keyId });
    expect(holder.name.map((n: Json) => n['@language'])).toEqual(['en', 'fr', 'pt', 'es', 'ru']);
    expect(holder.credentialSubject).toEqual({
      type: 'KimberleyProcessShipment', certificateNumber: doc.number, certificateHash: expect.stringMatching(/^[0-9a-f]{64}$/), disclosure: 'holder',
      participant: 'ZA', countryOfExport: 'ZA', countryOfDestination: 'BE', numberOfParcels: 3, caratWeight: 1250.5,
    });
    expect(holder.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: expect.stringMatching(/^\d+$/), statusListCredential: 'https://kpcs.example.org/api/credentials/status/0' });
    expect(holder.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', proofPurpose: 'assertionMethod', proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]+$/) });
    // the verification method is the did:key of the very key that signed the certificate
    const key = (await trustList()).keys.find((k) => k.keyId === doc.issuer.keyId)!;
    expect(holder.proof.verificationMethod).toBe(`did:key:${multikeyOf(key.publicKey)}#${multikeyOf(key.publicKey)}`);
    expect(holder.issuer.id).toBe(`did:key:${multikeyOf(key.publicKey)}`);
    for (const token of [tokens.za, tokens.eu]) {
      const full = await credentialOf(doc.number, { token });
      expect(full.credentialSubject).toMatchObject({
        disclosure: 'authority', exporter: { type: 'KimberleyProcessParty', ...request.exporter }, importer: { type: 'KimberleyProcessParty', ...request.importer },
        countryOfOrigin: 'ZA', goods: [{ hsCode: '7102.10', caratWeight: 1250.5, valueUsd: 90000 }], valueUsd: 90000, statement: doc.statement,
      });
    }
  });

  it('refuses the number alone, a wrong code and another Participant without the code; tells an unknown number', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request);
    const anonymous = await get(`/api/certificates/${doc.number}/credential`);
    expect(anonymous.statusCode).toBe(403);
    expect(anonymous.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('verification code') });
    const wrong = verificationCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await get(`/api/certificates/${doc.number}/credential?code=${wrong}`)).statusCode).toBe(403);
    expect((await get(`/api/certificates/${doc.number}/credential`, tokens.bw)).statusCode).toBe(403);
    expect((await get(`/api/certificates/${doc.number}/credential?code=${verificationCode}`, tokens.bw)).json().credentialSubject.disclosure).toBe('holder');
    expect((await get('/api/certificates/ZA-2006-999999/credential?code=ABCDE12345')).statusCode).toBe(404);
    expect((await get('/api/certificates/ZA-2006-000001/credential?code=not-a-code!')).json().code).toBe('invalid_input');
  });

  it('verifies with our verifier and with an independent implementation, status included', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request);
    const trust = await trustList();
    for (const vc of [await credentialOf(doc.number, { code: verificationCode }), await credentialOf(doc.number, { token: tokens.eu })]) {
      const list = await statusListOf(vc);
      expect(verifyCredential(vc, { keys: trust.keys, now: new Date(), statusList: list })).toMatchObject({ verdict: 'genuine', valid: true, status: 'active', number: doc.number, issuer: 'ZA', keyId: doc.issuer.keyId });
      // independently: both proofs hold, the credential's key is ZA's authority key of the trust list, the status list's key a log key
      const proof = await proofHolds(vc);
      expect(proof.ok).toBe(true);
      const authority = trust.keys.find((k) => k.purpose === 'certificate' && Buffer.from(k.publicKey, 'base64url').equals(Buffer.from(proof.publicKey!)));
      expect(authority?.owner).toBe('ZA');
      const listProof = await proofHolds(list);
      expect(listProof.ok).toBe(true);
      expect(trust.keys.find((k) => k.purpose === 'log' && Buffer.from(k.publicKey, 'base64url').equals(Buffer.from(listProof.publicKey!)))).toBeDefined();
      expect(keyOfDidKey(`${list.issuer.id}#${list.issuer.id.slice(8)}`)).toEqual(listProof.publicKey);
      expect(bitOf(list, Number(vc.credentialStatus.statusListIndex))).toBe(false);
      // and online
      const online = await app.inject({ method: 'POST', url: '/api/verify/credential', payload: vc });
      expect(online.json()).toMatchObject({ verdict: 'genuine', valid: true, status: 'active' });
    }
  });

  it('catches a change to any field, to the proof, or to the status list', async () => {
    const { certificate: doc } = await service.issueWithCode(s, ZA, request);
    const vc = await credentialOf(doc.number, { token: tokens.za });
    const list = await statusListOf(vc);
    const trust = await trustList();
    const edits: [string, (c: Json) => void][] = [
      ['carats', (c) => { c.credentialSubject.caratWeight += 1; }],
      ['parcels', (c) => { c.credentialSubject.numberOfParcels = 4; }],
      ['exporter', (c) => { c.credentialSubject.exporter.name = 'Other Ltd'; }],
      ['goods', (c) => { c.credentialSubject.goods[0].valueUsd = 1; }],
      ['destination', (c) => { c.credentialSubject.countryOfDestination = 'AE'; }],
      ['validUntil', (c) => { c.validUntil = '2099-01-01T00:00:00.000Z'; }],
      ['issuer name', (c) => { c.issuer.name = 'Someone else'; }],
      ['status index', (c) => { c.credentialStatus.statusListIndex = String(Number(c.credentialStatus.statusListIndex) + 1); }],
      ['status list', (c) => { c.credentialStatus.statusListCredential = 'https://elsewhere.example/status/0'; }],
      ['added field', (c) => { c.credentialSubject.note = 'added'; }],
      ['name', (c) => { c.name[0]['@value'] = 'A certificate'; }],
      ['context', (c) => { c['@context'][1].caratWeight = 'https://example.org/weight'; }],
      ['proof created', (c) => { c.proof.created = '2001-01-01T00:00:00Z'; }],
      ['proof purpose', (c) => { c.proof.proofPurpose = 'authentication'; }],
    ];
    for (const [what, edit] of edits) {
      const changed = structuredClone(vc);
      edit(changed);
      expect(verifyCredential(changed, { keys: trust.keys, now: new Date(), statusList: list }), what).toMatchObject({ verdict: 'altered', valid: false });
      expect((await proofHolds(changed)).ok, what).toBe(false);
    }
    // a status list changed (its bit cleared or set) no longer verifies
    const forged = structuredClone(list);
    forged.credentialSubject.encodedList = `u${Buffer.from(forged.credentialSubject.encodedList.slice(1), 'base64url').toString('base64url').replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'))}`;
    expect(verifyCredential(vc, { keys: trust.keys, now: new Date(), statusList: forged })).toMatchObject({ valid: false, verdict: 'altered', status: 'unchecked' });
    expect((await proofHolds(forged)).ok).toBe(false);
    // a credential signed by a key not on the trust list
    expect(verifyCredential(vc, { keys: trust.keys.filter((k) => k.owner !== 'ZA'), now: new Date(), statusList: list }).verdict).toBe('unknown-key');
  });

  it('refuses a well-signed credential whose key is not the issuing Participant\'s authority key on the trust list, and a status list not signed by a log key', async () => {
    const { certificate: doc } = await service.issueWithCode(s, ZA, request);
    const vc = await credentialOf(doc.number, { token: tokens.za });
    // BW's authority key exists (and is on the trust list) once BW has issued
    await service.issue(s, localOperator('BW'), { ...request, exporter: { ...request.exporter, country: 'BW' }, origin: 'BW' });
    const list = await statusListOf(vc);
    const trust = await trustList();
    const resign = (c: Json, key: { publicKey: string; key: ReturnType<typeof privateKeyObject> }) => {
      const { proof: _, ...unsecured } = structuredClone(c);
      unsecured.issuer.id = didKeyOf(key.publicKey);
      return addProof(unsecured, { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: new Date().toISOString(), verificationMethod: verificationMethodOf(key.publicKey), proofPurpose: 'assertionMethod' }, key.key) as Json;
    };
    // a forger's own key: the proof holds (a did:key proves only its holder), the trust list does not know the key
    const pair = generateKeyPair();
    const forged = resign(vc, { publicKey: pair.publicKey, key: privateKeyObject(pair.privateKeyDer) });
    expect((await proofHolds(forged)).ok).toBe(true);
    expect(verifyCredential(forged, { keys: trust.keys, now: new Date(), statusList: list })).toMatchObject({ verdict: 'unknown-key', reason: expect.stringContaining('not an authority key on the KP trust list') });
    // BW's genuine authority key signing a certificate of ZA
    const bwRow = (await keyStore.keysOf(s.db, 'BW'))[0]!;
    const bwKey = (await keyStore.keyById(s.db, bwRow.id))!;
    const byBw = resign(vc, { publicKey: bwKey.public_key, key: signingKey(s, bwKey.id, bwKey.private_key_enc) });
    expect(verifyCredential(byBw, { keys: trust.keys, now: new Date(), statusList: list })).toMatchObject({ verdict: 'unknown-key', reason: expect.stringContaining(`belongs to BW, not to the issuer of ${doc.number}`) });
    // a status list signed by an authority key, not by a log key
    const zaKey = (await keyStore.keyById(s.db, doc.issuer.keyId))!;
    const { proof: _, ...unsignedList } = structuredClone(list);
    unsignedList.issuer.id = didKeyOf(zaKey.public_key);
    const listByZa = addProof(unsignedList, { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: new Date().toISOString(), verificationMethod: verificationMethodOf(zaKey.public_key), proofPurpose: 'assertionMethod' }, signingKey(s, zaKey.id, zaKey.private_key_enc));
    expect(verifyCredential(vc, { keys: trust.keys, now: new Date(), statusList: listByZa })).toMatchObject({ verdict: 'altered', reason: 'the status cannot be checked: the status list is not signed by a log key of the KP trust list' });
    // another list than the one named
    expect(verifyCredential(vc, { keys: trust.keys, now: new Date(), statusList: { ...list, id: 'https://kpcs.example.org/api/credentials/status/1' } }).verdict).toBe('altered');
  });

  it('sets the bit of a cancelled certificate in the status list at once, on every server of the store; its index stays', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request);
    const other = await service.issueWithCode(s, ZA, request);
    const vc = await credentialOf(doc.number, { code: verificationCode });
    const index = Number(vc.credentialStatus.statusListIndex);
    const row = await store.certificate(s.db, 'ZA', doc.number);
    expect(Number(row!.status_index)).toBe(doc.transparency.leafIndex);
    expect(index).toBe(doc.transparency.leafIndex % STATUS_LIST_BITS);
    const before = await statusListOf(vc);
    expect(bitOf(before, index)).toBe(false);
    expect(statusBit(before.credentialSubject.encodedList, index)).toEqual({ ok: true, set: false });
    // a second server on the same store (as a second process on one PostgreSQL) serves the list after the first
    const second = await buildServer({ store: s, webDir: null });
    try {
      await service.cancel(s, ZA, doc.number, { reason: 'lost' });
      const path = new URL(vc.credentialStatus.statusListCredential).pathname;
      for (const server of [app, second]) {
        const after = (await server.inject({ method: 'GET', url: path })).json() as Json;
        expect(bitOf(after, index)).toBe(true);
        expect(bitOf(after, other.certificate.transparency.leafIndex % STATUS_LIST_BITS)).toBe(false);
        const trust = await trustList();
        expect(verifyCredential(vc, { keys: trust.keys, now: new Date(), statusList: after })).toMatchObject({ verdict: 'cancelled', valid: false, status: 'revoked' });
        expect((await proofHolds(after)).ok).toBe(true);
      }
    } finally {
      await second.close();
    }
    expect((await app.inject({ method: 'POST', url: '/api/verify/credential', payload: vc })).json()).toMatchObject({ verdict: 'cancelled', status: 'revoked' });
    expect(Number((await store.certificate(s.db, 'ZA', doc.number))!.status_index)).toBe(doc.transparency.leafIndex);
    // the cancelled certificate's credential is still given (its status says it is cancelled)
    expect((await credentialOf(doc.number, { code: verificationCode })).credentialStatus.statusListIndex).toBe(String(index));
  });

  it('serves status lists of at least 131,072 bits for the log, and no list beyond it', async () => {
    const list = (await get('/api/credentials/status/0')).json() as Json;
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(list.credentialSubject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation', id: 'https://kpcs.example.org/api/credentials/status/0#list' });
    expect(list.description.map((d: Json) => d['@language'])).toEqual(['en', 'fr', 'pt', 'es', 'ru']);
    const missing = await get('/api/credentials/status/7');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/^There is no status list 7: the log holds \d+ entries, so the lists are 0 to 0\.$/);
  });

  it('gives the certificates of a store from before the credentials their log position as status index (migration 0030)', async () => {
    await service.issueWithCode(s, ZA, request);
    // the store as it was before the migration: no status index
    await sql`alter table certificates drop column status_index`.execute(s.db);
    await sql`delete from schema_migrations where name = '0030_credential_status.sql'`.execute(s.db);
    expect(await migrate(s)).toEqual(['0030_credential_status.sql']);
    const { rows } = await sql<{ n: number; differing: number }>`select count(*)::int as n, count(*) filter (where status_index is distinct from log_index)::int as differing from certificates`.execute(s.db);
    expect(rows[0]!.n).toBeGreaterThan(5);
    expect(rows[0]!.differing).toBe(0);
    // and the cancelled ones are still marked
    const list = (await get('/api/credentials/status/0')).json() as Json;
    const cancelled = await sql<{ status_index: number }>`select status_index from certificates where cancelled_at is not null`.execute(s.db);
    expect(cancelled.rows.length).toBeGreaterThan(0);
    for (const r of cancelled.rows) expect(bitOf(list, Number(r.status_index))).toBe(true);
  });

  it('refuses to sign with a revoked key', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request);
    await service.revokeKey(s, SYSTEM, doc.issuer.keyId, { reason: 'compromised' });
    const res = await get(`/api/certificates/${doc.number}/credential?code=${verificationCode}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain(`The key ${doc.issuer.keyId} that signed certificate ${doc.number} was revoked on`);
  });
});
