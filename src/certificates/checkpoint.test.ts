// Checkpoints signed by the log (C2SP tlog-checkpoint, signed-note, tlog-cosignature) and what offline
// verification makes of them. The attacks are performed: an authority key alone, a self-made log, a
// checkpoint altered, a key out of service, a fork, too few witnesses.
import { describe, expect, it } from 'vitest';
import { append, leafHash } from './merkle.js';
import { certificateFixture, LOG_ORIGIN } from '../../test/support/certificates.js';
import {
  checkpointBody, cosignatureLine, keyHash, parseCheckpointBody, parseNote, sameLog, SIG_ED25519, signCheckpoint, verifierKey, verifyCheckpoint, type Checkpoint,
} from './checkpoint.js';
import { generateKeyPair, issueLeaf, keyIdOf, privateKeyObject, signCertificate, signTrustList, type TrustedKey, type TrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate, type CertificateBundle } from './verification.js';
import type { SignedCertificate } from './model.js';
import { cosign, type WitnessKeyFile } from './witness.js';

const { authority, authorityId, scheme, schemeId, signed, logKey, logTrusted, bundled } = certificateFixture;
const during = new Date('2006-03-10T00:00:00Z');

function witness(name: string) {
  const pair = generateKeyPair();
  const file: WitnessKeyFile = { type: 'kpcs-witness-key', name, publicKey: pair.publicKey, privateKey: pair.privateKeyDer.toString('base64') };
  const trusted: TrustedKey = { keyId: keyIdOf('WITNESS', pair.publicKey), owner: name, purpose: 'witness', publicKey: pair.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null };
  return { file, trusted };
}
const w1 = witness('w1.example.org');
const w2 = witness('w2.example.org');

function trustList(extra: TrustedKey[] = [logTrusted]): TrustList {
  return signTrustList(
    {
      type: 'kp-trust-list', version: 1, issuedAt: '2006-03-02T00:00:00.000Z', chair: 'BW', signer: { keyId: schemeId, publicKey: scheme.publicKey },
      keys: [{ keyId: authorityId, owner: 'ZA', purpose: 'certificate', publicKey: authority.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null }, ...extra],
      cancelled: [],
    },
    privateKeyObject(scheme.privateKeyDer),
  );
}
const offline = (doc: unknown, opts: Parameters<typeof contextFromTrustList>[2] = {}, list = trustList()) => verifyCertificate(doc, contextFromTrustList(list, during, opts));

const cp = (c: Partial<Checkpoint> = {}): Checkpoint => ({ origin: LOG_ORIGIN, treeSize: 6, rootHash: 'ab'.repeat(32), time: '2006-03-01T12:00:01.000Z', audit: { entries: 7, head: 'cd'.repeat(32) }, ...c });
const logSign = (c: Checkpoint) => signCheckpoint(c, privateKeyObject(logKey.privateKeyDer), logKey.publicKey);

describe('checkpoints in the C2SP formats', () => {
  it('a checkpoint is a signed note: origin, size, base64 root, extension lines, blank line, "— name base64(keyhash||sig)"', () => {
    const note = logSign(cp());
    const lines = note.split('\n');
    expect(lines.slice(0, 3)).toEqual([LOG_ORIGIN, '6', Buffer.from('ab'.repeat(32), 'hex').toString('base64')]);
    expect(lines[3]).toBe('kpcs-time 2006-03-01T12:00:01.000Z');
    expect(lines[4]).toBe(`kpcs-audit 7 ${'cd'.repeat(32)}`);
    expect(lines[5]).toBe('');
    expect(lines[6]).toMatch(new RegExp(`^\u2014 ${LOG_ORIGIN} [A-Za-z0-9+/]+=*$`));
    const parsed = parseNote(note);
    expect(parsed.ok && parsed.value.signatures[0]!.keyHash.equals(keyHash(LOG_ORIGIN, SIG_ED25519, logKey.publicKey))).toBe(true);
    expect(parsed.ok && parseCheckpointBody(parsed.value.body)).toEqual({ ok: true, value: cp() });
    expect(verifierKey('w', 4, w1.file.publicKey)).toMatch(/^w\+[0-9a-f]{8}\+/);
  });

  it('verifies against the log keys of a trust list, and refuses every change', () => {
    const note = logSign(cp());
    expect(verifyCheckpoint(note, [logTrusted])).toMatchObject({ ok: true, value: { keyId: logTrusted.keyId } });
    const body = checkpointBody(cp());
    const tampered = note.replace(body.split('\n')[1]!, '7');
    expect(verifyCheckpoint(tampered, [logTrusted])).toMatchObject({ ok: false, reason: expect.stringContaining('does not verify') });
    expect(verifyCheckpoint(note.replace('kpcs-audit 7', 'kpcs-audit 5'), [logTrusted])).toMatchObject({ ok: false, reason: expect.stringContaining('does not verify') });
    expect(verifyCheckpoint(note, [])).toMatchObject({ ok: false, reason: expect.stringContaining('not signed by any log key') });
    // a log key out of service at the checkpoint's time (rotated out before, or not yet in service)
    expect(verifyCheckpoint(note, [{ ...logTrusted, validTo: '2006-02-01T00:00:00.000Z' }])).toMatchObject({ ok: false, reason: expect.stringContaining('not in service') });
    expect(verifyCheckpoint(note, [{ ...logTrusted, validFrom: '2006-06-01T00:00:00.000Z' }])).toMatchObject({ ok: false, reason: expect.stringContaining('not in service') });
  });
});

describe('offline: only the log says "recorded in the public log"', () => {
  it('ATTACK: a certificate signed with a genuine authority key and a self-made one-leaf "log", no checkpoint, is refused', () => {
    // the stolen authority key signs a certificate placed as the only leaf of a log of its own
    const good = signed();
    const { transparency: _t, signature: _s, logProof: _p, ...content } = good;
    const forged: SignedCertificate = signCertificate({ ...content, number: 'ZA-2006-009999', transparency: { leafIndex: 0, treeSize: 1, rootHash: issueLeaf({ ...content, number: 'ZA-2006-009999' }).toString('hex') } }, privateKeyObject(authority.privateKeyDer), []);
    const r = offline(forged);
    expect(r).toMatchObject({ verdict: 'not-in-log', valid: false });
    expect(r.reason).toContain('no checkpoint signed by the transparency log');
  });

  it('ATTACK: the same forgery in a bundle whose checkpoint the forger signed with a key of its own is refused', () => {
    const good = signed();
    const { transparency: _t, signature: _s, logProof: _p, ...content } = good;
    const body = { ...content, number: 'ZA-2006-009998' };
    const root = issueLeaf(body).toString('hex');
    const forged = signCertificate({ ...body, transparency: { leafIndex: 0, treeSize: 1, rootHash: root } }, privateKeyObject(authority.privateKeyDer), []);
    const own = generateKeyPair();
    const bundle: CertificateBundle = { type: 'kp-certificate-bundle', version: 1, certificate: forged, inclusion: { leafIndex: 0, treeSize: 1, proof: [] }, checkpoint: signCheckpoint(cp({ treeSize: 1, rootHash: root }), privateKeyObject(own.privateKeyDer), own.publicKey) };
    expect(offline(bundle)).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('not signed by any log key of the trust list') });
  });

  it('ATTACK: a genuine log checkpoint of another tree does not hold the forged certificate', () => {
    const doc = signed();
    const genuine = bundled(doc) as CertificateBundle;
    // a second certificate the log never held, claiming the same position with the real checkpoint
    const other = signed({ number: 'ZA-2006-000124' });
    expect(offline({ ...genuine, certificate: other })).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('inclusion proof fails') });
  });

  it('the honest bundle verifies: "recorded in the public log" names the checkpoint and its log key', () => {
    const r = offline(bundled(signed()));
    expect(r).toMatchObject({ verdict: 'genuine', valid: true });
    expect(r.reason).toContain(`recorded in the public log at position 5 (checkpoint of 6 entries of 2006-03-01T12:00:01.000Z signed by the log key ${logTrusted.keyId})`);
  });

  it('online verification (the log\'s own roots) still judges a bare document', () => {
    const doc = signed();
    expect(verifyCertificate(doc, { ...contextFromTrustList(trustList(), during), logRootAt: () => doc.transparency.rootHash }).verdict).toBe('genuine');
  });
});

describe('forks and witnesses', () => {
  // two logs of one origin sharing five leaves, then each its own sixth leaf: a forked log
  const leaves = (last: string) => {
    let f: Buffer[] = [];
    const roots: Buffer[] = [];
    for (let i = 0; i < 6; i++) {
      const r = append(i, f, leafHash(Buffer.from(i < 5 ? `earlier ${i}` : last)));
      f = r.frontier;
      roots.push(r.root);
    }
    return roots;
  };
  const a = leaves('A');
  const b = leaves('B');

  it('two checkpoints of the same size and different roots are a fork; different sizes need a consistency proof, and say so', () => {
    expect(sameLog(cp({ rootHash: a[5]!.toString('hex') }), cp({ rootHash: b[5]!.toString('hex') }))).toMatchObject({ ok: false, reason: expect.stringContaining('forked log: two checkpoints of 6 entries with different roots') });
    expect(sameLog(cp({ treeSize: 5, rootHash: a[4]!.toString('hex') }), cp({ rootHash: b[5]!.toString('hex') }))).toMatchObject({ ok: false, reason: expect.stringContaining('are of 5 and 6 entries and no consistency proof between them was given') });
  });

  it('a verifier holding a checkpoint of the other branch refuses the bundle as forked', () => {
    const doc = signed();
    const heldNote = logSign(cp({ rootHash: 'ee'.repeat(32) }));
    const r = offline(bundled(doc), { held: { note: heldNote } });
    expect(r).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('forked log') });
    // the same checkpoint held: consistent
    const same = parseNote((bundled(doc) as CertificateBundle).checkpoint);
    expect(same.ok && offline(bundled(doc), { held: { note: (bundled(doc) as CertificateBundle).checkpoint } }).valid).toBe(true);
  });

  it('k witnesses required: fewer cosignatures fail, k distinct ones pass', () => {
    const list = trustList([logTrusted, w1.trusted, w2.trusted]);
    const bundle = bundled(signed()) as CertificateBundle;
    expect(offline(bundle, { witnesses: 1 }, list)).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('carries 0 valid cosignatures by witnesses of the trust list, 1 required') });
    const once = cosign(w1.file, undefined, bundle.checkpoint, list.keys, undefined, new Date('2006-03-01T13:00:00Z')).note;
    expect(offline({ ...bundle, checkpoint: once }, { witnesses: 1 }, list)).toMatchObject({ valid: true, reason: expect.stringContaining('cosigned by 1 witness') });
    expect(offline({ ...bundle, checkpoint: once }, { witnesses: 2 }, list)).toMatchObject({ valid: false, reason: expect.stringContaining('1 valid cosignature by witnesses of the trust list, 2 required') });
    // the same witness twice is one witness
    const body = parseNote(bundle.checkpoint);
    const again = `${once}${cosignatureLine(body.ok ? body.value.body : '', w1.file.name, privateKeyObject(Buffer.from(w1.file.privateKey, 'base64')), w1.file.publicKey, 1141218000)}\n`;
    expect(offline({ ...bundle, checkpoint: again }, { witnesses: 2 }, list).valid).toBe(false);
    const twice = cosign(w2.file, undefined, once, list.keys, undefined, new Date('2006-03-01T13:00:00Z')).note;
    expect(offline({ ...bundle, checkpoint: twice }, { witnesses: 2 }, list).valid).toBe(true);
    // a cosignature by a witness not on the list counts for nothing
    expect(offline({ ...bundle, checkpoint: twice }, { witnesses: 2 }, trustList([logTrusted, w1.trusted])).valid).toBe(false);
  });

  it('ATTACK: a witness refuses a forked checkpoint, a rolled-back one, and a larger one without a valid consistency proof', () => {
    const keys = [logTrusted];
    const first = cosign(w1.file, undefined, logSign(cp({ rootHash: a[5]!.toString('hex') })), keys, undefined);
    // the fork: the same size, another root
    expect(() => cosign(w1.file, first.state, logSign(cp({ rootHash: b[5]!.toString('hex'), time: '2006-03-01T12:00:02.000Z' })), keys, undefined)).toThrow(/forked log/);
    // rolled back: fewer entries
    expect(() => cosign(w1.file, first.state, logSign(cp({ treeSize: 5, rootHash: a[4]!.toString('hex') })), keys, undefined)).toThrow(/rolled back/);
    // a larger tree with no proof, then with a proof that does not hold
    const seven = cp({ treeSize: 7, rootHash: 'ff'.repeat(32) });
    expect(() => cosign(w1.file, first.state, logSign(seven), keys, undefined)).toThrow(/no consistency proof/);
    expect(() => cosign(w1.file, first.state, logSign(seven), keys, { first: 6, second: 7, proof: ['00'.repeat(32)] })).toThrow(/does not extend/);
    // a checkpoint not signed by the log
    const own = generateKeyPair();
    expect(() => cosign(w1.file, undefined, signCheckpoint(cp(), privateKeyObject(own.privateKeyDer), own.publicKey), keys, undefined)).toThrow(/not signed by any log key/);
  });
});

describe('a field named "__proto__"', () => {
  it('ATTACK: added to a signed document (as JSON.parse makes it), it is part of the content: altered', () => {
    const doc = JSON.parse(JSON.stringify(signed()).replace(/^\{/, '{"__proto__":"x",')) as SignedCertificate;
    expect(Object.keys(doc)).toContain('__proto__');
    expect(offline(bundled(doc))).toMatchObject({ verdict: 'altered' });
  });
});
