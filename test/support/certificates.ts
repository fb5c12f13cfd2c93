// A signed certificate built without a store (a fixed authority key, a six-leaf log), for the pure tests
// of signatures, verification and the PDF.
import { append, leafHash } from '../../src/certificates/merkle.js';
import { STATEMENT, type CertificateBody, type CertificateRequest, type SignedCertificate } from '../../src/certificates/model.js';
import { generateKeyPair, issueLeaf, keyIdOf, privateKeyObject, signCertificate, type TrustedKey } from '../../src/certificates/signing.js';
import { type CertificateBundle } from '../../src/certificates/verification.js';
import { signCheckpoint } from '../../src/certificates/checkpoint.js';

/** A request from a South African mine to a Mumbai house (3 parcels, 1,234.56 carats); `over` changes any field. */
export const zaToIndia = (over: Partial<CertificateRequest> = {}): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Mumbai Diamond House', address: 'Opera House, Mumbai', country: 'IN' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
  ...over,
});

/** A small request from a mine of the exporting Participant to an Antwerp house (one parcel, 100 carats). */
export const mineToAntwerp = (exporter: string, importer = 'BE'): CertificateRequest => ({
  exporter: { name: 'Mine Ltd', address: '1 Main Road', country: exporter },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: importer },
  origin: exporter,
  goods: [{ hsCode: '7102.10', carats: 100, valueUsd: 9000 }],
  parcels: 1,
});

const authority = generateKeyPair();
const authorityId = keyIdOf('ZA', authority.publicKey);
const scheme = generateKeyPair();
const schemeId = keyIdOf('KP', scheme.publicKey);

/** a certificate signed and placed as leaf 5 of a 6-leaf log, as the service does */
function signed(overrides: Partial<CertificateBody> = {}): SignedCertificate {
  const content = {
    type: 'kp-certificate' as const,
    version: 1 as const,
    title: 'Kimberley Process Certificate' as const,
    statement: STATEMENT,
    number: 'ZA-2006-000123',
    issuedAt: '2006-03-01T12:00:00.000Z',
    expiresAt: '2006-04-30T12:00:00.000Z',
    issuer: { participant: 'ZA', name: 'South Africa', authority: 'South African Diamond and Precious Metals Regulator', countryOfExport: 'ZA', keyId: authorityId },
    exporter: { name: 'Kimberley Mines', address: '1 Main Rd, Kimberley', country: 'ZA' },
    importer: { name: 'Antwerp Trading NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
    origin: 'mixed',
    provenance: 'ZA',
    goods: [
      { hsCode: '7102.10' as const, carats: 1234.56, valueUsd: 987654.32 },
      { hsCode: '7102.31' as const, carats: 10, valueUsd: 5000 },
    ],
    parcels: 3,
    totals: { carats: 1244.56, valueUsd: 992654.32 },
    ...overrides,
  };
  // five earlier leaves, then this certificate's
  let frontier: Buffer[] = [];
  for (let i = 0; i < 5; i++) frontier = append(i, frontier, leafHash(Buffer.from(`earlier ${i}`))).frontier;
  const res = append(5, frontier, issueLeaf(content));
  const body: CertificateBody = { ...content, transparency: { leafIndex: 5, treeSize: 6, rootHash: res.root.toString('hex') } };
  return signCertificate(body, privateKeyObject(authority.privateKeyDer), res.proof.map((p) => p.toString('hex')));
}

const logKey = generateKeyPair();
const logKeyId = keyIdOf('KP', logKey.publicKey);
/** the fixture log's key as a trust list lists it */
const logTrusted: TrustedKey = { keyId: logKeyId, owner: 'KP', purpose: 'log', publicKey: logKey.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null };
export const LOG_ORIGIN = 'kpcs.test/kpcs-log';

/**
 * The offline bundle of a document as an honest log would make it: a checkpoint of the document's own
 * tree (its treeSize and root), signed by the fixture's log key, and its own proof as the inclusion proof.
 * A document whose log fields are not even well-formed is returned as it is.
 */
function bundled(doc: SignedCertificate, time = '2006-03-01T12:00:01.000Z'): CertificateBundle | SignedCertificate {
  const t = doc?.transparency;
  if (!t || !Number.isInteger(t.treeSize) || typeof t.rootHash !== 'string' || !/^[0-9a-f]{64}$/.test(t.rootHash) || !Array.isArray(doc.logProof)) return doc;
  const checkpoint = signCheckpoint({ origin: LOG_ORIGIN, treeSize: t.treeSize, rootHash: t.rootHash, time, audit: { entries: 1, head: 'a'.repeat(64) } }, privateKeyObject(logKey.privateKeyDer), logKey.publicKey);
  return { type: 'kp-certificate-bundle', version: 1, certificate: doc, inclusion: { leafIndex: t.leafIndex, treeSize: t.treeSize, proof: doc.logProof }, checkpoint };
}

export const certificateFixture = { authority, authorityId, scheme, schemeId, signed, logKey, logKeyId, logTrusted, bundled };
