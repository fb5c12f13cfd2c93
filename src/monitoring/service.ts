// Use cases of monitoring: run the detectors on a year's statistics, keep the findings, and carry
// them through their workflow (acknowledge, assign, comment, close with an outcome).
import { country } from '../core/i18n.js';
import { m } from './messages.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import type { Actor } from '../auth/model.js';
import { authorize } from './policy.js';
import * as audit from '../audit/service.js';
import { isIsoDay, today } from '../core/time.js';
import { analyze, DEFAULT_CONFIG, findingTypeMessage, type DetectorConfig } from './detectors/index.js';
import { monitoringInput } from './sources.js';
import type { Finding } from './model.js';
import * as store from './store.js';
import { notify } from '../notifications/service.js';

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2003 || year > 2100) throw invalid(m('analysis.year', { first: '2003', year: String(year) }), [detail('year', field('outOfRange'))]);
}

export interface AnalysisOptions {
  /** the day the analysis is made (ages of discrepancies count to it); default today */
  asOf?: string;
}

/** Runs every detector on the year (and the year before, for trends); does not store anything. */
export async function detect(db: Db, actor: Actor, year: number, config: DetectorConfig = DEFAULT_CONFIG, opts: AnalysisOptions = {}): Promise<Finding[]> {
  authorize(actor, 'findings.run');
  checkYear(year);
  if (opts.asOf !== undefined && !isIsoDay(opts.asOf)) throw invalid(m('analysis.day', { day: opts.asOf }), [detail('asOf', field('notADay'))]);
  return analyze(await monitoringInput(db, year, opts.asOf ?? today()), config);
}

export interface AnalysisResult {
  year: number;
  findings: store.StoredFinding[];
  new: number;
}

/** Runs the detectors and keeps what they find: new findings open, known ones refreshed with their status kept. */
export async function run(db: Db, actor: Actor, year: number, config?: DetectorConfig, opts: AnalysisOptions = {}): Promise<AnalysisResult> {
  const found = await detect(db, actor, year, config, opts);
  let created = 0;
  const now = new Date();
  await transaction(db, async (tx) => {
    for (const f of found) {
      const known = await store.byKey(tx, f.participant, f.type, f.period);
      if (known) await store.refresh(tx, f.participant, known.id, f, now);
      else {
        await store.insert(tx, randomUUID(), f, now);
        created++;
      }
    }
    await audit.record(tx, actor, 'findings.run', String(year), { found: found.length, new: created });
  });
  const kept = await store.list(db, { year });
  const keys = new Set(found.map((f) => `${f.participant}|${f.type}|${f.period}`));
  return { year, findings: kept.filter((f) => keys.has(`${f.participant}|${f.type}|${f.period}`)), new: created };
}

export async function list(db: Db, actor: Actor, filter: { year?: number; participant?: string; type?: string; status?: string; severity?: string }) {
  authorize(actor, 'findings.read');
  return store.list(db, filter);
}

export async function get(db: Db, actor: Actor, id: string) {
  authorize(actor, 'findings.read');
  const f = await store.byId(db, id);
  if (!f) throw notFound(m('finding.unknown', { id }));
  return { ...f, comments: await store.comments(db, f.participant, f.id) };
}

export interface FindingChange {
  status?: 'open' | 'acknowledged' | 'closed';
  assignee?: string | null;
  outcome?: string | null;
  comment?: string;
}

export async function change(db: Db, actor: Actor, id: string, change: FindingChange) {
  authorize(actor, 'findings.manage');
  await transaction(db, async (tx) => {
    const f = await store.byId(tx, id);
    if (!f) throw notFound(m('finding.unknown', { id }));
    if (change.status === 'closed' && !(change.outcome ?? f.outcome)) throw invalid(m('finding.needsOutcome'), [detail('outcome', m('finding.requiredToClose'))]);
    const set = {
      ...(change.status !== undefined && { status: change.status }),
      ...(change.assignee !== undefined && { assignee: change.assignee }),
      ...(change.outcome !== undefined && { outcome: change.outcome }),
    };
    if (Object.keys(set).length) await store.update(tx, f.participant, f.id, set);
    if (change.assignee && change.assignee !== f.assignee) await notify(tx, { kind: 'finding.assigned', subject: m('finding.assigned.subject', { type: findingTypeMessage(f.type), participant: country(f.participant), period: f.period }), body: m('finding.assigned.body', { by: actor.name, summary: f.summary, severity: m(`severity.${f.severity}`) }), link: `/findings/${f.id}`, participant: f.participant, to: { logins: [change.assignee] } });
    if (change.comment) await store.insertComment(tx, { participant: f.participant, finding_id: f.id, id: randomUUID(), at: new Date(), author: actor.name, text: change.comment });
    await audit.record(tx, actor, 'findings.update', id, { participant: f.participant, type: f.type, period: f.period, ...set, ...(change.comment && { comment: change.comment }) });
  });
  return get(db, actor, id);
}
