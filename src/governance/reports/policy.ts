// The policy rules of reports (joined into the one table of http/policy.ts). The reports carry
// unreleased statistics and monitoring findings, so they stay with the Chair, the working groups
// and the administrators until the Chair publishes them (as a document).
import { has, isAdmin, isChair, type Rule } from '../../auth/rules.js';

export const reportPolicy = {
  'reports.read': {
    who: "the Chair; administrators; members of any working group (read the Chair's annual and special reports, JSON or PDF)",
    allow: (a) => isChair(a) || isAdmin(a) || has(a, 'wg-member'),
  },
} satisfies Record<string, Rule>;
