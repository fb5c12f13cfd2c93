// The policy rules of reports (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const reportPolicy = {} satisfies Record<string, Rule>;
