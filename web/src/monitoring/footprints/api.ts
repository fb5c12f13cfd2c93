// The footprint endpoints (diamond experts WGDE, WGM, the Chair, administrators; the server checks the groups).
import { ApiError, api, getCsrfToken, withQuery } from '../../api';

export interface StoredClass {
  sieveClass: string;
  lower: number;
  upper: number;
  stones: number;
  carats: string;
  written: string;
}

export interface Reference {
  id: string;
  participant: string;
  area: string;
  sample: string;
  source: string;
  sampledOn: string | null;
  synthetic: boolean;
  scheme: string;
  classes: StoredClass[];
  stones: number;
  carats: string;
  createdAt: string;
  createdBy: string;
  photos: number;
}

export interface Photo {
  id: string;
  referenceId: string;
  contentType: string;
  caption: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
}

export interface Bin {
  label: string;
  stones: [number, number];
  carats: [number, number];
}

export interface Match {
  rank: number;
  reference: { id: string; participant: string; area: string; synthetic: boolean };
  chiSquare: { statistic: number; df: number; pValue: number | null; merged: number } | null;
  ks: number;
  caratsPerStone: { parcel: number; reference: number; ratio: number | null };
  bins: Bin[];
}

export interface Comparison {
  parcel: { name: string; scheme: string; conversions: string[]; stones: number; carats: number; classes: number };
  warning?: string;
  method: string;
  matches: Match[];
}

export const SCHEMES = ['sieve', 'mm'] as const;

export const fetchReferences = (signal?: AbortSignal) => api.get<{ references: Reference[] }>('/api/footprints/references', signal);
export const fetchReference = (id: string, signal?: AbortSignal) => api.get<Reference & { photoList: Photo[] }>(`/api/footprints/references/${encodeURIComponent(id)}`, signal);
export const addReference = (body: { participant: string; area: string; source: string; sampledOn?: string; synthetic?: boolean; scheme?: string; csv: string }) => api.post<Reference>('/api/footprints/references', body);
export const compareParcel = (body: { csv: string; scheme?: string; sorted?: boolean }) => api.post<Comparison>('/api/footprints/compare', body);
export const photoUrl = (id: string) => `/api/footprints/photos/${encodeURIComponent(id)}`;

/** Sends an image file as the request body (the server checks its content). */
export async function uploadPhoto(referenceId: string, file: File, caption: string): Promise<Photo> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(withQuery(`/api/footprints/references/${encodeURIComponent(referenceId)}/photos`, { caption: caption || undefined }), { method: 'POST', headers, body: file, credentials: 'same-origin' });
  const json = (await res.json().catch(() => ({}))) as { code?: string; message?: string; details?: [] };
  if (!res.ok) throw new ApiError(res.status, json.code ?? `http_${res.status}`, json.message ?? res.statusText, json.details ?? []);
  return json as unknown as Photo;
}
