// The policy rules of annual reports (joined into the one table of http/policy.ts).
import { actsFor, has, isAdmin, monitoringGroup, type Rule } from '../../auth/rules.js';

export const annualReportPolicy = {
  'annual-reports.submit': {
    who: "that Participant's authority officers (its own report); administrators",
    allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isAdmin(a),
  },
  'annual-reports.read': {
    who: "that Participant's authority officers (its own reports: the service checks the Participant); the working group on monitoring (WGM members); the Chair; administrators",
    allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || monitoringGroup(a),
  },
  'annual-reports.assess': {
    who: 'the working group on monitoring (WGM members); the Chair; administrators (status, comments, outcome)',
    allow: (a) => monitoringGroup(a),
  },
  'annual-reports.missing.read': {
    who: 'the working group on monitoring (WGM members); the Chair; administrators',
    allow: (a) => monitoringGroup(a),
  },
} satisfies Record<string, Rule>;
