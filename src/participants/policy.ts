// The Participant registry's part of the policy table (joined into http/policy.ts) and its check.
import { rulebook } from '../auth/policy.js';
import { has, isAdmin, ownParticipant, type Rule } from '../auth/rules.js';

export const participantPolicy = {
  'participants.read': { who: 'anyone', public: true },
  'registry.read': { who: 'anyone', public: true },
  'participants.authority.update': {
    who: "that Participant's authority officers; administrators",
    allow: (a, r) => (ownParticipant(a, r) && has(a, 'officer')) || isAdmin(a),
  },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(participantPolicy);
