// A Kimberley Process certificate as a W3C Verifiable Credential 2.0 (docs/credentials.md), its entry in
// the W3C Bitstring Status List v1.0, and the verifier of both. Pure, no I/O: the service
// (credentials.ts) loads the certificate, decides what the caller may see and signs with the keys.
//
// Security: a Data Integrity proof, cryptosuite eddsa-jcs-2022 (data-integrity.ts), made with the
// authority key that signed the certificate, named as a did:key. That a did:key verifies says only that
// its holder signed; the verifier here also requires the key to be an authority key of the issuing
// Participant on the KP trust list, in service on the certificate's date and not revoked.
import { gunzipSync, gzipSync } from 'node:zlib';
import { PDF_LABELS, type Language } from './pdf.js';
import { bodyHash, type TrustedKey } from './signing.js';
import { datesProblem, type Verdict } from './verification.js';
import type { SignedCertificate } from './model.js';
import { didKeyOf, verifyProof } from './data-integrity.js';
import { CREDENTIAL_TERMS, credentialTerms } from './fields.js';

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
/** The namespace of the kpcs terms (not a web address: the terms are described in docs/credentials.md). */
export const KPCS_VOCAB = 'urn:kpcs:vocab#';
const TERMS = [
  'KimberleyProcessCertificate', 'KimberleyProcessShipment', 'KimberleyProcessParty', 'participant', 'keyId', 'certificateNumber', 'certificateHash', 'disclosure',
  // the request's simple fields' terms (fields.ts: countryOfOrigin, countryOfProvenance, numberOfParcels…)
  'countryOfExport', 'countryOfDestination', ...CREDENTIAL_TERMS, 'caratWeight', 'valueUsd', 'exporter', 'importer', 'address', 'country', 'goods', 'hsCode', 'statement',
] as const;
/** The kpcs terms, inline after the VC 2.0 context: every term of a kpcs credential is defined. */
export const KPCS_CONTEXT = { '@protected': true, ...Object.fromEntries(TERMS.map((t) => [t, `${KPCS_VOCAB}${t}`])), goods: { '@id': `${KPCS_VOCAB}goods`, '@container': '@list' } } as const;
export const CREDENTIAL_TYPE = 'KimberleyProcessCertificate';
/** Bits of one status list: the minimum of Bitstring Status List v1.0 (16 KB), for herd privacy. */
export const STATUS_LIST_BITS = 131_072;

const LANGUAGES: Language[] = ['en', 'fr', 'pt', 'es', 'ru'];
const languageMap = (text: (l: Language) => string) => LANGUAGES.map((l) => ({ '@value': text(l), '@language': l }));

const STATUS_LIST_TEXTS: Record<Language, { name: string; description: string }> = {
  en: { name: 'Cancelled Kimberley Process Certificates', description: 'Bit set: the Kimberley Process Certificate with this status index was cancelled by its issuing authority and no longer accompanies a shipment.' },
  fr: { name: 'Certificats du Processus de Kimberley annulés', description: "Bit à 1 : le certificat du Processus de Kimberley portant cet indice a été annulé par l'autorité qui l'a délivré et n'accompagne plus aucune expédition." },
  pt: { name: 'Certificados do Processo de Kimberley anulados', description: 'Bit a 1: o certificado do Processo de Kimberley com este índice foi anulado pela autoridade que o emitiu e já não acompanha nenhuma remessa.' },
  es: { name: 'Certificados del Proceso de Kimberley anulados', description: 'Bit a 1: el certificado del Proceso de Kimberley con este índice fue anulado por la autoridad que lo expidió y ya no acompaña ningún envío.' },
  ru: { name: 'Аннулированные сертификаты Кимберлийского процесса', description: 'Бит установлен: сертификат Кимберлийского процесса с этим индексом аннулирован выдавшим его органом и больше не сопровождает ни одну партию.' },
};

/** What the caller may see (disclosure.ts): the holder with the verification code, or an authority concerned. */
export type CredentialDisclosure = 'holder' | 'authority';

export interface StatusEntry {
  /** the status list credential's address */
  list: string;
  index: number;
}

/** The status list (and the index within it) of a certificate's status index. */
export function statusPosition(statusIndex: number): { list: number; index: number } {
  return { list: Math.floor(statusIndex / STATUS_LIST_BITS), index: statusIndex % STATUS_LIST_BITS };
}

/**
 * The unsecured credential of a certificate: the fields the disclosure shows (holder: dates, countries,
 * parcels, carats; authority: also the parties, origin, goods and value), bound to the signed
 * certificate by its content hash.
 */
export function credentialOf(doc: SignedCertificate, f: { disclosure: CredentialDisclosure; importerCountry: string; publicKey: string; status: StatusEntry }) {
  const authority = f.disclosure === 'authority';
  const fields = doc as unknown as Record<string, unknown>;
  return {
    '@context': [VC_V2, KPCS_CONTEXT],
    type: ['VerifiableCredential', CREDENTIAL_TYPE],
    name: languageMap((l) => `${PDF_LABELS[l].title} ${doc.number}`),
    description: languageMap((l) => PDF_LABELS[l].statement),
    issuer: { id: didKeyOf(f.publicKey), name: doc.issuer.authority ?? doc.issuer.name, participant: doc.issuer.participant, keyId: doc.issuer.keyId },
    validFrom: doc.issuedAt,
    validUntil: doc.expiresAt,
    credentialSubject: {
      type: 'KimberleyProcessShipment',
      certificateNumber: doc.number,
      certificateHash: bodyHash(doc),
      disclosure: f.disclosure,
      participant: doc.issuer.participant,
      countryOfExport: doc.issuer.countryOfExport,
      countryOfDestination: f.importerCountry,
      ...credentialTerms(fields, 'holder'),
      caratWeight: doc.totals.carats,
      ...(authority && {
        exporter: { type: 'KimberleyProcessParty', ...doc.exporter },
        importer: { type: 'KimberleyProcessParty', ...doc.importer },
        ...credentialTerms(fields, 'authority'),
        goods: doc.goods.map((g) => ({ hsCode: g.hsCode, caratWeight: g.carats, valueUsd: g.valueUsd })),
        valueUsd: doc.totals.valueUsd,
        statement: doc.statement,
      }),
    },
    credentialStatus: { id: `${f.status.list}#${f.status.index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(f.status.index), statusListCredential: f.status.list },
  };
}

// ---- the status list ----

/** encodedList: Multibase base64url (u…, no padding) of the GZIP-compressed bitstring; index 0 is the left-most bit. */
export function encodeStatusList(set: Iterable<number>, bits = STATUS_LIST_BITS): string {
  const bytes = Buffer.alloc(bits / 8);
  for (const i of set) {
    if (!Number.isInteger(i) || i < 0 || i >= bits) throw new Error(`status index ${i} is outside the list of ${bits} bits`);
    bytes[i >> 3]! |= 0x80 >> (i & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The bit at `index` of an encodedList, or a reason it cannot be read. */
export function statusBit(encodedList: unknown, index: number): { ok: true; set: boolean } | { ok: false; reason: string } {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) return { ok: false, reason: 'the status list is not Multibase base64url (u…)' };
  let bytes: Buffer;
  try {
    bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    return { ok: false, reason: 'the status list is not a GZIP-compressed bitstring' };
  }
  if (bytes.length * 8 < STATUS_LIST_BITS) return { ok: false, reason: `the status list holds ${bytes.length * 8} bits, fewer than the ${STATUS_LIST_BITS} the specification requires` };
  if (!Number.isInteger(index) || index < 0 || index >= bytes.length * 8) return { ok: false, reason: `the status index ${index} is outside the list of ${bytes.length * 8} bits` };
  return { ok: true, set: (bytes[index >> 3]! & (0x80 >> (index & 7))) !== 0 };
}

/** The unsecured status list credential of list `url`, issued by the log key (publicKey) at `now`. */
export function statusListCredentialOf(url: string, encodedList: string, publicKey: string, now: Date) {
  return {
    '@context': [VC_V2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    name: languageMap((l) => STATUS_LIST_TEXTS[l].name),
    description: languageMap((l) => STATUS_LIST_TEXTS[l].description),
    issuer: { id: didKeyOf(publicKey), name: 'Kimberley Process Certification Scheme: transparency log (kpcs)' },
    validFrom: now.toISOString(),
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
  };
}

// ---- the verifier ----

export interface CredentialVerification {
  verdict: Verdict;
  valid: boolean;
  reason: string;
  number?: string;
  issuer?: string;
  keyId?: string;
  /** revoked: the status list marks it (cancelled); unchecked: no status list was given */
  status?: 'active' | 'revoked' | 'unchecked';
}

export interface CredentialContext {
  /** the KP trust list's keys (checkTrustList first) */
  keys: readonly TrustedKey[];
  now: Date;
  /** the status list credential its credentialStatus names, fetched by the caller; without it the status is unchecked */
  statusList?: unknown;
  /**
   * the cancelled numbers of the trust list (TrustList.cancelled): a certificate the list names is
   * cancelled whatever a status list says — a status list signed before the cancellation still verifies
   * (it is genuine, only old), so the holder of a cancelled certificate could present that one instead
   */
  cancelled?: readonly { number: string; replacedBy?: string | null }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const at = (iso: string) => Date.parse(iso);

/** A key on the list in service at `t` and not revoked by then, or why not. */
function inService(key: TrustedKey, t: string, what: string): string | undefined {
  if (!(at(t) >= at(key.validFrom)) || (key.validTo !== null && !(at(t) < at(key.validTo)))) return `the key ${key.keyId} was not in service at ${what} ${t} (in service from ${key.validFrom}${key.validTo ? ` to ${key.validTo}` : ''})`;
  if (key.revokedAt != null && !(at(t) < at(key.revokedAt))) return `the key ${key.keyId} was revoked on ${key.revokedAt}${key.revocationReason ? ` (${key.revocationReason})` : ''}, before ${what} ${t}`;
  return undefined;
}

/** Checks a status list credential: signed (eddsa-jcs-2022) by a log key of the trust list, the list named, purpose revocation. */
export function checkStatusList(list: unknown, url: string, keys: readonly TrustedKey[]): { ok: true; encodedList: string } | { ok: false; reason: string } {
  if (!isObject(list) || !Array.isArray(list.type) || !list.type.includes('BitstringStatusListCredential') || !isObject(list.credentialSubject)) return { ok: false, reason: 'the status list is not a BitstringStatusListCredential' };
  if (list.id !== url) return { ok: false, reason: `the status list given is ${String(list.id).slice(0, 200)}, not the one the credential names (${url})` };
  const proof = verifyProof(list);
  if (!proof.ok) return { ok: false, reason: `the status list's proof does not hold: ${proof.reason}` };
  const key = keys.find((k) => k.purpose === 'log' && k.publicKey === proof.publicKey);
  if (!key) return { ok: false, reason: 'the status list is not signed by a log key of the KP trust list' };
  if (!isObject(list.issuer) || list.issuer.id !== proof.controller) return { ok: false, reason: "the status list's issuer is not the key that signed it" };
  const when = typeof list.validFrom === 'string' && !Number.isNaN(at(list.validFrom)) ? list.validFrom : undefined;
  if (!when) return { ok: false, reason: 'the status list has no validFrom' };
  const unfit = inService(key, when, 'the status list of');
  if (unfit) return { ok: false, reason: unfit };
  if (list.credentialSubject.statusPurpose !== 'revocation' || list.credentialSubject.type !== 'BitstringStatusList') return { ok: false, reason: 'the status list is not a BitstringStatusList of purpose revocation' };
  return { ok: true, encodedList: String(list.credentialSubject.encodedList) };
}

/**
 * Verifies a kpcs credential: well-formed VC 2.0, its eddsa-jcs-2022 proof, the key an authority key
 * of the issuing Participant on the trust list (in service on the certificate's date, not revoked when
 * the proof was made), its dates, its status (when the status list is given) and expiry. The first
 * failing check gives the verdict, as for certificates (signing.ts verifyCertificate).
 */
export function verifyCredential(vc: unknown, ctx: CredentialContext): CredentialVerification {
  const v = vc as Record<string, unknown>;
  const subject = (isObject(v) && isObject(v.credentialSubject) ? v.credentialSubject : {}) as Record<string, unknown>;
  const issuer = (isObject(v) && isObject(v.issuer) ? v.issuer : {}) as Record<string, unknown>;
  const number = typeof subject.certificateNumber === 'string' ? subject.certificateNumber : undefined;
  const fail = (verdict: Verdict, reason: string): CredentialVerification => ({ verdict, valid: false, reason, ...(number && { number }), ...(typeof issuer.participant === 'string' && { issuer: issuer.participant }) });
  const context = isObject(v) && Array.isArray(v['@context']) ? v['@context'] : [];
  const status = isObject(v) && isObject(v.credentialStatus) ? v.credentialStatus : undefined;
  if (context[0] !== VC_V2 || !Array.isArray(v.type) || !v.type.includes('VerifiableCredential') || !v.type.includes(CREDENTIAL_TYPE) || !number || typeof issuer.id !== 'string' || typeof v.validFrom !== 'string' || typeof v.validUntil !== 'string' || !status) {
    return fail('altered', `this is not a well-formed Kimberley Process credential (VC 2.0: @context ${VC_V2} first, type ${CREDENTIAL_TYPE}, issuer, validFrom, validUntil, credentialSubject, credentialStatus)`);
  }
  const proof = verifyProof(v);
  if (!proof.ok) return fail('altered', proof.reason);
  // the proof holds from here on: the fields can be trusted as the key's holder wrote them
  if (proof.proof.proofPurpose !== 'assertionMethod') return fail('altered', `the proof's purpose is ${String(proof.proof.proofPurpose)}, not assertionMethod`);
  const key = ctx.keys.find((k) => k.purpose === 'certificate' && k.publicKey === proof.publicKey);
  if (!key) return fail('unknown-key', `the credential is signed by ${proof.controller}, which is not an authority key on the KP trust list`);
  const done = { number, issuer: key.owner, keyId: key.keyId };
  if (issuer.id !== proof.controller) return fail('unknown-key', `the credential names ${issuer.id} as its issuer but is signed by ${proof.controller}`);
  if (issuer.participant !== key.owner || subject.participant !== key.owner || !number.startsWith(`${key.owner}-`)) return fail('unknown-key', `the key ${key.keyId} belongs to ${key.owner}, not to the issuer of ${number}`);
  const dates = datesProblem({ issuedAt: v.validFrom, expiresAt: v.validUntil }, ctx.now);
  if (dates) return fail('invalid-dates', dates);
  const unfit = inService(key, v.validFrom, "the certificate's date");
  if (unfit) return fail(unfit.includes('revoked') ? 'revoked-key' : 'unknown-key', unfit);
  // kpcs signs every credential with its time: without one, a key's revocation could not be applied to the proof
  if (typeof proof.proof.created !== 'string' || Number.isNaN(at(proof.proof.created))) return fail('altered', 'the proof states no time of signing (proof.created): a Kimberley Process credential always carries one');
  if (key.revokedAt != null && !(at(proof.proof.created) < at(key.revokedAt))) return fail('revoked-key', `the proof was made on ${proof.proof.created}, after the key ${key.keyId} was revoked on ${key.revokedAt}`);
  let state: CredentialVerification['status'] = 'unchecked';
  if (ctx.statusList !== undefined) {
    if (status.type !== 'BitstringStatusListEntry' || status.statusPurpose !== 'revocation' || typeof status.statusListCredential !== 'string') return fail('altered', 'the credentialStatus is not a BitstringStatusListEntry of purpose revocation');
    const list = checkStatusList(ctx.statusList, status.statusListCredential, ctx.keys);
    if (!list.ok) return { ...fail('altered', `the status cannot be checked: ${list.reason}`), status: 'unchecked' };
    const bit = statusBit(list.encodedList, Number(status.statusListIndex));
    if (!bit.ok || !/^\d+$/.test(String(status.statusListIndex))) return { ...fail('altered', `the status cannot be read: ${bit.ok ? 'the statusListIndex is not a whole number' : bit.reason}`), status: 'unchecked' };
    if (bit.set) return { ...fail('cancelled', `the certificate was cancelled: its status list (${status.statusListCredential}) marks index ${status.statusListIndex}`), ...done, status: 'revoked' };
    state = 'active';
  }
  const listed = ctx.cancelled?.find((c) => c.number === number);
  if (listed) {
    const older = state === 'active' ? ` (the status list given, of ${String((ctx.statusList as { validFrom?: unknown }).validFrom)}, is older than the cancellation)` : '';
    return { ...fail('cancelled', `the certificate was cancelled: the trust list names it among the cancelled certificates${listed.replacedBy ? `, replaced by ${listed.replacedBy}` : ''}${older}`), ...done, status: 'revoked' };
  }
  if (!(ctx.now.getTime() < at(v.validUntil))) return { ...fail('expired', `the certificate expired on ${v.validUntil}`), ...done, status: state };
  return {
    verdict: 'genuine', valid: true, ...done, status: state,
    reason: `genuine: signed by ${key.owner}'s authority with key ${key.keyId} (${proof.controller}, on the KP trust list), valid until ${v.validUntil}${state === 'active' ? ', not cancelled (status list checked)' : '; status not checked (no status list given)'}`,
  };
}
