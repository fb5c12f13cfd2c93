// The one way the web app talks to the server: same-origin JSON, the session cookie sent by the
// browser, the CSRF token (kept in memory only) added to every state-changing request, and error
// bodies `{code, message, details}` turned into ApiError exceptions the pages can show.

import type { ErrorDetail } from './contract';

/** one detail of a refusal: where (a field's path, a row, a column) and why, as the server declares it */
export type { ErrorDetail };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** the language the server wrote the message in (Content-Language); English when it says none */
    readonly language: string = 'en',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** status 0: the server could not be reached at all */
export const NETWORK_ERROR = 'network';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** for the few requests that send something other than JSON (a file) */
export function getCsrfToken(): string | null {
  return csrfToken;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** the language the app shows: sent as Accept-Language, so the server writes its texts in it */
let language: string | null = null;

export function setRequestLanguage(lang: string): void {
  language = lang;
}

/** Keeps a signed-in user's choice of language on their account (their e-mails follow it); nothing when signed out. */
export function saveLanguageChoice(lang: string): void {
  if (!csrfToken) return;
  void request('PUT', '/api/session/language', { language: lang }).catch(() => {
    // the choice still holds in this browser; the account keeps its former language
  });
}

export async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return (await exchange<T>(method, path, body, signal)).data;
}

/** A request whose answer also says something in a response header (e.g. a certificate's verification code). */
export async function exchange<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<{ data: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (language) headers['accept-language'] = language;
  let response: Response;
  try {
    // no-cache: a kept answer (the trust list's, Cache-Control max-age) is asked about again each time, so the
    // page always has the current one (304 Not Modified when it has not changed)
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-cache', signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, NETWORK_ERROR, e instanceof Error ? e.message : String(e));
  }
  if (response.status === 204) return { data: undefined as T, headers: response.headers };
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: handled below
  }
  if (!response.ok) {
    const e = (json ?? {}) as { code?: string; message?: string; details?: ErrorDetail[] };
    throw new ApiError(response.status, e.code ?? `http_${response.status}`, e.message ?? (text || response.statusText), e.details ?? [], response.headers.get('content-language') ?? 'en');
  }
  return { data: json as T, headers: response.headers };
}

/** Builds `path?k=v&…`, leaving out undefined values. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
