// The policy rules of annual-reports (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const annualReportPolicy = {} satisfies Record<string, Rule>;
