// A signed certificate built without a store (a fixed authority key, a six-leaf log), for the pure tests
// of signatures, verification and the PDF.
import { append, leafHash } from '../../src/certificates/merkle.js';
import { STATEMENT, type CertificateBody, type SignedCertificate } from '../../src/certificates/model.js';
import { generateKeyPair, issueLeaf, keyIdOf, privateKeyObject, signCertificate } from '../../src/certificates/signing.js';

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

export const certificateFixture = { authority, authorityId, scheme, schemeId, signed };
