// The certificate endpoints: issue, list, read, confirm, cancel (authority officers) and verify (public);
// their shapes are the server's (web/src/contract).
import { api, exchange, withQuery } from '../api';
import type { Body, Ok, Query } from '../contract';
import type { Application, CertificateRequest, CertificateView, SignedCertificate, Verification } from './types';

/** the header in which the server gives a new certificate's verification code, once */
const CODE_HEADER = 'kpcs-verification-code';

/** a certificate just issued (the body) and its verification code (the header; null if the server sent none) */
const withCode = async (path: string, body: unknown) => {
  const { data, headers } = await exchange<SignedCertificate>('POST', path, body);
  return { certificate: data, verificationCode: headers.get(CODE_HEADER) };
};

export const issueCertificate = (request: CertificateRequest) => withCode('/api/certificates', request);

export const fetchCertificates = (query: Pick<Query<'/api/certificates'>, 'role' | 'year'>, signal?: AbortSignal) =>
  api.get<Ok<'/api/certificates'>>(withQuery('/api/certificates', { role: query.role, year: query.year, limit: 500 }), signal);

export const fetchAwaiting = (signal?: AbortSignal) => api.get<Ok<'/api/certificates/awaiting-confirmation'>>('/api/certificates/awaiting-confirmation', signal);

export const fetchCertificate = (number: string, signal?: AbortSignal) => api.get<CertificateView>(`/api/certificates/${encodeURIComponent(number)}`, signal);

/** The offline bundle: the document, a checkpoint signed by the log covering it, and its inclusion proof. */
export const fetchBundle = (number: string) => api.get<Ok<'/api/certificates/{number}/bundle'>>(`/api/certificates/${encodeURIComponent(number)}/bundle`);

export const pdfHref = (number: string, code?: string) => withQuery(`/api/certificates/${encodeURIComponent(number)}/pdf`, { code });
/** the certificate as a W3C Verifiable Credential (docs/credentials.md): the holder with its code, or an authority concerned signed in */
export const credentialHref = (number: string, code?: string) => withQuery(`/api/certificates/${encodeURIComponent(number)}/credential`, { code });

export const renewVerificationCode = (number: string) => api.post<Ok<'/api/certificates/{number}/verification-code', 'post'>>(`/api/certificates/${encodeURIComponent(number)}/verification-code`, {});

export const confirmReceipt = (number: string, body: Body<'/api/certificates/{number}/confirmation'>) =>
  api.post<Ok<'/api/certificates/{number}/confirmation', 'post'>>(`/api/certificates/${encodeURIComponent(number)}/confirmation`, body);

export const cancelCertificate = (number: string, body: Body<'/api/certificates/{number}/cancellation'>) =>
  api.post<Ok<'/api/certificates/{number}/cancellation', 'post'>>(`/api/certificates/${encodeURIComponent(number)}/cancellation`, body);

export const recordBorderCheck = (number: string, body: Body<'/api/certificates/{number}/border-checks'>) =>
  api.post<Ok<'/api/certificates/{number}/border-checks', 'post'>>(`/api/certificates/${encodeURIComponent(number)}/border-checks`, body);

export const verifyNumber = (number: string, code: string | undefined, signal?: AbortSignal) => api.get<Ok<'/api/verify/{number}'>>(withQuery(`/api/verify/${encodeURIComponent(number)}`, { code }), signal);

export const verifyDocument = (doc: unknown) => api.post<Verification>('/api/verify', doc);

/** the signed list as served; offline.ts checks it before anything trusts it */
export const fetchTrustList = (signal?: AbortSignal) => api.get<unknown>('/api/trust-list', signal);

export const applyForCertificate = (request: CertificateRequest) => api.post<Application>('/api/certificate-applications', request);

/** status: as the page's address gives it (the server refuses a word it does not know) */
export const fetchApplications = (status: string | undefined, signal?: AbortSignal) =>
  api.get<Ok<'/api/certificate-applications'>>(withQuery('/api/certificate-applications', { status, limit: 500 }), signal);

export const approveApplication = (id: string) => withCode(`/api/certificate-applications/${encodeURIComponent(id)}/approval`, {});

export const refuseApplication = (id: string, reason: string) => api.post<Application>(`/api/certificate-applications/${encodeURIComponent(id)}/refusal`, { reason });

/** Amends a certificate not yet confirmed: the replacement is issued and the original cancelled as replaced, together. */
export const amendCertificate = (number: string, body: Body<'/api/certificates/{number}/amendment'>) =>
  api.post<Ok<'/api/certificates/{number}/amendment', 'post'>>(`/api/certificates/${encodeURIComponent(number)}/amendment`, body);
