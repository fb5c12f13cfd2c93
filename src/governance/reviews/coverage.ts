// The coverage of peer review per year, computed from the review records and the registry's status
// history; beside it, the figures the scheme reported before per-visit records exist (a baseline).
import type { Db } from '../../db/store.js';
import { detail, invalid } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import { m } from './messages.js';
import { inPeriod } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as participants from '../../participants/service.js';
import { coverage, type CoverageYear } from './model.js';
import * as store from './store.js';

/** Statuses of a Participant of the scheme, reviewed by its peers (the 47 of 2006; the trading entity is not counted among them). */
const IN_SCHEME = new Set(['participant', 'suspended']);

export interface CoverageReport {
  years: CoverageYear[];
  baselines: { year: number; participantsVisited: number; participantsVisitedOrInvited: number; source: string }[];
}

export async function coverageFigures(db: Db, actor: Actor, range: { from?: number; to?: number } = {}): Promise<CoverageReport> {
  authorize(actor, 'reviews.coverage.read');
  const thisYear = new Date().getUTCFullYear();
  const from = range.from ?? 2003;
  const to = range.to ?? thisYear;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2003 || to > 2100 || from > to) {
    throw invalid(m('coverage.years', { from: String(from), to: String(to) }), [detail('from', field('outOfRange'))]);
  }
  const periods = await participants.statusPeriods(db);
  const reviews = await store.list(db);
  const participantsOn = (day: string) => [...new Set(periods.filter((p) => IN_SCHEME.has(p.status) && inPeriod(day, p.validFrom, p.validTo)).map((p) => p.participant))];
  return { years: coverage({ reviews, participantsOn, from, to }), baselines: await store.baselines(db) };
}
