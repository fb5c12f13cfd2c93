// The policy rules of technical assistance (joined into the one table of http/policy.ts).
import { actsFor, has, isAdmin, isChair, type Rule } from '../../auth/rules.js';

export const assistancePolicy = {
  'assistance.read': { who: 'any signed-in user (needs, offers, programmes and the coordinator)', allow: () => true },
  'assistance.need.declare': {
    who: "that Participant's authority officers (needs of their own Participant); administrators",
    allow: (a, r) => (has(a, 'officer') && actsFor(a, r)) || isAdmin(a),
  },
  'assistance.offer.declare': {
    who: "donors: a Participant's authority officers or an observer organisation's members (offers of their own); administrators",
    allow: (a) => (has(a, 'officer') && a.participant !== null) || (has(a, 'observer') && a.organisation !== null) || isAdmin(a),
  },
  'assistance.coordinate': {
    who: 'the Chair; working-group members acting for the designated coordinator of technical assistance (the service checks the designation); administrators (match a need with an offer, move programmes)',
    allow: (a) => isChair(a) || has(a, 'wg-member') || isAdmin(a),
  },
  'assistance.coordinator.designate': { who: 'the Chair; administrators', allow: (a) => isChair(a) || isAdmin(a) },
} satisfies Record<string, Rule>;
