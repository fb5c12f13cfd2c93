// Who is acting: a signed-in user, a machine with a token, the local operator of the CLI, or the
// public. Roles are those of the scheme's users; a user acts for one Participant or one organisation.
import type { Language } from '../core/i18n.js';

export const ROLES = ['company', 'officer', 'customs', 'wg-member', 'observer', 'un', 'chair', 'admin', 'national-system'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  company: "an exporter or importer licensed by its Participant's authority",
  officer: "an officer of one Participant's KP authority",
  customs: "a customs officer of one Participant",
  'wg-member': 'a member of a working group (WGS, WGM, WGDE, PC, WGAAP)',
  observer: 'an observer organisation (industry or civil society)',
  un: 'a UN body (Panel or Group of Experts)',
  chair: 'the Chair or secretariat of the year',
  admin: 'an administrator of this installation',
  'national-system': "a Participant's own certificate system connected to this hub (a machine: the exchange routes only, for its Participant)",
};

/** Roles that only make sense for someone acting for a Participant. */
export const PARTICIPANT_ROLES: readonly Role[] = ['company', 'officer', 'customs', 'national-system'];

export interface Actor {
  kind: 'user' | 'local' | 'system' | 'public';
  userId: string | null;
  name: string;
  /** the Participant the actor acts for, if any */
  participant: string | null;
  /** the organisation the actor acts for, if any (WDC, GW, a UN body…) */
  organisation: string | null;
  roles: readonly Role[];
  /** working groups the actor belongs to */
  groups: readonly string[];
  /** the language a signed-in user reads (their setting), when the request does not say one */
  language?: Language;
}

export const PUBLIC: Actor = { kind: 'public', userId: null, name: 'public', participant: null, organisation: null, roles: [], groups: [] };

/** The installation itself (seeding, migrations, scheduled work). */
export const SYSTEM: Actor = { kind: 'system', userId: null, name: 'system', participant: null, organisation: null, roles: ['admin'], groups: [] };

/** The operator of the local CLI; with --as CODE, that Participant's authority. */
export function localOperator(asParticipant?: string): Actor {
  if (asParticipant) {
    return { kind: 'local', userId: null, name: `local operator as ${asParticipant} authority`, participant: asParticipant, organisation: null, roles: ['officer'], groups: [] };
  }
  return { kind: 'local', userId: null, name: 'local operator', participant: null, organisation: null, roles: ['admin'], groups: [] };
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function actingFor(actor: Actor): string | null {
  return actor.participant ?? actor.organisation;
}

/** Failed sign-ins a login is allowed before it is locked. */
export const LOGIN_FREE_FAILURES = 5;
/** The first lock; each further failure doubles it, up to LOGIN_MAX_LOCK_MS. */
export const LOGIN_FIRST_LOCK_MS = 30_000;
export const LOGIN_MAX_LOCK_MS = 15 * 60_000;

/** How long a login stays locked after its n-th failure in a row (0: not locked): exponential, capped. */
export function loginLockMs(failures: number): number {
  if (failures < LOGIN_FREE_FAILURES) return 0;
  return Math.min(LOGIN_FIRST_LOCK_MS * 2 ** Math.min(failures - LOGIN_FREE_FAILURES, 30), LOGIN_MAX_LOCK_MS);
}
