// The one error type of kpcs. Every failure a user can cause carries a stable `code` (clients and
// tests depend on it), a human message, the HTTP status it maps to, and optional details
// (e.g. every bad row of an import). A message made from a catalogue (`Msg`, src/core/i18n.ts) is
// rendered in the reader's language by the HTTP layer; its English text is the error's message.
import { verbatim, type Language, type Msg } from './i18n.js';
import { m } from './error-messages.js';

export const ErrorCodes = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** signed in with a temporary password (an administrator's reset): only changing it is allowed */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  /** the hub cannot apply a message yet (its key awaits the Chair's approval, an earlier message is missing): send it again later */
  not_yet: 409,
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
  /** the message from a catalogue, for the reader's language (not serialised: `message` is its English) */
  msg?: Msg;
}

/**
 * A detail whose message comes from a catalogue. The message is not enumerable: the detail compares,
 * copies and serialises as its path and English text.
 */
export function detail(path: string, msg: Msg): ErrorDetail {
  return Object.defineProperty({ path, message: msg.render('en') }, 'msg', { value: msg, enumerable: false });
}

/** The messages of details, each in the reader's language where a catalogue wrote it: a list for a message's {problems}. */
export const messagesOf = (details: readonly ErrorDetail[]): Msg[] => details.map((d) => d.msg ?? verbatim(d.message));

/** The details as "path message", each in the reader's language: a sentence's {problems} that names the fields. */
export const pathedMessages = (details: readonly ErrorDetail[]): Msg[] => details.map((d) => m('pathed', { path: d.path ?? '', message: d.msg ?? verbatim(d.message) }));

/** A detail about a row (and its column) of a file, or any place (`{ path, row, column }`), its message from a catalogue. */
export function detailAt(where: { path?: string; row?: number; column?: string }, msg: Msg): ErrorDetail {
  return Object.defineProperty({ ...where, message: msg.render('en') }, 'msg', { value: msg, enumerable: false });
}

export class KpcsError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  /** the message from a catalogue, rendered in the reader's language where one is known */
  readonly msg?: Msg;

  constructor(code: ErrorCode, message: string | Msg, details: ErrorDetail[] = []) {
    super(typeof message === 'string' ? message : message.render('en'));
    if (typeof message !== 'string') this.msg = message;
    this.name = 'KpcsError';
    this.code = code;
    this.status = ErrorCodes[code];
    this.details = details;
  }

  /** the message and each detail's in a language (English when no catalogue wrote them) */
  localized(lang: Language): { message: string; details: ErrorDetail[] } {
    return {
      message: this.msg ? this.msg.render(lang) : this.message,
      details: this.details.map(({ msg, ...d }) => (msg ? { ...d, message: msg.render(lang) } : d)),
    };
  }
}

export const invalid = (message: string | Msg, details: ErrorDetail[] = []) => new KpcsError('invalid_input', message, details);
export const notFound = (message: string | Msg) => new KpcsError('not_found', message);
export const forbidden = (message: string | Msg) => new KpcsError('forbidden', message);
export const conflict = (message: string | Msg) => new KpcsError('conflict', message);
export const unauthenticated = (message: string | Msg = m('unauthenticated', { header: 'Authorization: Bearer …' })) =>
  new KpcsError('unauthenticated', message);
