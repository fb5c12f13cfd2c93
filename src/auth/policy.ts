// The policy table's mechanism: who may do what, for whom. Every HTTP route and every service use case
// names one action of the table; a route without one does not start (see http/server.ts). Read it as
// "allow ACTOR to ACTION on RESOURCE when PREDICATE"; Participant-scoped rules check the tenant
// (the actor acts for that Participant) before any role. Each domain keeps its part of the table beside
// its code (its policy.ts, made of auth/rules.ts) and checks its actions with that part's rulebook; the
// assembly joins the parts into the one table (http/policy.ts).
import { forbidden, unauthenticated } from '../core/errors.js';
import type { Actor } from './model.js';
import { m } from './messages.js';
import type { Resource, Rule } from './rules.js';

export type { Resource, Rule } from './rules.js';

/** The check of one part of the policy table (or of the whole, joined by the assembly in http/policy.ts). */
export function rulebook<T extends Record<string, Rule>>(table: T) {
  type Action = keyof T & string;
  const ruleOf = (action: Action) => table[action] as Rule;

  function isPublic(action: Action): boolean {
    return ruleOf(action).public === true;
  }

  function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
    const rule = ruleOf(action);
    if (rule.public) return true;
    if (actor.kind === 'public') return false;
    if (actor.kind === 'system') return true;
    // a national system's token acts on the exchange routes only (hub.*), never as a person would
    if (actor.roles.includes('national-system') && !action.startsWith('hub.')) return false;
    return rule.allow ? rule.allow(actor, resource) : false;
  }

  /** Throws 401 for the public on a protected action, 403 for a signed-in actor who may not. */
  function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
    if (can(actor, action, resource)) return;
    if (actor.kind === 'public') throw unauthenticated();
    const scope = resource.participant ?? resource.group;
    const said = { name: actor.name, action, who: ruleOf(action).who };
    throw forbidden(scope ? m('forbiddenFor', { ...said, scope }) : m('forbidden', said));
  }

  return { isPublic, can, authorize };
}
