// ATTACKS on the certificates' W3C Verifiable Credentials (docs/credentials.md, docs/security.md "A third
// attacker's review"), performed on a real store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
// through the HTTP API and the built program:
// - a thief of ZA's authority key signs a credential of a certificate ZA never issued, or of a real one
//   with other carats or a later expiry: its proof holds and the key is on the trust list, so
//   POST /api/verify/credential said "genuine"; the register now holds the credential to what it issued;
// - the holder of a cancelled certificate presents, offline, the status list saved before the
//   cancellation (genuine, only old): "genuine, not cancelled"; the trust list's cancellations now count;
// - `kpcs cert verify CREDENTIAL --trust-list OLD --trust-state S` (or `--checkpoint C`) skipped the
//   rollback checks that bundles get: a list from before a key's revocation was accepted;
// - a credential without proof.created, signed after the key's revocation: the revocation was not applied;
// - a credential nested thousands deep sent to the public verifier: a verdict, never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../../test/support/cli.js';
import { listOf } from '../../test/support/trust-list.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import { kpcs } from '../../test/support/cli.js';
import type { Store } from '../db/store.js';
import { localOperator, PUBLIC } from '../auth/model.js';
import { buildServer } from '../http/server.js';
import { generationOf } from './trust-generation.js';
import { verifyCredential } from './credential.js';
import { addProof, didKeyOf, verificationMethodOf } from './data-integrity.js';
import { signingKey } from './keys.js';
import { credential, statusList } from './credentials.js';
import * as checkpoints from './checkpoints.js';
import * as keyStore from './key-store.js';
import * as service from './service.js';
import type { CertificateRequest } from './model.js';

const request = (carats = 1234.56): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats, valueUsd: 987654.32 }],
  parcels: 3,
});
const ZA = localOperator('ZA');
const admin = localOperator();
// biome-ignore lint/suspicious/noExplicitAny: credentials are read and edited as plain JSON here
type Json = Record<string, any>;

describe.each(engines)('ATTACKS on credentials on %s', (engine) => {
  let s: Store;
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    buildIfStale();
    s = await freshStore(engine);
    service.configure(s, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org', logOrigin: 'kpcs.test/kpcs-log' });
    app = await buildServer({ store: s, webDir: null });
    dir = mkdtempSync(join(tmpdir(), 'kpcs-credential-attacks-'));
  });
  afterAll(async () => {
    await app.close();
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** what a thief of the key signs: the credential as given, re-signed after `edit` */
  const resign = async (vc: Json, keyId: string, edit: (c: Json) => void, proofEdit: (p: Json) => void = () => {}) => {
    const row = (await keyStore.keyById(s.db, keyId))!;
    const { proof: _, ...unsecured } = structuredClone(vc);
    edit(unsecured);
    const options: Json = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: new Date().toISOString(), verificationMethod: verificationMethodOf(row.public_key), proofPurpose: 'assertionMethod' };
    proofEdit(options);
    return addProof(unsecured, options as Parameters<typeof addProof>[1], signingKey(s, row.id, row.private_key_enc)) as Json;
  };
  const verifyOnline = async (vc: unknown) => {
    const res = await app.inject({ method: 'POST', url: '/api/verify/credential', payload: vc as object });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };

  it('ATTACK: a credential signed with ZA\'s genuine authority key for a certificate never issued, or stating other facts, is not genuine online', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request());
    const full = (await credential(s, ZA, doc.number)) as Json;
    const holder = (await credential(s, PUBLIC, doc.number, { code: verificationCode })) as Json;
    // the genuine ones verify online
    const first = await verifyOnline(full);
    expect(first, JSON.stringify(first)).toMatchObject({ verdict: 'genuine', valid: true });
    expect(await verifyOnline(holder)).toMatchObject({ verdict: 'genuine', valid: true });
    const trust = await listOf(s);
    const year = doc.number.split('-')[1];
    const forgeries: [string, Json, string, string][] = [
      ['a number ZA never issued', await resign(full, doc.issuer.keyId, (c) => { c.credentialSubject.certificateNumber = `ZA-${year}-999999`; c.credentialSubject.caratWeight = 50_000; }),
        'not-in-log', `no certificate ZA-${year}-999999 was issued in this register`],
      ['ten times the carats', await resign(full, doc.issuer.keyId, (c) => { c.credentialSubject.caratWeight *= 10; c.credentialSubject.goods[0].caratWeight *= 10; }),
        'altered', 'credential.credentialSubject.caratWeight differs'],
      ['another importer', await resign(full, doc.issuer.keyId, (c) => { c.credentialSubject.importer.name = 'Front Company FZE'; }),
        'altered', 'credential.credentialSubject.importer.name differs'],
      ['a later expiry', await resign(holder, doc.issuer.keyId, (c) => { c.validUntil = new Date(Date.parse(c.validFrom) + 300 * 86_400_000).toISOString(); }),
        'altered', 'credential.validUntil differs'],
      ['the holder\'s view claiming the authority\'s', await resign(holder, doc.issuer.keyId, (c) => { c.credentialSubject.disclosure = 'authority'; }),
        'altered', 'credential.credentialSubject.countryOfOrigin differs'],
      ['another status index', await resign(holder, doc.issuer.keyId, (c) => { c.credentialStatus.statusListIndex = '99999'; c.credentialStatus.id = c.credentialStatus.id.replace(/#\d+$/, '#99999'); }),
        'altered', 'credential.credentialStatus.statusListIndex differs'],
      ['a remapped term', await resign(full, doc.issuer.keyId, (c) => { c['@context'][1] = { ...c['@context'][1], caratWeight: 'https://example.org/grams' }; }),
        'altered', "credential.@context[1].caratWeight differs"],
    ];
    for (const [what, forged, verdict, reason] of forgeries) {
      // the forgery is sound as far as a signature and the trust list can tell: offline, genuine
      expect(verifyCredential(forged, { keys: trust.keys, now: new Date() }).verdict, what).toBe('genuine');
      // the register is not fooled
      const online = await verifyOnline(forged);
      expect(online, what).toMatchObject({ verdict, valid: false });
      expect(online.reason, what).toContain(reason);
    }
    // a credential re-signed with the same facts (a fresh proof) is the certificate as issued: still genuine
    expect(await verifyOnline(await resign(full, doc.issuer.keyId, () => {}))).toMatchObject({ verdict: 'genuine' });
  });

  it('ATTACK: a status list saved before the cancellation, presented offline with the current trust list, does not make a cancelled certificate active (API and CLI)', async () => {
    const { certificate: doc, verificationCode } = await service.issueWithCode(s, ZA, request(77));
    const vc = (await credential(s, PUBLIC, doc.number, { code: verificationCode })) as Json;
    const before = (await statusList(s, 0)) as Json;
    await service.cancel(s, ZA, doc.number, { reason: 'lost' });
    const after = await listOf(s);
    expect(after.cancelled.map((c) => c.number)).toContain(doc.number);
    // the old status list is genuine: its proof holds and its key is the log key of the list
    const judged = verifyCredential(vc, { keys: after.keys, now: new Date(), statusList: before, cancelled: after.cancelled });
    expect(judged).toMatchObject({ verdict: 'cancelled', valid: false, status: 'revoked' });
    expect(judged.reason).toContain('the trust list names it among the cancelled certificates');
    expect(judged.reason).toContain('is older than the cancellation');
    // without any status list the trust list still tells
    expect(verifyCredential(vc, { keys: after.keys, now: new Date(), cancelled: after.cancelled })).toMatchObject({ verdict: 'cancelled', status: 'revoked' });
    // through the built program
    const files = { vc: join(dir, 'vc-cancelled.json'), list: join(dir, 'list-after.json'), status: join(dir, 'status-before.json') };
    writeFileSync(files.vc, JSON.stringify(vc));
    writeFileSync(files.list, JSON.stringify(after));
    writeFileSync(files.status, JSON.stringify(before));
    const run = kpcs(['cert', 'verify', files.vc, '--trust-list', files.list, '--status-list', files.status]);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toContain(`kpcs: ${doc.number}: cancelled: the certificate was cancelled: the trust list names it among the cancelled certificates`);
  });

  it('ATTACK: an older trust list from before the key\'s revocation is refused for a credential by --trust-state and by --checkpoint, as for a bundle', async () => {
    const { certificate: doc } = await service.issueWithCode(s, ZA, request(88));
    const vc = (await credential(s, ZA, doc.number)) as Json;
    const oldList = await listOf(s);
    // the key is found stolen from before this certificate: revoked from then
    await service.revokeKey(s, admin, doc.issuer.keyId, { at: new Date(Date.parse(doc.issuedAt) - 1).toISOString(), reason: 'key stolen' });
    const newList = await listOf(s);
    expect(generationOf(newList)).toBeGreaterThan(generationOf(oldList));
    expect(verifyCredential(vc, { keys: oldList.keys, now: new Date() }).verdict).toBe('genuine');
    expect(verifyCredential(vc, { keys: newList.keys, now: new Date() }).verdict).toBe('revoked-key');
    const files = { vc: join(dir, 'vc-stolen.json'), old: join(dir, 'list-old.json'), new: join(dir, 'list-new.json'), state: join(dir, 'trust.state'), cp: join(dir, 'checkpoint.txt') };
    writeFileSync(files.vc, JSON.stringify(vc));
    writeFileSync(files.old, JSON.stringify(oldList));
    writeFileSync(files.new, JSON.stringify(newList));
    writeFileSync(files.cp, (await checkpoints.checkpoint(s)).note);
    // the verifier sees the new list once (the credential is refused), and remembers it
    const seen = kpcs(['cert', 'verify', files.vc, '--trust-list', files.new, '--trust-state', files.state]);
    expect(seen.code).toBe(1);
    expect(seen.stderr).toContain('revoked key');
    // then the thief hands it the old list
    const rolledBack = kpcs(['cert', 'verify', files.vc, '--trust-list', files.old, '--trust-state', files.state]);
    expect(rolledBack.code, rolledBack.stdout).not.toBe(0);
    expect(rolledBack.stderr).toContain('the newest list this verifier accepted before');
    // a verifier holding a later checkpoint refuses it too
    const held = kpcs(['cert', 'verify', files.vc, '--trust-list', files.old, '--checkpoint', files.cp]);
    expect(held.code, held.stdout).not.toBe(0);
    expect(held.stderr).toContain(`older than generation ${generationOf(newList)} (the generation the checkpoint you hold commits to)`);
  });

  it('ATTACK: a credential with no proof.created, signed with a key after its revocation, is not genuine', async () => {
    const { certificate: doc } = await service.issueWithCode(s, ZA, request(99));
    const vc = (await credential(s, ZA, doc.number)) as Json;
    await service.revokeKey(s, admin, doc.issuer.keyId, { reason: 'key stolen' });
    const trust = await listOf(s);
    // dated with the certificate (before the revocation), signed now, the time of signing left out
    const undated = await resign(vc, doc.issuer.keyId, () => {}, (p) => { delete p.created; });
    expect(verifyCredential(undated, { keys: trust.keys, now: new Date() })).toMatchObject({ verdict: 'altered', reason: expect.stringContaining('proof.created') });
    expect(await verifyOnline(undated)).toMatchObject({ verdict: 'altered', valid: false });
    // with its time, the revocation applies
    expect(verifyCredential(await resign(vc, doc.issuer.keyId, () => {}), { keys: trust.keys, now: new Date() }).verdict).toBe('revoked-key');
  });

  it('ATTACK: a credential nested 50,000 deep, or with a forger\'s own did:key as issuer, gets a verdict, not an error', async () => {
    const deep = `${'{"a":'.repeat(50_000)}"x"${'}'.repeat(50_000)}`;
    const { certificate: doc } = await service.issueWithCode(s, ZA, request(101));
    const vc = (await credential(s, ZA, doc.number)) as Json;
    const text = JSON.stringify(vc).replace('"credentialSubject":{', `"credentialSubject":{"deep":${deep},`);
    const res = await app.inject({ method: 'POST', url: '/api/verify/credential', headers: { 'content-type': 'application/json' }, payload: text });
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode === 200) expect(res.json()).toMatchObject({ valid: false, verdict: 'altered' });
    // a did:key that is not an Ed25519 key
    const odd: Json = { ...structuredClone(vc), issuer: { ...vc.issuer, id: 'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme' } };
    odd.proof.verificationMethod = `${odd.issuer.id}#${odd.issuer.id.slice(8)}`;
    expect(await verifyOnline(odd)).toMatchObject({ verdict: 'altered', valid: false });
    expect(didKeyOf((await keyStore.keyById(s.db, doc.issuer.keyId))!.public_key)).toBe(vc.issuer.id);
  });
});
