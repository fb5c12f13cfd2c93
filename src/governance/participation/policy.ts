// The policy rules of participation (joined into the one table of http/policy.ts).
import { actsFor, has, inGroup, isAdmin, isChair, type Rule } from '../../auth/rules.js';
import type { Actor } from '../../auth/model.js';

/** the Participation Committee (PC members) and administrators */
const committee = (a: Actor) => inGroup(a, 'PC') || isAdmin(a);

export const participationPolicy = {
  'participation.applications.read': {
    who: "the Participation Committee (PC members); the Chair; administrators; an applicant's own users (its applications only: the service checks the applicant)",
    allow: (a, r) => committee(a) || isChair(a) || actsFor(a, r),
  },
  'participation.applications.submit': {
    who: "the applicant's authority officers (its own application and evidence); administrators",
    allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isAdmin(a),
  },
  'participation.applications.review': {
    who: 'the Participation Committee (PC members); administrators (met / not met / comment, per requirement)',
    allow: (a) => committee(a),
  },
  'participation.applications.decide': {
    who: 'the Participation Committee (PC members); administrators (admit from a day, or refuse with a reason)',
    allow: (a) => committee(a),
  },
  'participation.decisions.read': { who: 'anyone: status decisions are public record', public: true },
  'participation.status.decide': {
    who: 'the Chair, on the Participation Committee\'s recommendation; administrators (interim measures, suspension, removal, readmission)',
    allow: (a) => isChair(a) || isAdmin(a),
  },
  'participation.chair.manage': {
    who: "the Chair or secretariat, recording the plenary's election of a Vice-Chair and the rotation; administrators",
    allow: (a) => isChair(a) || isAdmin(a),
  },
} satisfies Record<string, Rule>;
