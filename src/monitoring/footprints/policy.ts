// The policy rules of footprints (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const footprintPolicy = {} satisfies Record<string, Rule>;
