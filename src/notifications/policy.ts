// The policy rules of notifications (joined into the one table of auth/policy.ts).
import { rulebook } from '../auth/policy.js';
import { statisticsGroup, type Rule } from '../auth/rules.js';

export const notificationPolicy = {
  'notifications.read': { who: 'any signed-in user, for their own inbox only (list, count, mark read)', allow: () => true },
  'notifications.remind': {
    who: 'the working group on statistics (WGS members); the Chair; administrators (the submission-due sweep, which the server also runs daily)',
    allow: (a) => statisticsGroup(a),
  },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(notificationPolicy);
