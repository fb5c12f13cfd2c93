// The verdict on a certificate as a sentence in the reader's language (verdict-messages.ts).
import { country, day, type Msg } from '../core/i18n.js';
import { m } from './verdict-messages.js';
import type { Verdict } from './verification.js';

/** What a verdict means, in words a customs officer or a buyer reads (the `reason` stays the technical detail). */
export function verdictSummary(v: { verdict: Verdict; issuer?: string; expiresAt?: string; replacedBy?: string }): Msg {
  const issuer = country(v.issuer ?? '');
  const until = day(v.expiresAt ?? '');
  if (v.verdict === 'cancelled' && v.replacedBy) return m('verdict.replaced', { issuer, replacedBy: v.replacedBy });
  // a number alone shows no dates (the verification code shows them)
  if (v.verdict === 'genuine' && !v.expiresAt) return m('verdict.genuineUndated', { issuer });
  if (v.verdict === 'expired' && !v.expiresAt) return m('verdict.expiredUndated');
  return m(`verdict.${v.verdict}`, { issuer, until });
}
