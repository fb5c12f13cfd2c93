// The policy rules of reviews (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const reviewPolicy = {} satisfies Record<string, Rule>;
