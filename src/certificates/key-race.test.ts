// ATTACK (#15): issuance racing a revocation or rotation of the issuer's key. Once the revocation (or
// rotation) has committed, no certificate signed with the old key may commit after it, nor may one be
// dated after the key's end: the issuing transaction reads the key under its row lock (after the log
// head's), and the revocation or rotation takes that lock before it reads "now". On the real store
// (PostgreSQL when TEST_DATABASE_URL is set, where the transactions really overlap; PGlite otherwise).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import type { CertificateRequest, SignedCertificate } from './model.js';

const request = (): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 10, valueUsd: 1000 }],
  parcels: 1,
});
const ZA = localOperator('ZA');
const admin = localOperator();

/** The audit sequence numbers of the entries naming each certificate issued, and of a key's revocation or rotation. */
async function seqs(s: Store) {
  const rows = await s.db.selectFrom('audit_log').select(['seq', 'action', 'subject', 'details']).where('action', 'in', ['certificates.issue', 'certificates.keys.revoke', 'certificates.keys.rotate']).execute();
  const issued = new Map<string, number>();
  const ended = new Map<string, number>();
  for (const r of rows) {
    const d = (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { certificates?: { number: string }[]; retired?: string };
    if (r.action === 'certificates.issue') for (const c of d.certificates ?? []) issued.set(c.number, Number(r.seq));
    else if (r.action === 'certificates.keys.revoke') ended.set(r.subject!, Number(r.seq));
    else if (d.retired) ended.set(d.retired, Number(r.seq));
  }
  return { issued, ended };
}

describe.each(engines)('issuance racing key revocation and rotation on %s', (engine) => {
  let s: Store;
  beforeAll(async () => {
    s = await freshStore(engine);
    service.configure(s, { masterKey: randomBytes(32) });
  });
  afterAll(() => s.close());

  for (const kind of ['revocation', 'rotation'] as const) {
    it(`ATTACK: certificates issued while the key's ${kind} commits are never signed with it after the ${kind}, nor dated after its end`, async () => {
      const docs: SignedCertificate[] = [];
      for (let round = 0; round < 6; round++) {
        const key = (await service.issue(s, ZA, request())).issuer.keyId;
        const before = Array.from({ length: 4 }, () => service.issue(s, ZA, request()));
        const end = kind === 'revocation' ? service.revokeKey(s, admin, key, { reason: 'key stolen' }) : service.rotateKey(s, admin, 'ZA');
        const after = Array.from({ length: 4 }, () => service.issue(s, ZA, request()));
        const settled = await Promise.allSettled([...before, end, ...after]);
        for (const r of settled) expect(r.status, r.status === 'rejected' ? String(r.reason) : '').toBe('fulfilled');
        docs.push(...(await Promise.all([...before, ...after])));
      }
      const keys = new Map((await service.keys(s, 'ZA')).map((k) => [k.keyId, k]));
      const { issued, ended } = await seqs(s);
      let signedWithEnded = 0;
      for (const d of docs) {
        const k = keys.get(d.issuer.keyId)!;
        const endAt = k.revokedAt ?? k.validTo;
        if (endAt === null) continue;
        signedWithEnded++;
        // committed before the key's end was, and dated before it: it verifies as genuine
        expect(issued.get(d.number)!, `${d.number} by ${k.keyId}`).toBeLessThan(ended.get(k.keyId)!);
        expect(Date.parse(d.issuedAt), `${d.number} dated ${d.issuedAt}, key ended ${endAt}`).toBeLessThan(Date.parse(endAt));
        expect((await onlineVerification.verifyDocument(s, d)).verdict).toBe('genuine');
      }
      // the ended keys did sign certificates in the race, which is what is judged
      expect(signedWithEnded).toBeGreaterThan(0);
    });
  }
});
