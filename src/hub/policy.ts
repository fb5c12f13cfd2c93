// The policy rules of the hub exchange (joined into the one table of auth/policy.ts). A national
// system's token (role national-system) acts for its own Participant and on these routes only
// (auth/policy.ts `can` refuses it every other action).
import { rulebook } from '../auth/policy.js';
import { has, isAdmin, isChair, ownParticipant, type Rule } from '../auth/rules.js';

const nationalSystem = (a: Parameters<typeof has>[0], r: Parameters<typeof ownParticipant>[1]) => has(a, 'national-system') && a.participant !== null && (r.participant === undefined || ownParticipant(a, r));

export const hubPolicy = {
  'hub.session.read': { who: 'a national system (its own Participant and the hub\'s log keys)', allow: (a) => has(a, 'national-system') && a.participant !== null },
  'hub.keys.register': { who: "that Participant's national system (its own authority public keys; the private keys never leave it)", allow: nationalSystem },
  'hub.keys.read': { who: "the Chair; administrators (the secretariat); a national system (its own keys)", allow: (a, r) => isChair(a) || isAdmin(a) || nationalSystem(a, r) },
  'hub.keys.decide': { who: 'the Chair; administrators (the secretariat): approve or refuse a national system\'s new key before it enters the trust list', allow: (a) => isChair(a) || isAdmin(a) },
  'hub.messages.send': { who: "that Participant's national system (messages it signs as their sender)", allow: nationalSystem },
  'hub.messages.read': { who: "that Participant's national system (the messages the hub holds for it)", allow: nationalSystem },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(hubPolicy);
