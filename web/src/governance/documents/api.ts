// The endpoints of documents.
import { api, withQuery } from '../../api';

export const ACCESS_LEVELS = ['public', 'participants', 'participants-observers', 'group', 'un-bodies'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export const CATEGORIES = ['plenary', 'decision', 'review', 'peer-review', 'working-group', 'statistics', 'annual-report', 'administrative', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
/** the server's limit for one language version */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

export interface DocumentVersion { language: string; filename: string; mediaType: string; size: number }
export interface KpDocument {
  id: string;
  title: string;
  category: Category;
  publishedOn: string;
  owner: string | null;
  access: AccessLevel;
  group: string | null;
  organisations: string[];
  link: string | null;
  createdBy: string;
  versions: DocumentVersion[];
}
export interface Browse {
  total: number;
  categories: { category: Category; count: number; years: { year: number; count: number }[] }[];
  languages: { language: string; count: number }[];
}
export interface VersionInput { language: string; text?: string; contentBase64?: string; filename?: string; mediaType?: string }
export interface NewDocument { title: string; category: string; publishedOn: string; access: AccessLevel; group?: string | null; organisations?: string[]; owner?: string | null; link?: string | null; versions: VersionInput[] }

export const fetchBrowse = (signal?: AbortSignal) => api.get<Browse>('/api/documents/browse', signal);
export const fetchDocuments = (filter: { category?: string; year?: string; language?: string; q?: string }, signal?: AbortSignal) => api.get<{ documents: KpDocument[] }>(withQuery('/api/documents', filter), signal);
export const fetchDocument = (id: string, signal?: AbortSignal) => api.get<KpDocument>(`/api/documents/${encodeURIComponent(id)}`, signal);
export const publishDocument = (d: NewDocument) => api.post<KpDocument>('/api/documents', d);
export const putVersion = (id: string, v: VersionInput) => api.put<KpDocument>(`/api/documents/${encodeURIComponent(id)}/versions/${v.language}`, { text: v.text, contentBase64: v.contentBase64, filename: v.filename, mediaType: v.mediaType });
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
