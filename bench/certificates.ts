// Certificates: issued per second through the HTTP API (app.inject, officers' bearer tokens, requests
// in flight concurrently as many customs/authority clients would send them), and offline verifications
// per second against an exported trust list, beside the raw node:crypto Ed25519 verify rate measured
// in the same loop. Offline, a certificate is verified in its bundle (the log's signed checkpoint and the
// inclusion proof: a bare document proves no logging), as a file of many bundles from one export is.
// Targets (issue 3, issue 18): 59,000 certificates in < 60 s on PGlite (> 983/s); offline verification
// >= 85 % of the raw Ed25519 verify rate.
import { generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { localOperator, SYSTEM } from '../src/auth/model.js';
import { createUser, issueToken } from '../src/accounts/service.js';
import type { Engine } from '../src/db/store.js';
import { buildServer } from '../src/http/server.js';
import type { ReadyStore } from '../src/setup.js';
import * as service from '../src/certificates/service.js';
import { checkTrustList } from '../src/certificates/signing.js';
import { contextFromTrustList, verifyCertificate } from '../src/certificates/verification.js';
import { verifyMany } from '../src/certificates/verify-many.js';
import { availableParallelism } from 'node:os';
import type { SignedCertificate } from '../src/certificates/model.js';
import { rate, type Bench, type Figure } from './harness.js';

const EXPORTERS = [
  ['ZA', 'ZA'], ['BW', 'BW'], ['RU', 'RU'], ['CA', 'CA'], ['AU', 'AU'], ['EU', 'BE'], ['AO', 'AO'], ['NA', 'NA'], ['IN', 'IN'], ['IL', 'IL'],
] as const;
const IMPORTERS = ['BE', 'IN', 'IL', 'AE', 'US', 'CH', 'CN', 'TH'];

function requestFor(i: number, exporterCountry: string) {
  const importer = IMPORTERS.filter((c) => c !== exporterCountry && !(exporterCountry === 'BE' && c === 'BE'))[i % 6]!;
  return {
    exporter: { name: `Exporter ${i % 97}`, address: `${i % 500} Mine Road`, country: exporterCountry },
    importer: { name: `Importer ${i % 89}`, address: `${i % 300} Diamond Street`, country: importer },
    origin: i % 5 === 0 ? 'mixed' : exporterCountry,
    ...(i % 5 === 0 && { provenance: exporterCountry }),
    goods: [
      { hsCode: '7102.10', carats: (10_000 + (i % 10_000)) / 100, valueUsd: 25_000 + i },
      ...(i % 3 === 0 ? [{ hsCode: '7102.31', carats: 12.5, valueUsd: 9_999.99 }] : []),
    ],
    parcels: 1 + (i % 7),
  };
}

export interface CertificateFigures {
  engine: Engine;
  issued: number;
  issuePerSecond: number;
  /** through POST /api/certificates/batch, 100 requests a call, 4 calls in flight */
  batchIssuePerSecond: number;
  offlineVerifyPerSecond: number;
  /** a file of many bundles on every core (verify-many.ts) */
  fileVerifyPerSecond: number;
  rawVerifyPerSecond: number;
}

/** Measures one engine: `count` issuances through the API, then offline verification of them all. */
export async function measureCertificates(store: ReadyStore, engine: Engine, count: number, verifyMs = 1500): Promise<CertificateFigures> {
  service.configure(store, { masterKey: randomBytes(32) });
  const app = await buildServer({ store, webDir: null });
  try {
    const tokens = new Map<string, string>();
    for (const [participant] of EXPORTERS) {
      const user = await createUser(store.db, SYSTEM, { name: `Bench officer ${participant}`, member: participant, roles: ['officer'] });
      tokens.set(participant, (await issueToken(store.db, SYSTEM, user.id)).token);
    }
    const send = async (i: number): Promise<SignedCertificate> => {
      const [participant, country] = EXPORTERS[i % EXPORTERS.length]!;
      const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: { authorization: `Bearer ${tokens.get(participant)}` }, payload: requestFor(i, country) });
      if (res.statusCode !== 201) throw new Error(`issue ${i} failed: ${res.statusCode} ${res.body}`);
      return res.json() as SignedCertificate;
    };
    // warm up: keys created, caches and JIT warm
    for (let i = 0; i < EXPORTERS.length * 2; i++) await send(i);

    const inFlight = 64;
    const docs: SignedCertificate[] = [];
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < count) docs.push(await send(next++));
      }),
    );
    const issuePerSecond = rate(count, performance.now() - t);
    if (new Set(docs.map((d) => d.number)).size !== count) throw new Error('duplicate certificate numbers');

    // the same through the batch route, as an authority's system would send a day's certificates
    let sent = 0;
    const tb = performance.now();
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (sent < count) {
          const first = sent;
          sent += 100;
          const [participant, country] = EXPORTERS[(first / 100) % EXPORTERS.length]!;
          const requests = Array.from({ length: 100 }, (_, k) => requestFor(first + k, country));
          const res = await app.inject({ method: 'POST', url: '/api/certificates/batch', headers: { authorization: `Bearer ${tokens.get(participant)}` }, payload: { requests } });
          if (res.statusCode !== 201) throw new Error(`batch failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
        }
      }),
    );
    const batchIssuePerSecond = rate(sent, performance.now() - tb);

    const list = checkTrustList(JSON.parse(JSON.stringify(await service.trustList(store))));
    if (!list.ok) throw new Error(list.reason);
    const ctx = contextFromTrustList(list.list);
    // offline verification of the issued certificates' bundles (each its own parsed copy, as read from its file)
    const files: string[] = [];
    for (const d of docs) files.push(JSON.stringify(await service.bundle(store, localOperator(d.issuer.participant), d.number)));
    const parsed = files.map((f) => JSON.parse(f) as unknown);
    for (const d of parsed.slice(0, 200)) {
      const v = verifyCertificate(d, ctx);
      if (!v.valid) throw new Error(`an issued certificate does not verify offline: ${v.reason}`);
    }
    // interleaved in short rounds with the raw Ed25519 verify, so both see the same machine load
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const message = Buffer.from(JSON.stringify(docs[0]));
    const signature = sign(null, message, privateKey);
    let certMs = 0;
    let rawMs = 0;
    let certN = 0;
    let rawN = 0;
    const start = performance.now();
    while (performance.now() - start < verifyMs * 2) {
      let t0 = performance.now();
      for (let i = 0; i < 50; i++) verifyCertificate(parsed[(certN + i) % parsed.length]!, ctx);
      certMs += performance.now() - t0;
      certN += 50;
      t0 = performance.now();
      for (let i = 0; i < 50; i++) verify(null, message, publicKey, signature);
      rawMs += performance.now() - t0;
      rawN += 50;
    }
    const offlineVerifyPerSecond = rate(certN, certMs);
    const rawVerifyPerSecond = rate(rawN, rawMs);
    // a file of many bundles (20,000: a large border post's month), as `kpcs cert verify-all` verifies it:
    // on every core, the threads' start included
    const file = Array.from({ length: Math.max(20_000, parsed.length) }, (_, i) => parsed[i % parsed.length]);
    const tf = performance.now();
    const verdicts = await verifyMany(file, list.list, { at: new Date(), witnesses: 0, clock: new Date() });
    const fileVerifyPerSecond = rate(file.length, performance.now() - tf);
    if (verdicts.some((v) => !v.valid)) throw new Error('an issued certificate does not verify in a file');
    return { engine, issued: count, issuePerSecond, batchIssuePerSecond, offlineVerifyPerSecond, rawVerifyPerSecond, fileVerifyPerSecond };
  } finally {
    await app.close();
  }
}

export const certificatesBench: Bench = {
  name: 'certificates',
  description: 'certificates issued per second through the API; offline verifications per second vs raw Ed25519 verify',
  async run(ctx) {
    const figures: Omit<Figure, 'bench'>[] = [];
    for (const engine of ctx.engines) {
      const store = await ctx.freshStore(engine);
      // KPCS_BENCH_CERTIFICATES=59000 issues a whole year's worth instead of extrapolating from a sample
      const count = Number(process.env.KPCS_BENCH_CERTIFICATES) || (ctx.quick ? 500 : 3000);
      const f = await measureCertificates(store, engine, count, ctx.quick ? 600 : 1500);
      figures.push({ engine, name: 'certificates issued through the API', value: f.issuePerSecond, unit: 'certs/s', note: count >= 59_000 ? `${count.toLocaleString('en')} issued in ${(count / f.issuePerSecond).toFixed(0)} s, 64 in flight (target: 59,000 in < 60 s)` : `${count} issued, 64 in flight; 59,000 would take ${(59_000 / f.issuePerSecond).toFixed(0)} s (target < 60 s)` });
      figures.push({ engine, name: 'certificates issued through the batch API', value: f.batchIssuePerSecond, unit: 'certs/s', note: `POST /api/certificates/batch, 100 a call, 4 calls in flight; 59,000 would take ${(59_000 / f.batchIssuePerSecond).toFixed(0)} s` });
      figures.push({ engine, name: 'raw ed25519 verify (beside offline verify)', value: f.rawVerifyPerSecond, unit: 'ops/s' });
      figures.push({ engine, name: 'certificates verified offline (bundles, trust list)', value: f.offlineVerifyPerSecond, unit: 'certs/s', baseline: 'raw ed25519 verify (beside offline verify)', ratio: f.offlineVerifyPerSecond / f.rawVerifyPerSecond });
      figures.push({ engine, name: `certificates verified offline from one file, ${availableParallelism()} threads (kpcs cert verify-all)`, value: f.fileVerifyPerSecond, unit: 'certs/s', baseline: 'raw ed25519 verify (beside offline verify)', ratio: f.fileVerifyPerSecond / f.rawVerifyPerSecond });
    }
    return figures;
  },
};
