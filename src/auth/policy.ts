// The policy table: who may do what, for whom. Every HTTP route and every service use case names one
// action of this table; a route without one does not start (see http/server.ts). Read it as
// "allow ACTOR to ACTION on RESOURCE when PREDICATE"; Participant-scoped rules check the tenant
// (the actor acts for that Participant) before any role.
import { forbidden, unauthenticated } from '../core/errors.js';
import type { Actor, Role } from './model.js';

export interface Resource {
  /** the Participant that owns the resource */
  participant?: string;
  /** the working group that owns the resource */
  group?: string;
}

interface Rule {
  /** who, in words: the table is documentation too */
  who: string;
  public?: true;
  allow?: (actor: Actor, resource: Resource) => boolean;
}

const has = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
const isAdmin = (actor: Actor) => has(actor, 'admin');
const ownParticipant = (actor: Actor, resource: Resource) =>
  resource.participant !== undefined && actor.participant === resource.participant;

export const POLICY = {
  'health.read': { who: 'anyone', public: true },
  'participants.read': { who: 'anyone', public: true },
  'registry.read': { who: 'anyone', public: true },
  'participants.authority.update': {
    who: "that Participant's authority officers; administrators",
    allow: (a, r) => (ownParticipant(a, r) && has(a, 'officer')) || isAdmin(a),
  },
  'session.create': { who: 'anyone (signing in)', public: true },
  'session.read': { who: 'any signed-in user', allow: () => true },
  'session.delete': { who: 'any signed-in user', allow: () => true },
  'users.read': { who: 'administrators', allow: isAdmin },
  'users.manage': { who: 'administrators', allow: isAdmin },
  'audit.read': { who: 'administrators', allow: isAdmin },
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export function isPublic(action: Action): boolean {
  return (POLICY[action] as Rule).public === true;
}

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const rule = POLICY[action] as Rule;
  if (rule.public) return true;
  if (actor.kind === 'public') return false;
  if (actor.kind === 'system') return true;
  return rule.allow ? rule.allow(actor, resource) : false;
}

/** Throws 401 for the public on a protected action, 403 for a signed-in actor who may not. */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  if (can(actor, action, resource)) return;
  if (actor.kind === 'public') throw unauthenticated();
  const scope = resource.participant ? ` for ${resource.participant}` : resource.group ? ` for ${resource.group}` : '';
  throw forbidden(`${actor.name} may not ${action}${scope}: allowed to ${(POLICY[action] as Rule).who}.`);
}
