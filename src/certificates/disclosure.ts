// What a look-up by number shows, and to whom (docs/security.md, "What a number alone discloses").
// Numbers are sequential and guessable (ZA-2006-000123), so a number alone shows only the verdict and
// the issuing Participant. Whoever holds the certificate presents its verification code
// (verification-code.ts) and sees its dates, countries, parcels, carats and whether it was received.
// The authorities concerned, signed in, see all. Pure: the use case is lookup.ts.
import type { Verdict } from './verification.js';
import type { GoodsLine, Party, SignedCertificate } from './model.js';
import type { ChainLink } from './reexport.js';

export const DISCLOSURES = ['public', 'holder', 'authority'] as const;
/** public: the number alone; holder: the number and the right verification code; authority: signed in as an authority concerned */
export type Disclosure = (typeof DISCLOSURES)[number];

export interface LookUp {
  number: string;
  verdict: Verdict;
  valid: boolean;
  reason: string;
  /** the issuing Participant */
  issuer?: string;
  /** the certificate issued in place of this cancelled one, or the one this replaces (numbers only) */
  replacedBy?: string;
  replaces?: string;
  disclosure: Disclosure;
  checkedAt: string;
  // ---- holder and authority ----
  keyId?: string;
  issuedAt?: string;
  expiresAt?: string;
  countryOfExport?: string;
  importerCountry?: string;
  parcels?: number;
  carats?: number;
  /** whether the importing authority confirmed receipt */
  confirmed?: boolean;
  // ---- authority ----
  exporter?: Party;
  importer?: Party;
  origin?: string;
  /** the countries of origin: the origin, or the list of a mixed origin */
  origins?: string[];
  provenance?: string;
  /** a re-export: the import certificates it draws on, with the carats drawn, recursively (reexport.ts drawsOnChain) */
  drawsOn?: ChainLink[];
  goods?: GoodsLine[];
  valueUsd?: number;
  /** logIndex and logSalt: the record's position in the log and its secret salt, to check its leaf (log-plan.ts saltedRecord; null salt: logged before salts) */
  confirmation?: { participant: string; receivedOn: string; parcels: number; carats: number; sealsIntact: boolean; flagged: boolean; mismatches: { path: string; message: string }[]; logIndex?: number; logSalt?: string | null } | null;
  cancellation?: { at: string; reason: string; note: string | null; replacedBy: string | null; logSalt?: string | null } | null;
}

/**
 * The verdict in words without any fact a number alone must not give away: no date, no cancellation
 * reason, no key, no figure.
 */
export function publicReason(verdict: Verdict, issuer: string): string {
  switch (verdict) {
    case 'genuine':
      return `genuine: signed by ${issuer}'s authority and recorded in the public log; valid today. The verification code printed beside the QR code of the certificate shows its dates and contents`;
    case 'cancelled':
      return `cancelled by ${issuer}'s authority: the certificate no longer accompanies a shipment`;
    case 'expired':
      return 'expired: the certificate is past its period of validity';
    case 'altered':
      return 'altered: the certificate kept in the register does not match its signature';
    case 'unknown-key':
      return `the key that signed the certificate is not one of ${issuer}'s trusted keys for its date`;
    case 'revoked-key':
      return `the key that signed the certificate was revoked by ${issuer} before the certificate's date`;
    case 'not-in-log':
      return 'the certificate is not recorded in the public log as issued';
    case 'invalid-dates':
      return "the certificate's dates are impossible under the scheme (issued in the future, or valid longer than the scheme allows)";
  }
}

/** The facts of a stored certificate a look-up may show, as the use case gathers them. */
export interface Facts {
  number: string;
  verification: { verdict: Verdict; valid: boolean; reason: string; keyId?: string; replacedBy?: string; replaces?: string };
  doc: SignedCertificate;
  importerCountry: string;
  confirmation: LookUp['confirmation'];
  cancellation: LookUp['cancellation'];
  /** a re-export's chain, gathered only for an authority concerned */
  drawsOn?: ChainLink[];
}

/** What the given disclosure shows of a certificate. */
export function disclose(level: Disclosure, f: Facts, checkedAt: Date): LookUp {
  const v = f.verification;
  const base: LookUp = { number: f.number, verdict: v.verdict, valid: v.valid, reason: publicReason(v.verdict, f.doc.issuer.participant), issuer: f.doc.issuer.participant, disclosure: level, checkedAt: checkedAt.toISOString(),
    // which certificate replaces which: numbers only, so the holder of a replaced paper finds the one in force
    ...(v.replacedBy !== undefined && { replacedBy: v.replacedBy }), ...(v.replaces !== undefined && { replaces: v.replaces }) };
  if (level === 'public') return base;
  const d = f.doc;
  const holder: LookUp = {
    ...base,
    reason: v.reason,
    keyId: d.issuer.keyId,
    issuedAt: d.issuedAt,
    expiresAt: d.expiresAt,
    countryOfExport: d.issuer.countryOfExport,
    importerCountry: f.importerCountry,
    parcels: d.parcels,
    carats: d.totals.carats,
    confirmed: f.confirmation !== null,
  };
  if (level === 'holder') return holder;
  return {
    ...holder,
    exporter: d.exporter,
    importer: d.importer,
    origin: d.origin,
    origins: d.origin === 'mixed' ? [...(d.origins ?? [])] : [d.origin],
    ...(d.provenance !== undefined && { provenance: d.provenance }),
    ...(f.drawsOn !== undefined && { drawsOn: f.drawsOn }),
    goods: d.goods,
    valueUsd: d.totals.valueUsd,
    confirmation: f.confirmation,
    cancellation: f.cancellation,
  };
}
