// The one error type of kpcs. Every failure a user can cause carries a stable `code` (clients and
// tests depend on it), a human message, the HTTP status it maps to, and optional details
// (e.g. every bad row of an import).

export const ErrorCodes = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** signed in with a temporary password (an administrator's reset): only changing it is allowed */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  /** an Idempotency-Key already used with a different request (POST /api/certificates) */
  idempotency_key_reused: 422,
  rate_limited: 429,
  store_busy: 423,
  internal: 500,
  /** the store is overloaded (writers kept colliding): try again after Retry-After seconds */
  overloaded: 503,
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface ErrorDetail {
  /** where: a field path, a row number, a column */
  path?: string;
  row?: number;
  column?: string;
  message: string;
}

export class KpcsError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  /** the message and each detail in the five plenary languages, when made by core/messages.ts */
  translations?: { message: Record<'en' | 'fr' | 'pt' | 'es' | 'ru', string>; details: Record<'en' | 'fr' | 'pt' | 'es' | 'ru', string>[] };

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'KpcsError';
    this.code = code;
    this.status = ErrorCodes[code];
    this.details = details;
  }
}

export const invalid = (message: string, details: ErrorDetail[] = []) => new KpcsError('invalid_input', message, details);
export const notFound = (message: string) => new KpcsError('not_found', message);
export const forbidden = (message: string) => new KpcsError('forbidden', message);
export const conflict = (message: string) => new KpcsError('conflict', message);
export const unauthenticated = (message = 'Sign in or send an API token (Authorization: Bearer …).') =>
  new KpcsError('unauthenticated', message);
