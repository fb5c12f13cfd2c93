// The endpoints of documents; their shapes are the server's (src/governance/documents/routes.ts, web/src/contract).
import { api, withQuery } from '../../api';
import type { Body, Ok, Query } from '../../contract';

export type KpDocument = Ok<'/api/documents/{id}'>;
export type DocumentVersion = KpDocument['versions'][number];
export type AccessLevel = KpDocument['access'];
export type Category = KpDocument['category'];
export type Browse = Ok<'/api/documents/browse'>;
export type NewDocument = Body<'/api/documents'>;
export type VersionInput = NewDocument['versions'][number];

export const ACCESS_LEVELS = ['public', 'participants', 'participants-observers', 'group', 'un-bodies'] as const satisfies readonly AccessLevel[];
export const CATEGORIES = ['plenary', 'decision', 'review', 'peer-review', 'working-group', 'statistics', 'annual-report', 'administrative', 'other'] as const satisfies readonly Category[];
export type Language = VersionInput['language'];
export const LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const satisfies readonly Language[];
/** the server's limit for one language version */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/** the list's filter as the page's address holds it: the route's query, as text */
type DocumentFilter = { [K in keyof Query<'/api/documents'>]?: string };

export const fetchBrowse = (signal?: AbortSignal) => api.get<Browse>('/api/documents/browse', signal);
export const fetchDocuments = (filter: DocumentFilter, signal?: AbortSignal) => api.get<Ok<'/api/documents'>>(withQuery('/api/documents', filter), signal);
export const fetchDocument = (id: string, signal?: AbortSignal) => api.get<KpDocument>(`/api/documents/${encodeURIComponent(id)}`, signal);
export const publishDocument = (d: NewDocument) => api.post<KpDocument>('/api/documents', d);
export const putVersion = (id: string, v: VersionInput) => {
  const body: Body<'/api/documents/{id}/versions/{language}', 'put'> = { text: v.text, contentBase64: v.contentBase64, filename: v.filename, mediaType: v.mediaType };
  return api.put<KpDocument>(`/api/documents/${encodeURIComponent(id)}/versions/${v.language}`, body);
};
export const downloadUrl = (id: string, language: string) => `/api/documents/${encodeURIComponent(id)}/versions/${language}`;

/** A file as base64 (the JSON the API takes). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsDataURL(file);
  });
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} B`;
}
