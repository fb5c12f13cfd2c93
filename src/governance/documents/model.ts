// Documents with access levels: types and pure rules (no I/O).
// The three-year review asked for a website "organized to show clearly what it contains", with plenary
// documents in the plenary languages and peer-review documents shared with Participants, Observers and
// selected international organisations (A/61/589, para. 22.3).
import type { Actor } from '../../auth/model.js';
import { detail, type ErrorDetail } from '../../core/errors.js';
import { m } from './messages.js';
import { has, isAdmin, isChair } from '../../auth/rules.js';

export const ACCESS_LEVELS = ['public', 'participants', 'participants-observers', 'group', 'un-bodies'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export const ACCESS_DESCRIPTIONS: Record<AccessLevel, string> = {
  public: 'anyone',
  participants: "all Participants (their authorities, customs, working-group members and the Chair)",
  'participants-observers': 'all Participants and the observers',
  group: 'the members of one working group',
  'un-bodies': 'the named UN bodies (and all Participants)',
};

export const DOCUMENT_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export const CATEGORIES = ['plenary', 'decision', 'review', 'peer-review', 'working-group', 'statistics', 'annual-report', 'administrative', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The largest content of one language version, in bytes (the database keeps it; larger files belong elsewhere). */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

export interface Access {
  access: AccessLevel;
  group: string | null;
  organisations: readonly string[];
  /** the Participant that owns the document, who always reads it */
  owner: string | null;
}

/** The roles that act for a Participant as a member of the scheme (a licensed company does not). */
const participantSide = (a: Actor) => a.participant !== null && has(a, 'officer', 'customs', 'wg-member', 'chair');

/** May this actor read a document with this access? The one rule behind lists, counts, search, reading and download. */
export function mayRead(actor: Actor, d: Access): boolean {
  if (d.access === 'public') return true;
  if (actor.kind === 'public') return false;
  if (actor.kind === 'system' || isAdmin(actor) || isChair(actor)) return true;
  if (d.owner !== null && actor.participant === d.owner && has(actor, 'officer')) return true;
  switch (d.access) {
    case 'participants':
      return participantSide(actor);
    case 'participants-observers':
      return participantSide(actor) || has(actor, 'observer');
    case 'group':
      return has(actor, 'wg-member') && d.group !== null && actor.groups.includes(d.group);
    case 'un-bodies':
      return participantSide(actor) || (has(actor, 'un') && actor.organisation !== null && d.organisations.includes(actor.organisation));
  }
}

/** Problems of an access setting (empty when it is coherent). */
export function accessProblems(d: { access: AccessLevel; group?: string | null; organisations?: readonly string[] }): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (d.access === 'group' && !d.group) out.push(detail('group', m('access.groupNamed', { examples: 'WGS, WGM, WGDE, PC, WGAAP…' })));
  if (d.access !== 'group' && d.group) out.push(detail('group', m('access.groupOnly', { access: d.access })));
  if (d.access === 'un-bodies' && !d.organisations?.length) out.push(detail('organisations', m('access.unNamed', { example: 'UN-POE-CI' })));
  if (d.access !== 'un-bodies' && d.organisations?.length) out.push(detail('organisations', m('access.unOnly', { access: d.access })));
  return out;
}

/** A size said for people: 2.0 MiB, 312 KiB, 80 bytes. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}

/** Escapes the wildcards of a LIKE pattern. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
