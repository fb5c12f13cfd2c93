// The Participant registry's vocabulary and its time-aware rules, without I/O.
import { inPeriod, type IsoDay } from '../core/time.js';
import type { MeasureScopeValue, ParticipantStatusValue } from '../db/schema.js';
import type { Msg } from '../core/i18n.js';
import { m } from './messages.js';

export type ParticipantStatus = ParticipantStatusValue;
export const STATUSES: readonly ParticipantStatus[] = ['applicant', 'participant', 'trading_entity', 'suspended', 'removed', 'withdrawn', 'non_participant'];

/**
 * A status of the registry as a word in the reader's language (suspended, suspendu, приостановлен);
 * `missing` says what to write when the registry holds none on the day.
 */
export function statusWord(status: string | null | undefined, missing: 'none' | 'notParticipant' = 'none'): Msg {
  return (STATUSES as readonly string[]).includes(status ?? '') ? m(`word.${status as ParticipantStatus}`) : m(`word.${missing}`);
}

/** Statuses with which trade in rough diamonds under the scheme is allowed. */
export const GOOD_STANDING: readonly ParticipantStatus[] = ['participant', 'trading_entity'];

export const LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface StatusPeriod {
  status: ParticipantStatus;
  validFrom: IsoDay;
  validTo: IsoDay | null;
  /** 'year' when the sources only give the year (valid_from is then 1 January) */
  fromPrecision: 'day' | 'year';
  basis: string | null;
  note: string | null;
}

export interface Measure {
  id: string;
  target: string;
  kind: 'embargo' | 'sanctions';
  basis: string;
  validFrom: IsoDay;
  validTo: IsoDay | null;
  note: string | null;
  /** the resolution's symbol, e.g. S/RES/1643 (2005) */
  symbol: string | null;
  /** which rough diamonds it bars: those exported from the target, those imported into it, or both */
  scope: MeasureScope;
}

/**
 * 'rough diamonds export': every State must prevent the import of rough diamonds from the target (the
 * UN diamond measures on Liberia and Côte d'Ivoire); 'rough diamonds import': none may go to it.
 */
export type MeasureScope = MeasureScopeValue;
export const MEASURE_SCOPES: readonly MeasureScope[] = ['rough diamonds export', 'rough diamonds import', 'rough diamonds export/import'];

/** "UN Security Council resolution 1643 (2005)" from the symbol S/RES/1643 (2005); the basis text when there is no symbol. */
export function legalBasis(m: Pick<Measure, 'symbol' | 'basis'>): string {
  const r = m.symbol ? /^S\/RES\/(\d+) \((\d{4})\)$/.exec(m.symbol) : null;
  return r ? `UN Security Council resolution ${r[1]} (${r[2]})` : m.basis;
}

/** Does the measure bar rough diamonds leaving its target (export) or going to it (import)? */
export function bars(m: Pick<Measure, 'scope'>, direction: 'export' | 'import'): boolean {
  return m.scope === 'rough diamonds export/import' || m.scope === `rough diamonds ${direction}`;
}

export interface Membership {
  participant: string;
  country: string;
  validFrom: IsoDay;
  validTo: IsoDay | null;
  /** what the membership rests on, e.g. the Treaty of Accession of 2005 */
  basis: string | null;
}

export interface ParticipantSummary {
  code: string;
  name: string;
  kind: 'country' | 'regional_organisation' | 'trading_entity';
  status: ParticipantStatus;
  statusSince: IsoDay;
  /** countries the Participant speaks for on that day (the EC's member states) */
  members: string[];
  /** UN measures in force on that day */
  measures: Measure[];
}

export interface ParticipantDetail extends ParticipantSummary {
  language: Language;
  authority: { name: string | null; address: string | null; email: string | null };
  certificateValidityDays: number;
  history: StatusPeriod[];
  allMeasures: Measure[];
  /** every membership of the countries it speaks for (the EC's member states), past and future, with its basis */
  memberHistory: Membership[];
  /** the Participant that speaks for this country on the day (a member state of the EC), with since when and why */
  memberOf: Membership | null;
}

/** The memberships in force on a day (valid_to is the first day no longer covered). */
export function membershipsOn(members: readonly Membership[], day: IsoDay): Membership[] {
  return members.filter((m) => m.validFrom <= day && (m.validTo === null || day < m.validTo));
}

export function statusOn(history: readonly StatusPeriod[], day: IsoDay): StatusPeriod | undefined {
  return history.find((p) => inPeriod(day, p.validFrom, p.validTo));
}

export function measuresOn(measures: readonly Measure[], day: IsoDay): Measure[] {
  return measures.filter((m) => inPeriod(day, m.validFrom, m.validTo));
}

export function isGoodStanding(status: ParticipantStatus | undefined): boolean {
  return status !== undefined && GOOD_STANDING.includes(status);
}

/** Periods of one history must not overlap: a Participant has one status on any day. */
export function overlaps(history: readonly StatusPeriod[]): [StatusPeriod, StatusPeriod] | undefined {
  const sorted = [...history].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.validTo === null || prev.validTo > cur.validFrom) return [prev, cur];
  }
  return undefined;
}
