// The certificate endpoints: issue, list, read, confirm, cancel (authority officers) and verify (public).
import { api, withQuery } from '../api';
import type { Application, CancelReason, CertificateRequest, CertificateRow, CertificateView, SignedCertificate, Verdict, Verification } from './types';

export const issueCertificate = (request: CertificateRequest) => api.post<SignedCertificate>('/api/certificates', request);

export const fetchCertificates = (query: { role?: 'issued' | 'received'; year?: number }, signal?: AbortSignal) =>
  api.get<{ certificates: CertificateRow[] }>(withQuery('/api/certificates', { role: query.role, year: query.year, limit: 500 }), signal);

export const fetchCertificate = (number: string, signal?: AbortSignal) => api.get<CertificateView>(`/api/certificates/${encodeURIComponent(number)}`, signal);

/** The offline bundle: the document, a checkpoint signed by the log covering it, and its inclusion proof. */
export const fetchBundle = (number: string) => api.get<unknown>(`/api/certificates/${encodeURIComponent(number)}/bundle`);

export const pdfHref = (number: string) => `/api/certificates/${encodeURIComponent(number)}/pdf`;

export const confirmReceipt = (number: string, body: { parcels: number; carats: number; sealsIntact: boolean; receivedOn?: string; note?: string }) =>
  api.post<{ number: string; flagged: boolean; mismatches: { path: string; message: string }[] }>(`/api/certificates/${encodeURIComponent(number)}/confirmation`, body);

export const cancelCertificate = (number: string, body: { reason: CancelReason; note?: string; replacedBy?: string }) =>
  api.post<{ number: string; cancelledAt: string }>(`/api/certificates/${encodeURIComponent(number)}/cancellation`, body);

export const recordBorderCheck = (number: string, body: { kind: 'export' | 'import' | 'transit'; sealsIntact?: boolean; unopened?: boolean; note?: string }) =>
  api.post<{ id: string; verdict: Verdict; reason: string; flagged: boolean }>(`/api/certificates/${encodeURIComponent(number)}/border-checks`, body);

export const verifyNumber = (number: string, signal?: AbortSignal) => api.get<Verification>(`/api/verify/${encodeURIComponent(number)}`, signal);

export const verifyDocument = (doc: unknown) => api.post<Verification>('/api/verify', doc);

export const fetchTrustList = (signal?: AbortSignal) => api.get<unknown>('/api/trust-list', signal);

export const applyForCertificate = (request: CertificateRequest) => api.post<Application>('/api/certificate-applications', request);

export const fetchApplications = (status: string | undefined, signal?: AbortSignal) => api.get<{ applications: Application[] }>(withQuery('/api/certificate-applications', { status, limit: 500 }), signal);

export const approveApplication = (id: string) => api.post<SignedCertificate>(`/api/certificate-applications/${encodeURIComponent(id)}/approval`, {});

export const refuseApplication = (id: string, reason: string) => api.post<Application>(`/api/certificate-applications/${encodeURIComponent(id)}/refusal`, { reason });
