// The certificate as a W3C Verifiable Credential 2.0 and its public status list (docs/credentials.md):
// who may have which credential, signed with which key. The credential and the verifier are pure
// (credential.ts, data-integrity.ts).
//
// Who: as GET /api/verify/{number} discloses (disclosure.ts) — the holder presenting the verification
// code gets the holder's fields, the authorities concerned all; the number alone gets nothing. Signed on
// request with the authority key that signed the certificate (never with a revoked one).
// The status list: built from the database on each request (the cancelled certificates of its range,
// an index scan) and signed with the log key — nothing kept in a process, so several servers on one
// PostgreSQL all answer with the cancellations committed by any of them.
import type { Store } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { conflict, forbidden, notFound } from '../core/errors.js';
import type { Actor } from '../auth/model.js';
import * as log from './log.js';
import { HELD_BY_NATIONAL_SYSTEM, schemeSigningKey, signingKey } from './keys.js';
import { participantOfNumber } from './numbering.js';
import { presentedCode, seesAll, wrongCode } from './lookup.js';
import { codeMatches } from './verification-code.js';
import { addProof } from './data-integrity.js';
import { credentialOf, encodeStatusList, STATUS_LIST_BITS, statusListCredentialOf, statusPosition, verifyCredential, type CredentialDisclosure, type CredentialVerification } from './credential.js';
import { publicUrl } from './service.js';
import { publishedTrustList } from './trust.js';
import { verificationMethodOf } from './data-integrity.js';
import * as store from './store.js';
import * as logStore from './log-store.js';
import * as keyStore from './key-store.js';
import { m as rm } from './receipt-messages.js';
import { m as km } from './key-messages.js';

/** The address of status list `list` (GET /api/credentials/status/{list}). */
export const statusListUrl = (s: Store, list: number) => `${publicUrl(s)}/api/credentials/status/${list}`;

/**
 * GET /api/certificates/{number}/credential: the certificate as a credential, for the holder presenting
 * its verification code (the holder's fields) or an authority concerned (all).
 */
export async function credential(s: Store, actor: Actor, number: string, opts: { code?: string } = {}, now = new Date()) {
  const code = presentedCode(opts.code, 'querystring.code');
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) throw notFound(rm('certificate.unknown', { number }));
  let disclosure: CredentialDisclosure;
  if (seesAll(actor, row)) disclosure = 'authority';
  else if (code === undefined) {
    throw forbidden(km('credential.needsCode', { number, qr: 'QR', query: '?code=', route: `GET /api/verify/${number}` }));
  } else {
    if (!codeMatches(number, code, row.verification_code_hash)) wrongCode(number, row);
    disclosure = 'holder';
  }
  const doc = await log.storedDocument(s.db, row.document);
  const key = await keyStore.keyById(s.db, doc.issuer.keyId);
  if (!key) throw notFound(km('credential.keyUnknown', { keyId: doc.issuer.keyId, number }));
  if (key.revoked_at !== null && new Date(key.revoked_at) <= now) {
    throw conflict(km('credential.keyRevoked', { keyId: key.id, number, at: new Date(key.revoked_at).toISOString(), route: `GET /api/verify/${number}` }));
  }
  const position = statusPosition(Number(row.status_index));
  if (key.private_key_enc === HELD_BY_NATIONAL_SYSTEM) {
    throw conflict(km('credential.national', { number, participant: key.participant, list: String(position.list), index: String(position.index), route: `GET /api/credentials/status/${position.list}` }));
  }
  const unsecured = credentialOf(doc, { disclosure, importerCountry: row.importer_country, publicKey: key.public_key, status: { list: statusListUrl(s, position.list), index: position.index } });
  return addProof(unsecured, { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: now.toISOString(), verificationMethod: verificationMethodOf(key.public_key), proofPurpose: 'assertionMethod' }, signingKey(s, key.id, key.private_key_enc));
}

/**
 * GET /api/credentials/status/{list}: the status list credential of list `list` (bit set: cancelled),
 * built now from the database and signed with the log key in service. A list beyond the log is not found.
 */
export async function statusList(s: Store, list: number, now = new Date()) {
  const size = await logStore.logSize(s.db);
  if (list * STATUS_LIST_BITS >= Math.max(size, 1)) throw notFound(km('statusList.unknown', { list: String(list), size: String(size), last: String(Math.max(0, Math.ceil(size / STATUS_LIST_BITS) - 1)) }));
  const from = list * STATUS_LIST_BITS;
  const cancelled = await store.cancelledStatusIndexes(s.db, from, from + STATUS_LIST_BITS);
  // the log key in service, read without a transaction; made (in one) only on an installation's first need
  const row = await keyStore.schemeKey(s.db, 'log');
  const key = row
    ? { id: row.id, key: signingKey(s, row.id, row.private_key_enc), publicKey: row.public_key, revokedAt: row.revoked_at }
    : { ...(await transaction(s.db, (tx) => schemeSigningKey(s, tx, 'log'))), revokedAt: null };
  // never dated before the key's service began: a log key made a moment after `now` (by this call, or by
  // the trust list a verification signed just before) would otherwise sign a list it was "not in service" for
  const serviceFrom = row ? new Date(row.valid_from).getTime() : Date.now();
  if (serviceFrom > now.getTime()) now = new Date(serviceFrom);
  if (key.revokedAt !== null && new Date(key.revokedAt) <= now) throw conflict(km('statusList.logKeyRevoked', { keyId: key.id, at: new Date(key.revokedAt).toISOString(), command: 'kpcs keys log rotate' }));
  const url = statusListUrl(s, list);
  const unsecured = statusListCredentialOf(url, encodeStatusList(cancelled.map((i) => i - from)), key.publicKey, now);
  return addProof(unsecured, { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: now.toISOString(), verificationMethod: verificationMethodOf(key.publicKey), proofPurpose: 'assertionMethod' }, key.key);
}

/** A credential verified against this register: its trust list and its status list now. */
export async function verifyOnline(s: Store, vc: unknown, now = new Date()): Promise<CredentialVerification> {
  const trust = await publishedTrustList(s, now);
  const entry = (vc as { credentialStatus?: { statusListCredential?: unknown } } | null)?.credentialStatus?.statusListCredential;
  const m = typeof entry === 'string' ? /\/api\/credentials\/status\/(\d+)$/.exec(entry) : null;
  let list: unknown;
  if (m && entry === statusListUrl(s, Number(m[1]))) {
    try {
      list = await statusList(s, Number(m[1]), now);
    } catch {
      list = undefined;
    }
  }
  // a status list not of this register stays unchecked (status: 'unchecked' in the answer)
  const result = verifyCredential(vc, { keys: trust.keys, now, statusList: list, cancelled: trust.cancelled });
  // the proof holds and the key is the Participant's: the register says whether it issued that certificate
  if (result.verdict !== 'genuine' && result.verdict !== 'cancelled' && result.verdict !== 'expired') return result;
  const differs = await registerProblem(s, vc as Record<string, unknown>);
  return differs ? { ...result, ...differs, valid: false } : result;
}

const canonical = (v: unknown) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));

/** The first path at which `got` differs from `want` (objects by key, arrays by position). */
function firstDifference(got: unknown, want: unknown, path: string): string | undefined {
  if (canonical(got) === canonical(want)) return undefined;
  if (got && want && typeof got === 'object' && typeof want === 'object' && Array.isArray(got) === Array.isArray(want)) {
    const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], Array.isArray(got) ? `${path}[${k}]` : `${path}.${k}`);
      if (d) return d;
    }
  }
  return path;
}

/**
 * Online, a credential is held to the register: a certificate of that number was issued here, signed
 * with the key that signed the credential, and the credential states exactly its facts (as the register
 * would make it for the disclosure it claims). A thief of an authority key can sign a credential of a
 * certificate never issued, or of a real one with other carats; its proof holds and the key is on the
 * trust list, so only the register tells (offline, the credential rests on the authority key alone).
 */
async function registerProblem(s: Store, vc: Record<string, unknown>): Promise<Pick<CredentialVerification, 'verdict' | 'reason'> | undefined> {
  const subject = vc.credentialSubject as Record<string, unknown>;
  const number = String(subject.certificateNumber);
  const participant = participantOfNumber(number);
  const row = participant ? await store.certificate(s.db, participant, number) : undefined;
  if (!row) return { verdict: 'not-in-log', reason: `no certificate ${number} was issued in this register: the credential is signed with an authority key of the trust list, but for a certificate that was never recorded in the public log` };
  const doc = await log.storedDocument(s.db, row.document);
  const key = await keyStore.keyById(s.db, doc.issuer.keyId);
  if (!key) return { verdict: 'unknown-key', reason: `the key ${doc.issuer.keyId} that signed certificate ${number} is not in the key registry` };
  const disclosure = subject.disclosure === 'holder' || subject.disclosure === 'authority' ? subject.disclosure : 'authority';
  const position = statusPosition(Number(row.status_index));
  const want = credentialOf(doc, { disclosure, importerCountry: row.importer_country, publicKey: key.public_key, status: { list: statusListUrl(s, position.list), index: position.index } });
  // the names and descriptions are the title and statement in five languages (texts of a release); the
  // status list's address follows KPCS_PUBLIC_URL (a credential naming another is checked as unchecked)
  const status = vc.credentialStatus as Record<string, unknown>;
  const got = { '@context': vc['@context'], type: vc.type, issuer: vc.issuer, validFrom: vc.validFrom, validUntil: vc.validUntil, credentialSubject: subject, statusListIndex: status.statusListIndex };
  const expected = { '@context': want['@context'], type: want.type, issuer: want.issuer, validFrom: want.validFrom, validUntil: want.validUntil, credentialSubject: want.credentialSubject, statusListIndex: want.credentialStatus.statusListIndex };
  const path = firstDifference(got, expected, 'credential');
  if (path) return { verdict: 'altered', reason: `the credential does not state certificate ${number} as this register holds it (${path.replace(/^credential\.statusListIndex$/, 'credential.credentialStatus.statusListIndex')} differs): it was signed with the authority key, but not by this register` };
  const m = typeof status.statusListCredential === 'string' ? /\/api\/credentials\/status\/(\d+)$/.exec(status.statusListCredential) : null;
  if (m && Number(m[1]) !== position.list) return { verdict: 'altered', reason: `the credential names status list ${m[1]}, but certificate ${number} is in status list ${position.list}` };
  return undefined;
}
