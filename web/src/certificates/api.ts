// The certificate endpoints: issue, list, read, confirm, cancel (authority officers) and verify (public).
import { api, exchange, withQuery } from '../api';
import type { Application, AwaitingCertificate, CancelReason, CertificateRequest, CertificateRow, CertificateView, Issued, SignedCertificate, Verdict, Verification } from './types';

/** the header in which the server gives a new certificate's verification code, once */
const CODE_HEADER = 'kpcs-verification-code';

const withCode = async (path: string, body: unknown): Promise<Issued> => {
  const { data, headers } = await exchange<SignedCertificate>('POST', path, body);
  return { certificate: data, verificationCode: headers.get(CODE_HEADER) };
};

export const issueCertificate = (request: CertificateRequest) => withCode('/api/certificates', request);

export const fetchCertificates = (query: { role?: 'issued' | 'received'; year?: number }, signal?: AbortSignal) =>
  api.get<{ certificates: CertificateRow[] }>(withQuery('/api/certificates', { role: query.role, year: query.year, limit: 500 }), signal);

export const fetchAwaiting = (signal?: AbortSignal) => api.get<{ participant: string; certificates: AwaitingCertificate[] }>('/api/certificates/awaiting-confirmation', signal);

export const fetchCertificate = (number: string, signal?: AbortSignal) => api.get<CertificateView>(`/api/certificates/${encodeURIComponent(number)}`, signal);

/** The offline bundle: the document, a checkpoint signed by the log covering it, and its inclusion proof. */
export const fetchBundle = (number: string) => api.get<unknown>(`/api/certificates/${encodeURIComponent(number)}/bundle`);

export const pdfHref = (number: string, code?: string) => withQuery(`/api/certificates/${encodeURIComponent(number)}/pdf`, { code });
/** the certificate as a W3C Verifiable Credential (docs/credentials.md): the holder with its code, or an authority concerned signed in */
export const credentialHref = (number: string, code?: string) => withQuery(`/api/certificates/${encodeURIComponent(number)}/credential`, { code });

export const renewVerificationCode = (number: string) =>
  api.post<{ number: string; verificationCode: string; verifyUrl: string; replaced: boolean }>(`/api/certificates/${encodeURIComponent(number)}/verification-code`, {});

export const confirmReceipt = (number: string, body: { parcels: number; carats: number; sealsIntact: boolean; receivedOn?: string; note?: string; valueUsd?: number; goods?: { hsCode: string; carats: number; valueUsd: number }[] }) =>
  api.post<{ number: string; flagged: boolean; mismatches: { path: string; message: string }[] }>(`/api/certificates/${encodeURIComponent(number)}/confirmation`, body);

export const cancelCertificate = (number: string, body: { reason: CancelReason; note?: string; replacedBy?: string }) =>
  api.post<{ number: string; cancelledAt: string }>(`/api/certificates/${encodeURIComponent(number)}/cancellation`, body);

export const recordBorderCheck = (number: string, body: { kind: 'export' | 'import' | 'transit'; sealsIntact?: boolean; unopened?: boolean; note?: string }) =>
  api.post<{ id: string; verdict: Verdict; reason: string; flagged: boolean; embargo?: { path: string; message: string }[] }>(`/api/certificates/${encodeURIComponent(number)}/border-checks`, body);

export const verifyNumber = (number: string, code: string | undefined, signal?: AbortSignal) => api.get<Verification>(withQuery(`/api/verify/${encodeURIComponent(number)}`, { code }), signal);

export const verifyDocument = (doc: unknown) => api.post<Verification>('/api/verify', doc);

export const fetchTrustList = (signal?: AbortSignal) => api.get<unknown>('/api/trust-list', signal);

export const applyForCertificate = (request: CertificateRequest) => api.post<Application>('/api/certificate-applications', request);

export const fetchApplications = (status: string | undefined, signal?: AbortSignal) => api.get<{ applications: Application[] }>(withQuery('/api/certificate-applications', { status, limit: 500 }), signal);

export const approveApplication = (id: string) => withCode(`/api/certificate-applications/${encodeURIComponent(id)}/approval`, {});

export const refuseApplication = (id: string, reason: string) => api.post<Application>(`/api/certificate-applications/${encodeURIComponent(id)}/refusal`, { reason });

/** Amends a certificate not yet confirmed: the replacement is issued and the original cancelled as replaced, together. */
export const amendCertificate = (number: string, body: { reason: string; exporter?: { name?: string; address?: string }; importer?: { name?: string; address?: string }; parcels?: number }) =>
  api.post<{ replaced: string; changed: string[]; certificate: SignedCertificate }>(`/api/certificates/${encodeURIComponent(number)}/amendment`, body);
