// The policy rules of assistance (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const assistancePolicy = {} satisfies Record<string, Rule>;
