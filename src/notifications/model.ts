// Alerts and who receives them. Pure: no I/O.
import type { Role } from '../auth/model.js';
import type { Language, Msg } from '../core/i18n.js';
import { m } from './messages.js';

/** The kinds of alert the scheme raises (issue #6 item 9); domains may add their own. */
export const ALERT_KINDS = [
  'action-item.due',
  'action-item.overdue',
  'suspicious-shipment',
  'questionnaire',
  'discrepancy.assigned',
  'finding.assigned',
  'submission.due',
  'application.decided',
  'decision.adopted',
  'document.shared',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number] | (string & {});

/**
 * Who is concerned. A user receives the alert when any clause matches (and the account is enabled):
 * named users; users of a Participant holding one of the roles (all its users without roles);
 * members of a working group; the Chair.
 */
export interface Recipients {
  /** user ids */
  users?: string[];
  /** users named by login (or by their full name, as a free-text assignee may be written) */
  logins?: string[];
  participant?: string;
  roles?: Role[];
  groups?: string[];
  chair?: boolean;
}

export interface Alert {
  kind: AlertKind;
  /**
   * one line: a catalogue message, rendered for each recipient in the language they read (their
   * setting, else English) when the alert is delivered; a plain string stays as it is
   */
  subject: string | Msg;
  /** plain words: what happened, what is expected, by when (a message, rendered as the subject is) */
  body: string | Msg;
  /** the web page that acts on it, e.g. /governance/reviews/… */
  link?: string;
  /** the Participant the alert is about, if any */
  participant?: string;
  /** set for alerts raised by sweeps that may run again: one alert per user and key */
  dedupeKey?: string;
  /** what the alert is about, for the web to say in the reader's language (e.g. a confirmation's differences) */
  data?: unknown;
  to: Recipients;
}

export interface Notification {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  participant: string | null;
  data: unknown;
  createdAt: string;
  readAt: string | null;
}

/**
 * The e-mail of an alert in the recipient's language: a greeting by name when it is known, the alert's
 * text (rendered in that language when it was delivered), the link made absolute when the installation's
 * address is known, and the footer.
 */
export function mailOf(n: { subject: string; body: string; link: string | null; name?: string | null }, baseUrl: string | undefined, lang: Language = 'en'): { subject: string; text: string } {
  const link = n.link ? (baseUrl ? new URL(n.link, baseUrl).toString() : n.link) : null;
  const greeting = n.name ? [m('mail.greeting', { name: n.name }).render(lang), ''] : [];
  const text = [...greeting, n.body, ...(link ? ['', link] : []), '', '-- ', m('mail.footer').render(lang)].join('\n');
  return { subject: `[KPCS] ${n.subject}`, text };
}

/** Retry delay after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** After this many failures the mail is given up (the alert stays in the inbox). */
export const MAX_MAIL_ATTEMPTS = 10;
