// The policy table: who may do what, for whom. Every HTTP route and every service use case names one
// action of this table; a route without one does not start (see http/server.ts). Read it as
// "allow ACTOR to ACTION on RESOURCE when PREDICATE"; Participant-scoped rules check the tenant
// (the actor acts for that Participant) before any role.
import { forbidden, unauthenticated } from '../core/errors.js';
import type { Actor } from './model.js';
import { actsFor, has, isAdmin, isChair, monitoringGroup, ownParticipant, statisticsGroup, type Resource, type Rule } from './rules.js';
import { governancePolicy } from '../governance/policy.js';
import { notificationPolicy } from '../notifications/policy.js';
import { footprintPolicy } from '../monitoring/footprints/policy.js';
import { shipmentPolicy } from '../monitoring/shipments/policy.js';
import { companyPolicy } from '../companies/policy.js';
import { hubPolicy } from '../hub/policy.js';

export type { Resource } from './rules.js';

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
  'session.password': { who: 'any signed-in user (their own password, giving the current one)', allow: (a) => a.kind === 'user' },
  'session.language': { who: 'any signed-in user (the language they read)', allow: (a) => a.kind === 'user' },
  'users.password.reset': { who: 'administrators (a temporary password the user must change at next sign-in)', allow: isAdmin },
  'users.read': { who: 'administrators', allow: isAdmin },
  'users.manage': { who: 'administrators', allow: isAdmin },
  'audit.read': { who: 'administrators', allow: isAdmin },
  // monitoring (src/monitoring): findings name Participants before anything is proven, so they stay
  // within the working group on monitoring, the Chair and the installation's administrators
  'findings.read': { who: 'the working group on monitoring (WGM members); the Chair; administrators', allow: (a) => monitoringGroup(a) },
  'findings.run': { who: 'the working group on monitoring (WGM members); the Chair; administrators', allow: (a) => monitoringGroup(a) },
  'findings.manage': { who: 'the working group on monitoring (WGM members); the Chair; administrators (acknowledge, assign, comment, close)', allow: (a) => monitoringGroup(a) },
  'statistics.submit': {
    who: "that Participant's authority officers (its own figures only: a request naming no Participant, such as a file, is checked row by row by the service); administrators",
    allow: (a, r) => (has(a, 'officer') && a.participant !== null && (r.participant === undefined || ownParticipant(a, r))) || isAdmin(a),
  },
  'statistics.submissions.read': {
    who: "that Participant's authority officers; the working group on statistics (WGS members); the Chair; administrators",
    allow: (a, r) => (ownParticipant(a, r) && has(a, 'officer')) || statisticsGroup(a),
  },
  'statistics.summary.read': { who: 'anyone, once the working group has released the year (drafts: see statistics.draft.read)', public: true },
  'statistics.draft.read': { who: 'the working group on statistics (WGS members); the Chair; administrators', allow: (a) => statisticsGroup(a) },
  'statistics.release': { who: 'the working group on statistics (WGS members); the Chair; administrators', allow: (a) => statisticsGroup(a) },
  'statistics.reconcile': { who: 'the working group on statistics (WGS members); the Chair; administrators', allow: (a) => statisticsGroup(a) },
  'statistics.years.read': { who: 'members of any working group; the Chair; administrators (the years the store holds statistics for, which their pages open on)', allow: (a) => has(a, 'wg-member') || isChair(a) || isAdmin(a) },
  'statistics.habitual.read': { who: 'anyone: the Gaborone plenary of 2006 decided to publish the names of Participants that habitually fail to submit', public: true },
  'statistics.compliance.read': { who: 'the working group on statistics (WGS members); the Chair; administrators', allow: (a) => statisticsGroup(a) },
  'statistics.discrepancy.manage': { who: 'the working group on statistics (WGS members); the Chair; administrators (open, resolve)', allow: (a) => statisticsGroup(a) },
  'statistics.analysis.read': { who: 'the working group on statistics (WGS members); the Chair; administrators (live, unreleased figures)', allow: (a) => statisticsGroup(a) },
  'statistics.questionnaire.raise': { who: 'the working group on statistics (WGS members); the Chair; administrators', allow: (a) => statisticsGroup(a) },
  'statistics.questionnaire.answer': {
    who: "that Participant's authority officers; administrators",
    allow: (a, r) => (ownParticipant(a, r) && has(a, 'officer')) || isAdmin(a),
  },
  'statistics.discrepancy.explain': {
    who: 'the authority officers of either Participant of the discrepancy (a request naming no Participant is checked against both sides by the service); the working group on statistics; the Chair; administrators',
    allow: (a, r) => (has(a, 'officer') && a.participant !== null && (r.participant === undefined || ownParticipant(a, r))) || statisticsGroup(a),
  },
  // certificates (src/certificates): a route knows the Participant only once the certificate is loaded,
  // so at the route `actsFor` lets through anyone acting for a Participant and the service checks
  // the tenant again with the certificate's own Participant (issuer, importer, or the checking customs).
  'certificates.issue': { who: "the exporting Participant's authority officers", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.read': { who: "the authority officers and customs of the issuing or the importing Participant; a licensed company, only the certificates issued on its own applications (it is the exporter)", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'customs', 'company') },
  'certificates.confirm': { who: "the importing Participant's authority officers", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.awaiting.read': { who: "the importing Participant's authority officers and customs (the certificates addressed to it awaiting confirmation of receipt)", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'customs') },
  'certificates.unconfirmed.sweep': { who: 'administrators (the server sweeps daily: certificates unconfirmed past expiry and the grace period alert both authorities, once)', allow: (a) => isAdmin(a) },
  'certificates.cancel': { who: "the issuing Participant's authority officers", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.amend': { who: "the issuing Participant's authority officers (before the import is confirmed: the replacement is issued and the original cancelled as replaced, together)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.border-check': { who: "that Participant's customs and authority officers (at its border, including transit)", allow: (a, r) => actsFor(a, r) && has(a, 'customs', 'officer') },
  'certificates.verify': { who: 'anyone (a number alone shows the verdict and the issuing Participant; with the verification code, more; see certificates.verify.all)', public: true },
  'certificates.verify.all': {
    who: 'the authority officers and customs of the issuing or the importing Participant; the working group on monitoring (WGM members); the Chair; administrators (everything a look-up by number can show, without the verification code)',
    allow: (a, r) => (ownParticipant(a, r) && has(a, 'officer', 'customs')) || monitoringGroup(a),
  },
  'certificates.verification-code.renew': { who: "the issuing Participant's authority officers (a new verification code; the old one stops working)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.credential.read': { who: "the holder presenting the certificate's verification code (the holder's fields); the authorities concerned (all, as certificates.verify.all); a number alone is refused (checked by the service)", public: true },
  'certificates.credential-status.read': { who: 'anyone (the status lists of the certificates\' credentials: one bit per certificate, set once it is cancelled)', public: true },
  'certificates.log.read': { who: 'anyone (the log holds hashes only)', public: true },
  'certificates.trust-list.read': { who: 'anyone', public: true },
  'certificates.keys.manage': { who: "that Participant's authority officers (its own keys); administrators", allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isAdmin(a) },
  'certificates.chair-key.rotate': { who: "the Chair; administrators (the secretariat)", allow: (a) => isChair(a) || isAdmin(a) },
  'certificates.log-key.rotate': { who: 'administrators (the secretariat, which operates the transparency log)', allow: (a) => isAdmin(a) },
  'certificates.witness.manage': { who: 'administrators (the secretariat registers the witnesses that cosign the log)', allow: (a) => isAdmin(a) },
  'certificates.log.cosign': { who: 'anyone (a registered witness\'s cosignature is the credential, checked by the service)', public: true },
  'certificates.apply': { who: "the exporting Participant's licensed exporters (companies), for their own shipments", allow: (a, r) => actsFor(a, r) && has(a, 'company') },
  'certificates.applications.read': { who: "that Participant's authority officers (all its applications) and its companies (their own)", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'company') },
  'certificates.applications.decide': { who: "the exporting Participant's authority officers (approve: the certificate is issued; or refuse with a reason)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  ...shipmentPolicy,
  ...companyPolicy,
  ...hubPolicy,
  ...footprintPolicy,
  ...governancePolicy,
  ...notificationPolicy,
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
  // a national system's token acts on the exchange routes only (hub.*), never as a person would
  if (actor.roles.includes('national-system') && !action.startsWith('hub.')) return false;
  return rule.allow ? rule.allow(actor, resource) : false;
}

/** Throws 401 for the public on a protected action, 403 for a signed-in actor who may not. */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  if (can(actor, action, resource)) return;
  if (actor.kind === 'public') throw unauthenticated();
  const scope = resource.participant ? ` for ${resource.participant}` : resource.group ? ` for ${resource.group}` : '';
  throw forbidden(`${actor.name} may not ${action}${scope}: allowed to ${(POLICY[action] as Rule).who}.`);
}
