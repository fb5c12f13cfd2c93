// ATTACK (trust-list rollback): a thief of ZA's authority key (or a stale mirror) hands an offline
// verifier an OLDER list, genuinely signed by the Chair, from before the key was revoked; the certificate
// signed with the stolen key then verifies as genuine against it. The defence: every list states its
// generation, every checkpoint commits to the generation current when the log signed it, and a verifier
// refuses a list older than a checkpoint it holds or than the newest list it accepted before (its state
// file). Performed on a real store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set) and through
// the built program.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../test/support/trust-list.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines, freshStore } from '../../test/support/store.js';
import { kpcs } from '../../test/support/cli.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import { generationOf, staleness } from './trust-generation.js';
import { acceptTrustList, committedGeneration } from './trust-state.js';
import * as checkpoints from './checkpoints.js';
import * as log from './log.js';
import * as service from './service.js';
import type { CertificateRequest } from './model.js';

const request = (): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
});
const ZA = localOperator('ZA');
const admin = localOperator();

describe.each(engines)('trust-list rollback on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32), logOrigin: 'kpcs.test/kpcs-log' });
  });
  afterAll(() => store.close());

  it('ATTACK: an older Chair-signed list from before a revocation is refused by a verifier holding a later checkpoint, or remembering a newer list', async () => {
    const genuine = await service.issue(store, ZA, request());
    const oldList = await listOf(store);
    const stolen = genuine.issuer.keyId;
    // the thief signs with the stolen key (here: has the store issue, before anyone noticed)
    const forged = await service.issue(store, ZA, request());
    const forgedBundle = await service.bundle(store, ZA, forged.number);
    // the theft is noticed: the key is revoked from the moment it was stolen, before the forged certificate
    await service.revokeKey(store, admin, stolen, { at: new Date(Date.parse(forged.issuedAt) - 1).toISOString(), reason: 'key stolen' });
    const newList = await listOf(store);
    expect(generationOf(newList)).toBeGreaterThan(generationOf(oldList));
    expect(verifyCertificate(forgedBundle, contextFromTrustList(newList))).toMatchObject({ verdict: 'revoked-key' });
    // the attack itself: against the old list the forged certificate is "genuine"
    expect(verifyCertificate(forgedBundle, contextFromTrustList(oldList))).toMatchObject({ verdict: 'genuine' });

    // defence 1: the verifier holds a checkpoint signed after the revocation (kpcs log checkpoint, a witness)
    const later = await checkpoints.checkpoint(store);
    expect(committedGeneration(later.note)).toBe(generationOf(newList));
    expect(() => acceptTrustList(oldList, { held: later.note, input: forgedBundle, clock: new Date() })).toThrow(
      `the trust list is of generation ${generationOf(oldList)}, older than generation ${generationOf(newList)} (the generation the checkpoint you hold commits to)`,
    );
    expect(acceptTrustList(newList, { held: later.note, input: forgedBundle, clock: new Date() })).toEqual({ warning: undefined });

    // defence 2: a verifier that accepted the new list once refuses the old one after (its state file)
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-trust-state-'));
    const state = join(dir, 'trust.state');
    acceptTrustList(newList, { stateFile: state, clock: new Date() });
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({ type: 'kp-trust-state', generation: generationOf(newList), signer: newList.signer.keyId });
    expect(() => acceptTrustList(oldList, { stateFile: state, clock: new Date() })).toThrow('the newest list this verifier accepted before');
    // and the state never goes back
    expect(JSON.parse(readFileSync(state, 'utf8')).generation).toBe(generationOf(newList));

    // end to end, through the built program: today the old list with the checkpoint held says genuine
    const files = { list: join(dir, 'old-list.json'), bundle: join(dir, 'forged.json'), cp: join(dir, 'checkpoint.txt'), proof: join(dir, 'proof.json') };
    writeFileSync(files.list, JSON.stringify(oldList));
    writeFileSync(files.bundle, JSON.stringify(forgedBundle));
    writeFileSync(files.cp, later.note);
    const [a, b] = [forgedBundle.inclusion.treeSize, later.treeSize];
    const proof = a === b ? undefined : await log.consistencyProof(store.db, a, b);
    if (proof) writeFileSync(files.proof, JSON.stringify({ first: proof.first, second: proof.second, proof: proof.proof }));
    const run = kpcs(['cert', 'verify', files.bundle, '--trust-list', files.list, '--checkpoint', files.cp, ...(proof ? ['--consistency', files.proof] : [])]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`older than generation ${generationOf(newList)}`);
    const remembered = kpcs(['cert', 'verify', files.bundle, '--trust-list', files.list, '--trust-state', state]);
    expect(remembered.code).not.toBe(0);
    expect(remembered.stderr).toContain('the newest list this verifier accepted before');
  });

  it('every change the list carries moves its generation: a log key revoked, a witness added and revoked', async () => {
    const g0 = generationOf(await listOf(store));
    const logKey = (await listOf(store)).keys.find((k) => k.purpose === 'log' && k.validTo === null)!.keyId;
    await service.revokeLogKey(store, admin, logKey, { reason: 'log key stolen' });
    const g1 = generationOf(await listOf(store));
    expect(g1).toBeGreaterThan(g0);
    const pub = (await import('./signing.js')).generateKeyPair().publicKey;
    await checkpoints.addWitness(store, admin, 'witness.example', pub);
    await checkpoints.revokeWitness(store, admin, 'witness.example', { reason: 'witness key stolen' });
    const g2 = generationOf(await listOf(store));
    expect(g2).toBeGreaterThan(g1);
    // a checkpoint signed now commits to it; a list signed again without a change keeps it
    expect(committedGeneration((await checkpoints.checkpoint(store)).note)).toBe(g2);
    expect(generationOf(await listOf(store))).toBe(g2);
  });

  it('a list states when it will have been replaced; past that, the verifier is warned it is stale', async () => {
    const list = await listOf(store);
    expect(Date.parse(list.nextUpdate!) - Date.parse(list.issuedAt)).toBe(7 * 86_400_000);
    expect(staleness(list, new Date())).toBeUndefined();
    const late = new Date(Date.parse(list.nextUpdate!) + 1000);
    expect(staleness(list, late)).toContain(`was due to be replaced by ${list.nextUpdate}: it is stale`);
    expect(acceptTrustList(list, { clock: late }).warning).toContain('it is stale');
  });
});
