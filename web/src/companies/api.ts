import { api } from '../api';

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
