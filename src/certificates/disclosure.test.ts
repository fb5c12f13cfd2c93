// What a number alone discloses, the verification code, and names that say what they show (issue #15,
// points 7 and 8). Each attack is performed: guessing numbers, guessing codes, reading as another
// Participant, looking for the code where it must not be, smuggling bidi and invisible characters.
import { insideRateWindow } from '../../test/support/rate-window.js';
import { bundleOf } from './checkpoints.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM, localOperator } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import { buildServer, withoutCode } from '../http/server.js';
import { issueBulkWithCodes } from './bulk.js';
import { lookUp } from './lookup.js';
import { checkTrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';
import { codeHash, normalizeCode } from './verification-code.js';
import * as service from './service.js';

const request = {
  exporter: { name: 'Debswana', address: 'Gaborone', country: 'BW' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2, Antwerpen', country: 'BE' },
  origin: 'BW',
  goods: [{ hsCode: '7102.10', carats: 5000.25, valueUsd: 1250000 }],
  parcels: 4,
};
const CODE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;
const PUBLIC_KEYS = ['checkedAt', 'disclosure', 'issuer', 'number', 'reason', 'summary', 'valid', 'verdict'];

describe.each(engines)('what a number discloses, on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const counts = async () => {
    const { rows } = await sql<{ t: string; n: string }>`
      select 'certificates' as t, count(*)::text as n from certificates union all select 'log', size::text from log_head
      union all select 'audit', count(*)::text from audit_log union all select 'counters', coalesce(sum(last_seq), 0)::text from certificate_counters
      union all select 'applications', count(*)::text from certificate_applications`.execute(store.db);
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  };
  let number = '';
  let code = '';

  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
    app = await buildServer({ store, webDir: null, verifyRateLimit: 40 });
    for (const [who, member, roles, groups] of [
      ['bw', 'BW', ['officer'], []], ['eu', 'EU', ['officer'], []], ['euCustoms', 'EU', ['customs'], []], ['za', 'ZA', ['officer'], []],
      ['zaCustoms', 'ZA', ['customs'], []], ['bwCompany', 'BW', ['company'], []], ['chair', undefined, ['chair'], []], ['observer', 'GW', ['observer'], []],
    ] as const) {
      const user = await createUser(store.db, SYSTEM, { name: `${who} user`, ...(member && { member }), roles: [...roles], groups: [...groups] });
      tokens[who] = (await issueToken(store.db, SYSTEM, user.id)).token;
    }
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('gives the issuer the verification code once, in a header beside the unchanged signed document', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request });
    expect(res.statusCode).toBe(201);
    code = String(res.headers['kpcs-verification-code']);
    expect(code).toMatch(CODE);
    const doc = res.json();
    number = doc.number;
    // the body is the signed document exactly: it verifies as it is
    expect((await app.inject({ method: 'POST', url: '/api/verify', payload: doc })).json().verdict).toBe('genuine');
    // two certificates of the same content get unrelated codes
    const again = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request });
    expect(again.headers['kpcs-verification-code']).toMatch(CODE);
    expect(again.headers['kpcs-verification-code']).not.toBe(code);
  });

  it('keeps the code out of the signed document, the public log, the trust list and the audit; the store holds only a salted hash', async () => {
    const bare = code.replace('-', '');
    const doc = (await app.inject({ url: `/api/certificates/${number}`, headers: auth('bw') })).json();
    const places = {
      document: JSON.stringify(doc),
      log: JSON.stringify((await app.inject({ url: '/api/log/entries?from=0&limit=1000' })).json()),
      head: JSON.stringify((await app.inject({ url: '/api/log/tree-head' })).json()),
      trustList: JSON.stringify((await app.inject({ url: '/api/trust-list' })).json()),
      audit: JSON.stringify(await store.db.selectFrom('audit_log').selectAll().execute()),
      row: JSON.stringify(await store.db.selectFrom('certificates').selectAll().where('number', '=', number).execute()),
    };
    for (const [where, text] of Object.entries(places)) {
      expect(text.includes(code), where).toBe(false);
      expect(text.includes(bare), where).toBe(false);
    }
    const row = await store.db.selectFrom('certificates').select('verification_code_hash').where('number', '=', number).executeTakeFirstOrThrow();
    expect(row.verification_code_hash).toBe(codeHash(number, code));
    expect(row.verification_code_hash).not.toBe(codeHash(`${number.slice(0, -1)}9`, code)); // salted by the number
  });

  it('shows anyone with a number alone the verdict and the issuing Participant, nothing more', async () => {
    const v = await app.inject({ url: `/api/verify/${number}` });
    expect(v.statusCode).toBe(200);
    expect(Object.keys(v.json()).sort()).toEqual(PUBLIC_KEYS);
    expect(v.json()).toMatchObject({ verdict: 'genuine', valid: true, issuer: 'BW', disclosure: 'public' });
    const { checkedAt: _now, ...shown } = v.json(); // the time of the look-up is today, like the issue date
    const text = JSON.stringify(shown);
    const doc = (await app.inject({ url: `/api/certificates/${number}`, headers: auth('bw') })).json().certificate;
    for (const secret of [doc.issuedAt.slice(0, 10), doc.expiresAt.slice(0, 10), doc.issuer.keyId, 'BE', 'Antwerp', '5000.25', '1250000']) expect(text).not.toContain(secret);
    // another Participant's officer and customs, an observer: the same minimum
    for (const who of ['za', 'zaCustoms', 'observer', 'bwCompany']) {
      const r = (await app.inject({ url: `/api/verify/${number}`, headers: auth(who) })).json();
      expect(Object.keys(r).sort(), who).toEqual(PUBLIC_KEYS);
    }
    // an unknown number: that it does not exist, which is all a number may tell
    expect((await app.inject({ url: '/api/verify/BW-2026-424242' })).json()).toMatchObject({ verdict: 'not-in-log', valid: false, disclosure: 'public' });
  });

  it('tells no confirmation, date or reason of a cancellation from a number alone', async () => {
    const c = (await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request })).json();
    expect((await app.inject({ method: 'POST', url: `/api/certificates/${c.number}/cancellation`, headers: auth('bw'), payload: { reason: 'lost', note: 'stolen at the airport' } })).statusCode).toBe(201);
    const v = (await app.inject({ url: `/api/verify/${c.number}` })).json();
    expect(v).toMatchObject({ verdict: 'cancelled', valid: false, disclosure: 'public' });
    expect(Object.keys(v).sort()).toEqual(PUBLIC_KEYS);
    expect(v.reason).not.toMatch(/lost|stolen|\d{4}-\d{2}-\d{2}/);
    // nor from a border check by a third Participant's customs (transit): the same minimum
    const check = await app.inject({ method: 'POST', url: `/api/certificates/${c.number}/border-checks`, headers: auth('zaCustoms'), payload: { kind: 'transit', sealsIntact: true, unopened: true } });
    expect(check.json()).toMatchObject({ verdict: 'cancelled', flagged: true });
    expect(check.json().reason).not.toMatch(/lost|stolen|\d{4}-\d{2}-\d{2}/);
    // the issuing authority sees why
    const all = (await app.inject({ url: `/api/verify/${c.number}`, headers: auth('bw') })).json();
    expect(all.cancellation).toMatchObject({ reason: 'lost', note: 'stolen at the airport' });
  });

  it('shows the holder of the right code the dates, countries, parcels, carats and receipt, not the names or the value', async () => {
    for (const typed of [code, code.toLowerCase(), code.replace('-', ' '), code.replace('-', '')]) {
      const r = await app.inject({ url: `/api/verify/${number}?code=${encodeURIComponent(typed)}` });
      expect(r.statusCode, typed).toBe(200);
      expect(r.json()).toMatchObject({ disclosure: 'holder', verdict: 'genuine', issuer: 'BW', countryOfExport: 'BW', importerCountry: 'BE', parcels: 4, carats: 5000.25, confirmed: false });
      expect(r.json().issuedAt).toMatch(/^\d{4}-/);
      for (const hidden of ['exporter', 'importer', 'valueUsd', 'goods', 'confirmation', 'cancellation']) expect(r.json()).not.toHaveProperty(hidden);
    }
    // the same code held by another Participant's officer: the holder's view too
    expect((await app.inject({ url: `/api/verify/${number}?code=${code}`, headers: auth('za') })).json().disclosure).toBe('holder');
  });

  it('refuses a wrong code (403) or a text that cannot be one (400), and a code of another certificate', async () => {
    const other = await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request });
    const otherCode = String(other.headers['kpcs-verification-code']);
    const wrong = await app.inject({ url: `/api/verify/${number}?code=${otherCode}` });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining(`does not match certificate ${number}`) });
    expect(JSON.stringify(wrong.json())).not.toContain(code);
    const malformed = await app.inject({ url: `/api/verify/${number}?code=ABC` });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().details).toEqual([{ path: 'querystring.code', message: expect.stringContaining('ten letters and digits') }]);
  });

  it('shows all to the issuing and importing authorities and the monitoring roles, signed in, without a code', async () => {
    for (const who of ['bw', 'eu', 'euCustoms', 'chair']) {
      const r = (await app.inject({ url: `/api/verify/${number}`, headers: auth(who) })).json();
      expect(r, who).toMatchObject({ disclosure: 'authority', exporter: request.exporter, importer: request.importer, valueUsd: 1250000, goods: request.goods, confirmation: null, cancellation: null });
    }
    await app.inject({ method: 'POST', url: `/api/certificates/${number}/confirmation`, headers: auth('eu'), payload: { parcels: 4, carats: 5000.25, sealsIntact: true } });
    expect((await app.inject({ url: `/api/verify/${number}`, headers: auth('bw') })).json().confirmation).toMatchObject({ participant: 'EU', flagged: false });
    expect((await app.inject({ url: `/api/verify/${number}?code=${code}` })).json().confirmed).toBe(true);
    expect((await app.inject({ url: `/api/verify/${number}` })).json()).not.toHaveProperty('confirmed');
  });

  it('lets only the issuing authority make a new code, audited without the code; the old one stops working', async () => {
    const url = `/api/certificates/${number}/verification-code`;
    expect((await app.inject({ method: 'POST', url })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url, headers: auth('eu') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth('za') })).statusCode).toBe(403);
    const before = await counts();
    const res = await app.inject({ method: 'POST', url, headers: auth('bw') });
    expect(res.statusCode).toBe(201);
    const renewed = res.json();
    expect(renewed).toMatchObject({ number, replaced: true, verificationCode: expect.stringMatching(CODE) });
    expect(renewed.verifyUrl).toBe(`https://kpcs.example.org/verify/${number}?code=${renewed.verificationCode}`);
    expect((await counts()).log).toBe(before.log); // nothing about codes goes into the public log
    const entry = await store.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'certificates.verification-code.renew', subject: number });
    expect(JSON.stringify(entry)).not.toContain(renewed.verificationCode);
    expect((await app.inject({ url: `/api/verify/${number}?code=${code}` })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/verify/${number}?code=${renewed.verificationCode}` })).json().disclosure).toBe('holder');
    code = renewed.verificationCode;
  });

  it('a certificate issued before codes existed has none until its authority makes one', async () => {
    const old = (await app.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request })).json();
    await store.db.updateTable('certificates').set({ verification_code_hash: null }).where('number', '=', old.number).execute();
    const r = await app.inject({ url: `/api/verify/${old.number}?code=${code}` });
    expect(r.statusCode).toBe(403);
    expect(r.json().message).toContain('has no verification code yet');
    const made = await app.inject({ method: 'POST', url: `/api/certificates/${old.number}/verification-code`, headers: auth('bw') });
    expect(made.json()).toMatchObject({ replaced: false });
    expect((await app.inject({ url: `/api/verify/${old.number}?code=${made.json().verificationCode}` })).json().disclosure).toBe('holder');
  });

  it('prints only the certificate\'s own code on the PDF', async () => {
    const ok = await app.inject({ url: `/api/certificates/${number}/pdf?code=${code}`, headers: auth('bw') });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('application/pdf');
    const wrong = await app.inject({ url: `/api/certificates/${number}/pdf?code=0000000000`, headers: auth('bw') });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([{ path: 'querystring.code', message: "not this certificate's code" }]);
  });

  it('returns every code of a batch by number, each opening its own certificate only', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/certificates/batch', headers: auth('bw'), payload: { requests: [request, request] } });
    expect(res.statusCode).toBe(201);
    const { certificates, verificationCodes } = res.json() as { certificates: { number: string }[]; verificationCodes: Record<string, string> };
    expect(Object.keys(verificationCodes).sort()).toEqual(certificates.map((c) => c.number).sort());
    const [a, b] = certificates.map((c) => c.number) as [string, string];
    expect((await app.inject({ url: `/api/verify/${a}?code=${verificationCodes[a]}` })).json().disclosure).toBe('holder');
    expect((await app.inject({ url: `/api/verify/${a}?code=${verificationCodes[b]}` })).statusCode).toBe(403);
  });

  it('gives the codes of the bulk path too', async () => {
    const issued = await issueBulkWithCodes(store, SYSTEM, [{ actor: localOperator('BW'), request }], 'test');
    expect(issued[0]!.verificationCode).toMatch(CODE);
    expect((await lookUp(store, { ...localOperator('ZA') }, issued[0]!.certificate.number, { code: issued[0]!.verificationCode })).disclosure).toBe('holder');
  });

  it('keeps the code out of the server log: the address it travels in is logged without it, the header redacted', async () => {
    expect(withoutCode(`/verify/${number}?code=${code}`)).toBe(`/verify/${number}?code=[redacted]`);
    expect(withoutCode(`/api/verify/${number}?lang=fr&code=${code}&x=1`)).toBe(`/api/verify/${number}?lang=fr&code=[redacted]&x=1`);
    let logged = '';
    const logStream = new Writable({ write(chunk, _enc, done) { logged += chunk.toString(); done(); } });
    const traced = await buildServer({ store, webDir: null, logLevel: 'trace', logStream });
    try {
      const issued = await traced.inject({ method: 'POST', url: '/api/certificates', headers: auth('bw'), payload: request });
      const fresh = String(issued.headers['kpcs-verification-code']);
      expect((await traced.inject({ url: `/api/verify/${issued.json().number}?code=${fresh}` })).json().disclosure).toBe('holder');
      expect((await traced.inject({ url: `/api/verify/${issued.json().number}?code=${code}` })).statusCode).toBe(403);
      const renewed = (await traced.inject({ method: 'POST', url: `/api/certificates/${number}/verification-code`, headers: auth('bw') })).json().verificationCode;
      code = renewed;
      expect(logged).toContain(`/api/verify/${issued.json().number}?code=[redacted]`);
      for (const secret of [fresh, renewed]) {
        expect(logged).not.toContain(secret);
        expect(logged).not.toContain(secret.replace('-', ''));
      }
    } finally {
      await traced.close();
    }
  });

  it('rate-limits guessing codes like any verification', async () => {
    await insideRateWindow(store.db);
    let last = 0;
    for (let i = 0; i < 45 && last !== 429; i++) {
      last = (await app.inject({ url: `/api/verify/${number}?code=${'0000' + String(i).padStart(6, '0')}`, remoteAddress: '10.9.9.9' })).statusCode;
      if (last !== 429) expect(last).toBe(403);
    }
    expect(last).toBe(429);
    // another address is not held back
    expect((await app.inject({ url: `/api/verify/${number}`, remoteAddress: '10.9.9.10' })).statusCode).toBe(200);
  });
});

describe.each(engines)('signed names say what they show, on %s', (engine) => {
  let store: Store;
  const BW = localOperator('BW');
  beforeAll(async () => {
    store = await freshStore(engine);
    service.configure(store, { masterKey: randomBytes(32) });
  });
  afterAll(() => store.close());

  const counts = async () => {
    const { rows } = await sql<{ t: string; n: string }>`
      select 'certificates' as t, count(*)::text as n from certificates union all select 'log', size::text from log_head
      union all select 'audit', count(*)::text from audit_log union all select 'counters', coalesce(sum(last_seq), 0)::text from certificate_counters`.execute(store.db);
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  };

  it('refuses each forbidden character class with the field, the character and its position, and writes nothing', async () => {
    await service.issue(store, BW, request); // the first issuance creates the key: counted before
    const before = await counts();
    for (const [ch, cp] of [['\u202E', 'U+202E'], ['\u2066', 'U+2066'], ['\u200B', 'U+200B'], ['\uFEFF', 'U+FEFF'], ['\uFFFD', 'U+FFFD']] as const) {
      const bad = { ...request, importer: { ...request.importer, name: `Antwerp${ch} NV` } };
      await expect(service.issue(store, BW, bad)).rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'importer.name', message: expect.stringContaining(`${cp},`) }] });
      await expect(service.issue(store, BW, bad)).rejects.toMatchObject({ details: [{ message: expect.stringContaining('at character 8') }] });
      // the bulk path (CSV and migrated requests go through it) names the request too
      await expect(issueBulkWithCodes(store, SYSTEM, [{ actor: BW, request }, { actor: BW, request: bad }], 'test')).rejects.toMatchObject({ details: [{ path: 'requests[1].importer.name' }] });
    }
    expect(await counts()).toEqual(before);
  });

  it('stores and signs a decomposed name in NFC, so a verifier sees what was signed', async () => {
    const decomposed = { ...request, exporter: { ...request.exporter, name: 'Socie\u0301te\u0301 Minie\u0300re de Bakwanga' } };
    const doc = await service.issue(store, BW, decomposed);
    expect(doc.exporter.name).toBe('Soci\u00e9t\u00e9 Mini\u00e8re de Bakwanga');
    const stored = await service.get(store, BW, doc.number);
    expect(stored.certificate.exporter.name).toBe('Soci\u00e9t\u00e9 Mini\u00e8re de Bakwanga');
    expect(stored.certificate.exporter.name.normalize('NFC')).toBe(stored.certificate.exporter.name);
    const list = checkTrustList(await service.trustList(store));
    if (!list.ok) throw new Error(list.reason);
    const bundle = await bundleOf(store, stored.certificate);
    expect(verifyCertificate(bundle, contextFromTrustList(list.list)).verdict).toBe('genuine');
    // the decomposed form is not what was signed
    expect(verifyCertificate({ ...bundle, certificate: { ...stored.certificate, exporter: decomposed.exporter } }, contextFromTrustList(list.list)).verdict).toBe('altered');
  });

  it('normalises a typed code: Crockford letters read back from paper', () => {
    expect(normalizeCode('7k3qd m9xwe')).toBe('7K3QD-M9XWE');
    expect(normalizeCode('OIL00-00000')).toBe('01100-00000');
    expect(normalizeCode('7K3QD-M9XWU')).toBeUndefined(); // U is not in the alphabet
    expect(normalizeCode('7K3QD')).toBeUndefined();
  });
});
