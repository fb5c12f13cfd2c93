import { api, withQuery } from '../api';
import type { Body, Ok } from '../contract';

export type Company = Ok<'/api/companies'>['companies'][number];

export const fetchCompanies = (signal?: AbortSignal) => api.get<Ok<'/api/companies'>>('/api/companies', signal);
export const addCompany = (body: Body<'/api/companies'>) => api.post<Company>('/api/companies', body);
export const suspendCompany = (participant: string, licence: string, reason: string) => api.post<Company>(`/api/companies/${encodeURIComponent(participant)}/${encodeURIComponent(licence)}/suspension`, { reason });

// stock accounts and stock reports (issue #21, point 2)
export type StockAccount = Ok<'/api/companies/{licence}/stock'>;
export type AccountLine = StockAccount['lines'][number];
export type Figures = AccountLine['opening'];
export type Reports = Ok<'/api/companies/{licence}/reports'>;
export type FiledReport = Ok<'/api/companies/{licence}/reports', 'post'>;
export type ReportLine = FiledReport['lines'][number];
export type ReportingSettings = Ok<'/api/companies/reporting'>;
export type ImportBalance = Ok<'/api/companies/imports/{number}'>;

export const fetchStock = (licence: string, q: { from?: string; to?: string }, signal?: AbortSignal) => api.get<StockAccount>(withQuery(`/api/companies/${encodeURIComponent(licence)}/stock`, q), signal);
export const fetchReports = (licence: string, signal?: AbortSignal) => api.get<Reports>(`/api/companies/${encodeURIComponent(licence)}/reports`, signal);
export const fileReport = (licence: string, body: Body<'/api/companies/{licence}/reports'>) => api.post<FiledReport>(`/api/companies/${encodeURIComponent(licence)}/reports`, body);
export const fetchOwnCompany = (signal?: AbortSignal) => api.get<Ok<'/api/companies/mine'>>('/api/companies/mine', signal);
export const fetchReporting = (signal?: AbortSignal) => api.get<ReportingSettings>('/api/companies/reporting', signal);
export const saveReporting = (body: Body<'/api/companies/reporting', 'put'>) => api.put<ReportingSettings>('/api/companies/reporting', body);
export const fetchImportBalance = (number: string, signal?: AbortSignal) => api.get<ImportBalance>(`/api/companies/imports/${encodeURIComponent(number)}`, signal);

// company users (issue #21): the users tied to a company, tied and untied by the officers of its Participant
export type CompanyUsers = Ok<'/api/companies/{licence}/users'>;
export type CompanyUser = CompanyUsers['users'][number];
const usersPath = (licence: string, userId?: string) => `/api/companies/${encodeURIComponent(licence)}/users${userId ? `/${encodeURIComponent(userId)}` : ''}`;
export const fetchCompanyUsers = (licence: string, signal?: AbortSignal) => api.get<CompanyUsers>(usersPath(licence), signal);
export const tieCompanyUser = (licence: string, userId: string) => api.put<CompanyUsers>(usersPath(licence, userId), {});
export const untieCompanyUser = (licence: string, userId: string) => api.delete<CompanyUsers>(usersPath(licence, userId));
/** a Participant's register, for an administrator choosing a company user's company */
export const fetchCompaniesOf = (participant: string, signal?: AbortSignal) => api.get<Ok<'/api/companies'>>(withQuery('/api/companies', { participant }), signal);
