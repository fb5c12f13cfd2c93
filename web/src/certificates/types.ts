// Certificates as the API returns them: the server's shapes (src/certificates/route-schemas.ts), read
// from the contract (web/src/contract); the lists below are the orders the forms and filters offer.
import type { Body, Ok } from '../contract';

export type CertificateView = Ok<'/api/certificates/{number}'>;
export type SignedCertificate = CertificateView['certificate'];
export type CertificateStatus = CertificateView['status'];
export type Confirmation = NonNullable<CertificateStatus['confirmation']>;

export type CertificateRequest = Body<'/api/certificates'>;
export type Party = CertificateRequest['exporter'];
export type GoodsLine = CertificateRequest['goods'][number];
export type HsCode = GoodsLine['hsCode'];
export const HS_CODES = ['7102.10', '7102.21', '7102.31'] as const satisfies readonly HsCode[];

/** a row of the list; a certificate cancelled because another was issued in its place (amended) stands "replaced" */
export type CertificateRow = Ok<'/api/certificates'>['certificates'][number];
export type ListStatus = CertificateRow['status'];

/** GET /api/verify/{number}: what a look-up by number shows (disclosure: public, holder or authority) */
export type LookUp = Ok<'/api/verify/{number}'>;
export type Verdict = LookUp['verdict'];
export const VERDICTS = ['genuine', 'altered', 'unknown-key', 'revoked-key', 'expired', 'cancelled', 'not-in-log', 'invalid-dates'] as const satisfies readonly Verdict[];
export type Disclosure = LookUp['disclosure'];
/** An import certificate a re-export draws on (an authority concerned's look-up), and what it draws on in turn. */
export type ChainLink = NonNullable<LookUp['drawsOn']>[number];
type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
/** What a verdict panel shows: a look-up by number, a checked document (POST /api/verify) or the offline verifier's verdict. */
export type Verification = Optional<LookUp, 'number' | 'checkedAt' | 'disclosure'>;

export type CancelReason = Body<'/api/certificates/{number}/cancellation'>['reason'];
export const CANCEL_REASONS = ['lost', 'void', 'replaced', 'error'] as const satisfies readonly CancelReason[];

/** The shape of a number (ZA-2006-000123, EU-BE-2006-000045). */
export const NUMBER_PATTERN = /^[A-Z]{2}(-[A-Z]{2})?-\d{4}-\d{6,9}$/;

export type Application = Ok<'/api/certificate-applications', 'post'>;
export type ApplicationStatus = Application['status'];
export const APPLICATION_STATUSES = ['pending', 'approving', 'approved', 'refused'] as const satisfies readonly ApplicationStatus[];

/** A certificate in the importing authority's queue (GET /api/certificates/awaiting-confirmation). */
export type AwaitingCertificate = Ok<'/api/certificates/awaiting-confirmation'>['certificates'][number];
