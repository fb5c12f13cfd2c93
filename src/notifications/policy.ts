// The policy rules of notifications (joined into the one table of auth/policy.ts).
import type { Rule } from '../auth/rules.js';

export const notificationPolicy = {} satisfies Record<string, Rule>;
