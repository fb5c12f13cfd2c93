import { api, withQuery } from '../api';

export interface Company {
  participant: string;
  licence: string;
  name: string;
  address: string | null;
  validFrom: string;
  validTo: string | null;
  suspended: { at: string; by: string; reason: string } | null;
  registeredAt: string;
  registeredBy: string;
}

export const fetchCompanies = (signal?: AbortSignal) => api.get<{ participant: string; companies: Company[] }>('/api/companies', signal);
export const addCompany = (body: { licence: string; name: string; address?: string; validFrom?: string; validTo?: string }) => api.post<Company>('/api/companies', body);
export const suspendCompany = (participant: string, licence: string, reason: string) => api.post<Company>(`/api/companies/${encodeURIComponent(participant)}/${encodeURIComponent(licence)}/suspension`, { reason });

// stock accounts and stock reports (issue #21, point 2)
export interface Figures {
  carats: number;
  valueUsd: number;
}
export interface AccountLine {
  hsCode: string;
  opening: Figures;
  in: Figures;
  out: Figures;
  closing: Figures;
}
export interface StockAccount {
  participant: string;
  licence: string;
  name: string;
  from: string | null;
  to: string;
  lines: AccountLine[];
  totals: Omit<AccountLine, 'hsCode'>;
  movements: { direction: 'in' | 'out'; day: string; certificate: string; hsCode: string; carats: number; valueUsd: number }[];
}
export interface ReportLine {
  hsCode: string;
  carats: number;
  valueUsd: number;
}
export interface FiledReport {
  from: string;
  to: string;
  lines: ReportLine[];
  note: string | null;
  filedAt: string;
  filedBy: string;
  differences: { hsCode: string; reported: Figures; computed: Figures; difference: Figures }[];
}
export interface ReportingSettings {
  participant: string;
  periodMonths: number;
  graceDays: number;
  requiredFrom: string;
  withhold: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}
export interface Reports {
  company: { participant: string; licence: string; name: string };
  settings: ReportingSettings;
  periods: { start: string; end: string; due: string; status: 'filed' | 'overdue' | 'due'; report: FiledReport | null }[];
  overdue: { start: string; end: string; due: string } | null;
  withheld: boolean;
}
export interface ImportBalance {
  number: string;
  issuer: string;
  importer: string;
  origin: string;
  origins: string[] | null;
  countryOfExport: string;
  cancelled: boolean;
  confirmedCarats: number | null;
  drawnCarats: number;
  leftCarats: number;
}

export const fetchStock = (licence: string, q: { from?: string; to?: string }, signal?: AbortSignal) => api.get<StockAccount>(withQuery(`/api/companies/${encodeURIComponent(licence)}/stock`, q), signal);
export const fetchReports = (licence: string, signal?: AbortSignal) => api.get<Reports>(`/api/companies/${encodeURIComponent(licence)}/reports`, signal);
export const fileReport = (licence: string, body: { from: string; to: string; lines: ReportLine[]; note?: string }) => api.post<FiledReport>(`/api/companies/${encodeURIComponent(licence)}/reports`, body);
export const fetchOwnCompany = (signal?: AbortSignal) => api.get<{ participant: string; licence: string; name: string }>('/api/companies/mine', signal);
export const fetchReporting = (signal?: AbortSignal) => api.get<ReportingSettings>('/api/companies/reporting', signal);
export const saveReporting = (body: { periodMonths?: number; graceDays?: number; requiredFrom?: string; withhold?: boolean }) => api.put<ReportingSettings>('/api/companies/reporting', body);
export const fetchImportBalance = (number: string, signal?: AbortSignal) => api.get<ImportBalance>(`/api/companies/imports/${encodeURIComponent(number)}`, signal);

// company users (issue #21): the users tied to a company, tied and untied by the officers of its Participant
export interface CompanyUser {
  id: string;
  login: string;
  name: string;
  disabled: boolean;
  email: string | null;
}
export interface CompanyUsers {
  participant: string;
  licence: string;
  name: string;
  users: CompanyUser[];
  /** the Participant's company users tied to no company */
  available: CompanyUser[];
}
const usersPath = (licence: string, userId?: string) => `/api/companies/${encodeURIComponent(licence)}/users${userId ? `/${encodeURIComponent(userId)}` : ''}`;
export const fetchCompanyUsers = (licence: string, signal?: AbortSignal) => api.get<CompanyUsers>(usersPath(licence), signal);
export const tieCompanyUser = (licence: string, userId: string) => api.put<CompanyUsers>(usersPath(licence, userId), {});
export const untieCompanyUser = (licence: string, userId: string) => api.delete<CompanyUsers>(usersPath(licence, userId));
/** a Participant's register, for an administrator choosing a company user's company */
export const fetchCompaniesOf = (participant: string, signal?: AbortSignal) => api.get<{ participant: string; companies: Company[] }>(withQuery('/api/companies', { participant }), signal);
