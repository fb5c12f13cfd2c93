// Statistics' part of the policy table (joined into http/policy.ts) and its check.
import { rulebook } from '../auth/policy.js';
import { has, isAdmin, isChair, ownParticipant, statisticsGroup, type Rule } from '../auth/rules.js';

export const statisticsPolicy = {
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
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(statisticsPolicy);
