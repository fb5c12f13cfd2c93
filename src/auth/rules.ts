// The building blocks of the policy table: the shape of a rule and the predicates that rules are made
// of. Each domain keeps its part of the table beside its code (its policy.ts, e.g. governance/*/policy.ts)
// and builds it from these; the assembly (http/policy.ts) joins the parts into one table.
import type { Actor, Role } from './model.js';

export interface Resource {
  /** the Participant that owns the resource */
  participant?: string;
  /** the working group that owns the resource */
  group?: string;
}

export interface Rule {
  /** who, in words: the table is documentation too */
  who: string;
  public?: true;
  allow?: (actor: Actor, resource: Resource) => boolean;
}

export const has = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
export const isAdmin = (actor: Actor) => has(actor, 'admin');
export const ownParticipant = (actor: Actor, resource: Resource) =>
  resource.participant !== undefined && actor.participant === resource.participant;
/** the tenant check when the resource's Participant is known; before it is loaded, that the actor acts for one */
export const actsFor = (actor: Actor, resource: Resource) => (resource.participant === undefined ? actor.participant !== null : actor.participant === resource.participant);

/** the working group on statistics, the Chair, administrators */
export const statisticsGroup = (actor: Actor) => (has(actor, 'wg-member') && actor.groups.includes('WGS')) || has(actor, 'chair') || isAdmin(actor);

/** the working group on monitoring, the Chair, administrators */
export const monitoringGroup = (actor: Actor) => (has(actor, 'wg-member') && actor.groups.includes('WGM')) || has(actor, 'chair') || isAdmin(actor);

/** a member of the named working group (or its coordinator's team); the Chair and administrators are added by each rule */
export const inGroup = (actor: Actor, group: string) => has(actor, 'wg-member') && actor.groups.includes(group);

/** the Chair or secretariat */
export const isChair = (actor: Actor) => has(actor, 'chair');
