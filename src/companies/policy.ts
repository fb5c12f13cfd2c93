// The policy rules of licensed companies (joined into the one table of auth/policy.ts).
import { actsFor, has, type Rule } from '../auth/rules.js';

export const companyPolicy = {
  'companies.read': { who: "that Participant's authority officers (its register of licensed companies)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'companies.manage': { who: "that Participant's authority officers (register a licensed company, suspend its licence, tie a company user to it)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
} satisfies Record<string, Rule>;
