// The policy rules of groups (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const groupPolicy = {} satisfies Record<string, Rule>;
