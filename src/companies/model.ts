// Licensed companies (issue #21, point 1): the register's rules as pure functions. A Participant keeps a
// register from the first day a licence of its register is valid; from then on, its certificates name
// only companies licensed on their day of issue, and an importing Participant that keeps one sees an
// unlicensed importer flagged at confirmation.
import type { ErrorDetail } from '../core/errors.js';
import { isIsoDay } from '../core/time.js';

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
export function whyNotLicensed(c: Pick<Company, 'licence' | 'validFrom' | 'validTo' | 'suspended'>, day: string): string | null {
  if (day < c.validFrom) return `its licence ${c.licence} is valid from ${c.validFrom}`;
  if (c.validTo !== null && day > c.validTo) return `its licence ${c.licence} expired on ${c.validTo}`;
  if (c.suspended !== null && c.suspended.at.slice(0, 10) <= day) return `its licence ${c.licence} was suspended on ${c.suspended.at.slice(0, 10)} (${c.suspended.reason})`;
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
  if (typeof c.participant !== 'string' || !/^[A-Z]{2}$/.test(c.participant)) out.push({ path: 'participant', message: 'a Participant code, e.g. BW' });
  if (typeof c.licence !== 'string' || !LICENCE_PATTERN.test(c.licence)) out.push({ path: 'licence', message: 'a licence number of 2 to 40 capital letters, digits, dots, slashes or dashes, e.g. BW-L-0001' });
  if (typeof c.name !== 'string' || c.name.trim() === '') out.push({ path: 'name', message: 'the company name is required' });
  else if (c.name.length > NAME_MAX) out.push({ path: 'name', message: `at most ${NAME_MAX} characters` });
  if (c.address !== undefined && (typeof c.address !== 'string' || c.address.length > 500)) out.push({ path: 'address', message: 'at most 500 characters' });
  for (const k of ['validFrom', 'validTo'] as const) if (c[k] !== undefined && !isIsoDay(c[k]!)) out.push({ path: k, message: 'a day written yyyy-mm-dd' });
  const from = c.validFrom ?? today;
  if (c.validTo !== undefined && isIsoDay(c.validTo) && isIsoDay(from) && c.validTo < from) out.push({ path: 'validTo', message: `the licence ends on ${c.validTo}, before it starts on ${from}` });
  return out;
}
