// The policy rules of participation (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const participationPolicy = {} satisfies Record<string, Rule>;
