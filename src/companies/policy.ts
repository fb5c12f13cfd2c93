// The policy rules of licensed companies (joined into the one table of http/policy.ts).
import { rulebook } from '../auth/policy.js';
import { actsFor, has, isAdmin, type Rule } from '../auth/rules.js';

export const companyPolicy = {
  'companies.read': { who: "that Participant's authority officers (its register of licensed companies); administrators (to create a company user with its company)", allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isAdmin(a) },
  'companies.manage': { who: "that Participant's authority officers (register a licensed company, suspend its licence, tie a company user to it)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'companies.users.manage': { who: "that Participant's authority officers, never another Participant's; administrators: the users tied to a company of its register (list, tie a company user of that Participant, untie)", allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isAdmin(a) },
  'companies.stock.read': { who: "that Participant's authority officers, and a company user for its own company only (checked against its licence): stock accounts and stock reports", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'company') },
  'companies.stock.report': { who: "a company user for its own company only (checked against its licence), and that Participant's authority officers: file a stock report", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'company') },
  'companies.stock.settings': { who: "that Participant's authority officers: the stock reporting period, and withholding issuance from a company whose report is overdue", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(companyPolicy);
