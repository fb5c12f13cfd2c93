// Certificates as the API returns them (src/certificates/routes.ts).

export const HS_CODES = ['7102.10', '7102.21', '7102.31'] as const;
export type HsCode = (typeof HS_CODES)[number];

export const VERDICTS = ['genuine', 'altered', 'unknown-key', 'revoked-key', 'expired', 'cancelled', 'not-in-log', 'invalid-dates'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CANCEL_REASONS = ['lost', 'void', 'replaced', 'error'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export interface Party {
  name: string;
  address: string;
  country: string;
}

export interface GoodsLine {
  hsCode: HsCode;
  carats: number;
  valueUsd: number;
}

export interface CertificateRequest {
  exporter: Party;
  importer: Party;
  origin: string;
  provenance?: string;
  goods: GoodsLine[];
  parcels: number;
}

export interface SignedCertificate extends CertificateRequest {
  type: 'kp-certificate';
  version: number;
  title: string;
  statement: string;
  number: string;
  issuedAt: string;
  expiresAt: string;
  issuer: { participant: string; name: string; authority: string | null; countryOfExport: string; keyId: string };
  totals: { carats: number; valueUsd: number };
  transparency: { leafIndex: number; treeSize: number; rootHash: string };
  signature: { alg: 'Ed25519'; value: string };
  logProof: string[];
}

export interface Confirmation {
  participant: string;
  parcels: number;
  carats: number;
  sealsIntact: boolean;
  receivedOn: string;
  mismatches: { path: string; message: string }[];
  flagged: boolean;
  note: string | null;
  confirmedAt: string;
  confirmedBy: string;
}

export interface CertificateStatus {
  cancelled: { at: string; reason: CancelReason; note: string | null; replacedBy: string | null } | null;
  confirmation: Confirmation | null;
  borderChecks: { participant: string; kind: string; verdict: Verdict; sealsIntact: boolean | null; unopened: boolean | null; note: string | null; checkedAt: string; checkedBy: string }[];
  log: { index: number; event: string; at: string }[];
  /** a re-export: the import certificates it draws on */
  drawsOn?: { number: string; carats: number; issuer: string; origin: string | null; origins: string[] | null; countryOfExport: string | null; cancelled: boolean }[];
  /** an import: the re-exports drawn on it */
  drawnBy?: { number: string; carats: number }[];
}

export interface CertificateView {
  certificate: SignedCertificate;
  status: CertificateStatus;
}

/** a certificate cancelled because another was issued in its place (amended) stands "replaced" */
export type ListStatus = 'issued' | 'confirmed' | 'confirmed-with-mismatch' | 'cancelled' | 'replaced';

export interface CertificateRow {
  number: string;
  issuer: string;
  countryOfExport: string;
  importer: string;
  importerCountry: string;
  issuedAt: string;
  expiresAt: string;
  carats: number;
  valueUsd: number;
  parcels: number;
  status: ListStatus;
}

/** public: the number alone; holder: with the verification code; authority: an authority concerned, signed in */
export type Disclosure = 'public' | 'holder' | 'authority';

export interface Verification {
  number?: string;
  verdict: Verdict;
  valid: boolean;
  reason: string;
  /** what the verdict means, in the language the app asked for (the server's look-ups; not offline) */
  summary?: string;
  issuer?: string;
  keyId?: string;
  issuedAt?: string;
  expiresAt?: string;
  confirmed?: boolean;
  /** a cancelled certificate: the one issued in its place */
  replacedBy?: string;
  /** the cancelled certificate this one was issued in place of */
  replaces?: string;
  checkedAt?: string;
  /** a look-up by number says what it shows (GET /api/verify/{number}); a checked document shows what it holds */
  disclosure?: Disclosure;
  countryOfExport?: string;
  importerCountry?: string;
  parcels?: number;
  carats?: number;
  exporter?: Party;
  importer?: Party;
  valueUsd?: number;
  cancellation?: { at: string; reason: CancelReason; note: string | null; replacedBy: string | null } | null;
  /** an authority concerned: the origin, or 'mixed' with the countries in origins */
  origin?: string;
  origins?: string[];
  /** an authority concerned, a re-export: the import certificates it draws on, recursively */
  drawsOn?: ChainLink[];
}

/** An import certificate a re-export draws on (GET /api/verify/{number}, authority), and what it draws on in turn. */
export interface ChainLink {
  number: string;
  carats: number;
  issuer: string;
  /** false: not kept in this register; nothing more is known of it */
  known: boolean;
  issuedOn?: string;
  countryOfExport?: string;
  origin?: string;
  origins?: string[];
  cancelled?: boolean;
  drawsOn?: ChainLink[];
}

/** A certificate just issued, and its verification code (given once; null if the server did not send one). */
export interface Issued {
  certificate: SignedCertificate;
  verificationCode: string | null;
}

/** The shape of a number (ZA-2006-000123, EU-BE-2006-000045). */
export const NUMBER_PATTERN = /^[A-Z]{2}(-[A-Z]{2})?-\d{4}-\d{6,9}$/;

export const APPLICATION_STATUSES = ['pending', 'approving', 'approved', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface Application {
  id: string;
  participant: string;
  status: ApplicationStatus;
  request: CertificateRequest;
  submittedBy: string;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  certificateNumber: string | null;
}

/** A certificate in the importing authority's queue (GET /api/certificates/awaiting-confirmation, src/certificates/routes.ts AwaitingCertificate). */
export interface AwaitingCertificate {
  number: string;
  exporter: { participant: string; country: string; name: string };
  issuedAt: string;
  expiresAt: string;
  parcels: number;
  carats: number;
  /** whole days to the day of expiry, negative once expired */
  daysLeft: number;
}
