// The attacks on what an offline verifier accepts (#15), shared by the server's verifier tests
// (src/certificates/verify-attacks.test.ts) and the browser's (test/web-offline-trust.test.ts).
import { certificateFixture, LOG_ORIGIN } from './certificates.js';
import { cosignatureLine, keyHash, SIG_ED25519 } from '../../src/certificates/checkpoint.js';
import { generateKeyPair, keyIdOf, privateKeyObject, signTrustList, type TrustedKey, type TrustList } from '../../src/certificates/signing.js';
import { type CertificateBundle } from '../../src/certificates/verification.js';

const { authority, authorityId, scheme, schemeId, signed, logKey, logTrusted, bundled } = certificateFixture;
export const NOW = new Date('2006-03-10T00:00:00.000Z');

const witnessPair = generateKeyPair();
export const WITNESS = 'w1.example.org';
const witnessTrusted: TrustedKey = { keyId: keyIdOf('WITNESS', witnessPair.publicKey), owner: WITNESS, purpose: 'witness', publicKey: witnessPair.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null };

export const attackList: TrustList = signTrustList(
  {
    type: 'kp-trust-list', version: 1, issuedAt: '2006-03-02T00:00:00.000Z', chair: 'BW', signer: { keyId: schemeId, publicKey: scheme.publicKey },
    keys: [{ keyId: authorityId, owner: 'ZA', purpose: 'certificate', publicKey: authority.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null }, logTrusted, witnessTrusted],
    cancelled: [],
  },
  privateKeyObject(scheme.privateKeyDer),
);

/** A genuine certificate's bundle, with the checkpoint dated `time` and cosigned by the list's witness at each of `cosignedAt` (ISO). */
export function bundle(over: Parameters<typeof signed>[0] = {}, time = '2006-03-01T12:00:01.000Z', cosignedAt: string[] = []): CertificateBundle {
  const b = bundled(signed(over), time) as CertificateBundle;
  const body = b.checkpoint.slice(0, b.checkpoint.lastIndexOf('\n\n') + 1);
  const lines = cosignedAt.map((at) => cosignatureLine(body, WITNESS, privateKeyObject(witnessPair.privateKeyDer), witnessPair.publicKey, Math.floor(Date.parse(at) / 1000)));
  return { ...b, checkpoint: b.checkpoint + lines.map((l) => `${l}\n`).join('') };
}

/** The bundle's checkpoint with one more signature line (base64 of the bytes given) in the log's name. */
export const withLogLine = (b: CertificateBundle, blob: string) => ({ ...b, checkpoint: `${b.checkpoint}\u2014 ${LOG_ORIGIN} ${blob}\n` });

/** The attacks, each with the verdict and the words of the reason the verifiers must give. */
export function attacks() {
  const good = bundle();
  const goodSig = Buffer.from(good.checkpoint.split('\n').at(-2)!.split(' ')[2]!, 'base64');
  const otherKey = generateKeyPair();
  return {
    'A1: valid for ten years': { input: bundle({ expiresAt: '2016-03-01T12:00:00.000Z' }), at: new Date('2012-01-01T00:00:00.000Z'), verdict: 'invalid-dates', reason: 'longer than the 366 days the scheme allows' },
    'A1: valid for 367 days': { input: bundle({ expiresAt: '2007-03-03T12:00:00.000Z' }), at: NOW, verdict: 'invalid-dates', reason: '367 days: longer than the 366 days' },
    'A3: issued in the future': { input: bundle({ issuedAt: '2006-04-01T12:00:00.000Z', expiresAt: '2006-05-01T12:00:00.000Z' }, '2006-04-01T12:00:01.000Z'), at: NOW, verdict: 'invalid-dates', reason: 'a certificate from the future is refused' },
    'A3: a checkpoint from the future': { input: bundle({}, '2006-04-01T00:00:00.000Z'), at: NOW, verdict: 'not-in-log', reason: 'a checkpoint from the future is refused' },
    'A3: a cosignature from the future': { input: bundle({}, undefined, ['2006-04-01T00:00:00.000Z']), at: NOW, witnesses: 1, verdict: 'not-in-log', reason: `0 valid cosignatures by witnesses of the trust list, 1 required (not counted: ${WITNESS}'s cosignature is dated 2006-04-01T00:00:00.000Z, more than 5 minutes after the verifier's clock` },
    'A7: a cosignature dated before the checkpoint': { input: bundle({}, undefined, ['2006-03-01T12:00:00.000Z']), at: NOW, witnesses: 1, verdict: 'not-in-log', reason: `(not counted: ${WITNESS}'s cosignature is dated 2006-03-01T12:00:00.000Z, before the checkpoint's time 2006-03-01T12:00:01.000Z)` },
    'B5: a checkpoint older than the certificate': { input: bundle({}, '2006-03-01T11:00:00.000Z'), at: NOW, verdict: 'invalid-dates', reason: "is dated 2006-03-01T11:00:00.000Z, before the certificate's date of issue 2006-03-01T12:00:00.000Z" },
    'A8: a line in the log\'s name by a key the list does not hold, beside the good one': { input: withLogLine(good, Buffer.concat([keyHash(LOG_ORIGIN, SIG_ED25519, otherKey.publicKey), goodSig.subarray(4)]).toString('base64')), at: NOW, verdict: 'not-in-log', reason: 'of no log key the list holds' },
    'A8: a line in the log\'s name of the wrong length': { input: withLogLine(good, Buffer.concat([goodSig, Buffer.from([0])]).toString('base64')), at: NOW, verdict: 'not-in-log', reason: 'holds 65 bytes of signature, not 64' },
    'A8: a line in the log\'s name in bad base64': { input: withLogLine(good, `${goodSig.toString('base64').slice(0, -2)}x=`), at: NOW, verdict: 'not-in-log', reason: 'is not canonical base64' },
  } as const satisfies Record<string, { input: unknown; at: Date; witnesses?: number; verdict: string; reason: string }>;
}

