// Alerts and who receives them. Pure: no I/O.
import type { Role } from '../auth/model.js';

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
  users?: string[];
  participant?: string;
  roles?: Role[];
  groups?: string[];
  chair?: boolean;
}

export interface Alert {
  kind: AlertKind;
  /** one line, English (the inbox shows it as is; the web translates the kind) */
  subject: string;
  /** plain words: what happened, what is expected, by when */
  body: string;
  /** the web page that acts on it, e.g. /governance/reviews/… */
  link?: string;
  /** the Participant the alert is about, if any */
  participant?: string;
  /** set for alerts raised by sweeps that may run again: one alert per user and key */
  dedupeKey?: string;
  to: Recipients;
}
