// The policy rules of decisions (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const decisionPolicy = {} satisfies Record<string, Rule>;
