// The audit log's part of the policy table (joined into http/policy.ts) and its check.
import { rulebook } from '../auth/policy.js';
import { isAdmin, type Rule } from '../auth/rules.js';

export const auditPolicy = {
  'audit.read': { who: 'administrators', allow: isAdmin },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(auditPolicy);
