// The policy rules of shipments (joined into the one table of auth/policy.ts).
import type { Rule } from '../../auth/rules.js';

export const shipmentPolicy = {} satisfies Record<string, Rule>;
