// The policy rules of plenary decisions and the three-year review (joined into the one table of http/policy.ts).
// Decisions and the review's recommendations are the plenary's public record (the communiqué and the
// report to the UN General Assembly); the Chair (secretariat) keeps them. A recommendation's status is
// also moved by the working group that owns it: the service checks the owner on the loaded record.
import { has, inGroup, isAdmin, isChair, type Rule } from '../../auth/rules.js';

export const decisionPolicy = {
  'decisions.read': { who: 'anyone (plenary decisions and their translations are the public record)', public: true },
  'decisions.manage': { who: 'the Chair (secretariat); administrators (plenaries, decisions, translations requested, provided and checked, formal adoption)', allow: (a) => isChair(a) || isAdmin(a) },
  'recommendations.read': { who: 'anyone (the three-year review was reported to the UN General Assembly)', public: true },
  'recommendations.manage': { who: 'the Chair (secretariat); administrators (recommendations, owners, priority issues and their links)', allow: (a) => isChair(a) || isAdmin(a) },
  'recommendations.update': {
    who: 'the Chair (secretariat); administrators; members of the working group that owns the recommendation (status with evidence of implementation)',
    allow: (a, r) => isChair(a) || isAdmin(a) || (has(a, 'wg-member') && (r.group === undefined || inGroup(a, r.group))),
  },
} satisfies Record<string, Rule>;
