// Accounts' part of the policy table (joined into http/policy.ts): sessions and users; and its check.
import { rulebook } from '../auth/policy.js';
import { isAdmin, type Rule } from '../auth/rules.js';

export const accountPolicy = {
  'session.create': { who: 'anyone (signing in)', public: true },
  'session.read': { who: 'any signed-in user', allow: () => true },
  'session.delete': { who: 'any signed-in user', allow: () => true },
  'session.password': { who: 'any signed-in user (their own password, giving the current one)', allow: (a) => a.kind === 'user' },
  'session.language': { who: 'any signed-in user (the language they read)', allow: (a) => a.kind === 'user' },
  'users.password.reset': { who: 'administrators (a temporary password the user must change at next sign-in)', allow: isAdmin },
  'users.read': { who: 'administrators', allow: isAdmin },
  'users.manage': { who: 'administrators', allow: isAdmin },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(accountPolicy);
