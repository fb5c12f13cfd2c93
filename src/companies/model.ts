// Licensed companies (issue #21, point 1): the register's rules as pure functions. A Participant keeps a
// register from the first day a licence of its register is valid; from then on, its certificates name
// only companies licensed on their day of issue, and an importing Participant that keeps one sees an
// unlicensed importer flagged at confirmation.
import { detail, type ErrorDetail } from '../core/errors.js';
import type { Msg } from '../core/i18n.js';
import { field } from '../core/messages.js';
import { isIsoDay } from '../core/time.js';
import { r } from './register-messages.js';

export const LICENCE_PATTERN = /^[A-Z0-9][A-Z0-9./-]{1,39}$/;
export const NAME_MAX = 200;

/** The name as the register matches it: NFC, trimmed, inner spaces collapsed, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface Company {
  participant: string;
  licence: string;
  name: string;
  address: string | null;
  validFrom: string;
  validTo: string | null;
  suspended: { at: string; by: string; reason: string } | null;
  registeredAt: string;
  registeredBy: string;
}

/** Whether the licence covers a day: valid from…to, and not suspended on or before that day. */
export function licensedOn(c: Pick<Company, 'validFrom' | 'validTo' | 'suspended'>, day: string): boolean {
  if (day < c.validFrom) return false;
  if (c.validTo !== null && day > c.validTo) return false;
  return c.suspended === null || c.suspended.at.slice(0, 10) > day;
}

/** Why a licence does not cover a day, in words (for the refusal), or null when it does. */
export function whyNotLicensed(c: Pick<Company, 'licence' | 'validFrom' | 'validTo' | 'suspended'>, day: string): Msg | null {
  if (day < c.validFrom) return r('why.notYet', { licence: c.licence, from: c.validFrom });
  if (c.validTo !== null && day > c.validTo) return r('why.expired', { licence: c.licence, to: c.validTo });
  if (c.suspended !== null && c.suspended.at.slice(0, 10) <= day) return r('why.suspended', { licence: c.licence, at: c.suspended.at.slice(0, 10), reason: c.suspended.reason });
  return null;
}

export interface NewCompany {
  participant: string;
  licence: string;
  name: string;
  address?: string;
  validFrom?: string;
  validTo?: string;
}

/** Every problem of a registration, each with its path. */
export function checkNewCompany(c: NewCompany, today: string): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (typeof c.participant !== 'string' || !/^[A-Z]{2}$/.test(c.participant)) out.push(detail('participant', r('participant.code', { example: 'BW' })));
  if (typeof c.licence !== 'string' || !LICENCE_PATTERN.test(c.licence)) out.push(detail('licence', r('licence.pattern', { example: 'BW-L-0001' })));
  if (typeof c.name !== 'string' || c.name.trim() === '') out.push(detail('name', r('name.required')));
  else if (c.name.length > NAME_MAX) out.push(detail('name', field('tooLong', { max: NAME_MAX })));
  if (c.address !== undefined && (typeof c.address !== 'string' || c.address.length > 500)) out.push(detail('address', field('tooLong', { max: 500 })));
  for (const k of ['validFrom', 'validTo'] as const) if (c[k] !== undefined && !isIsoDay(c[k]!)) out.push(detail(k, r('day.written')));
  const from = c.validFrom ?? today;
  if (c.validTo !== undefined && isIsoDay(c.validTo) && isIsoDay(from) && c.validTo < from) out.push(detail('validTo', r('validTo.beforeFrom', { to: c.validTo, from })));
  return out;
}
