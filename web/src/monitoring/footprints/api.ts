// The footprint endpoints (diamond experts WGDE, WGM, the Chair, administrators; the server checks the
// groups). Their shapes are the server's (web/src/contract).
import { ApiError, api, getCsrfToken, withQuery, type ErrorDetail } from '../../api';
import type { Body, Ok } from '../../contract';

export type Reference = Ok<'/api/footprints/references'>['references'][number];
export type ReferenceWithPhotos = Ok<'/api/footprints/references/{id}'>;
export type Photo = Ok<'/api/footprints/references/{id}/photos', 'post'>;
export type Comparison = Ok<'/api/footprints/compare', 'post'>;
export type Match = Comparison['matches'][number];
export type Scheme = Reference['scheme'];

/** The sieve schemes a file may be written in, as the server names them. */
export const SCHEMES = ['sieve', 'mm'] as const satisfies readonly Scheme[];
/** The scheme a form's select names (the trade sieve classes when it names none of them). */
export const schemeOf = (value: string): Scheme => SCHEMES.find((s) => s === value) ?? 'sieve';

export const fetchReferences = (signal?: AbortSignal) => api.get<Ok<'/api/footprints/references'>>('/api/footprints/references', signal);
export const fetchReference = (id: string, signal?: AbortSignal) => api.get<ReferenceWithPhotos>(`/api/footprints/references/${encodeURIComponent(id)}`, signal);
export const addReference = (body: Body<'/api/footprints/references'>) => api.post<Reference>('/api/footprints/references', body);
export const compareParcel = (body: Body<'/api/footprints/compare'>) => api.post<Comparison>('/api/footprints/compare', body);
export const photoUrl = (id: string) => `/api/footprints/photos/${encodeURIComponent(id)}`;

/** Sends an image file as the request body (the server checks its content). */
export async function uploadPhoto(referenceId: string, file: File, caption: string): Promise<Photo> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(withQuery(`/api/footprints/references/${encodeURIComponent(referenceId)}/photos`, { caption: caption || undefined }), { method: 'POST', headers, body: file, credentials: 'same-origin' });
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = json as { code?: string; message?: string; details?: ErrorDetail[] };
    throw new ApiError(res.status, e.code ?? `http_${res.status}`, e.message ?? res.statusText, e.details ?? [], res.headers.get('content-language') ?? 'en');
  }
  return json as Photo;
}
