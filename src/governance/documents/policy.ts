// The policy rules of documents (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const documentPolicy = {} satisfies Record<string, Rule>;
