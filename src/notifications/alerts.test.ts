// Each alert is raised by its real workflow, in the same transaction, to the people concerned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { transaction } from '../db/transaction.js';
import * as statistics from '../statistics/service.js';
import * as anomalies from '../statistics/anomalies.js';
import * as reconciliation from '../statistics/reconciliation.js';
import * as monitoring from '../monitoring/service.js';
import * as findingStore from '../monitoring/store.js';
import { findingTypeName } from '../monitoring/detectors/index.js';
import { remindSubmissions } from '../statistics/reminders.js';
import * as service from './service.js';

const ADMIN = localOperator();
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe.each(engines)('alerts raised by the workflows on %s', (engine) => {
  let store: Store;
  const actor: Record<string, Actor> = {};
  const box = async (key: string) => (await service.inbox(store.db, actor[key]!)).notifications;
  beforeAll(async () => {
    store = await freshStore(engine);
    const cast = [
      ['za', 'ZA', ['officer'], []],
      ['zaCustoms', 'ZA', ['customs'], []],
      ['bw', 'BW', ['officer'], []],
      ['gh', 'GH', ['officer'], []],
      ['wgs', 'CA', ['wg-member'], ['WGS']],
      ['wgm', 'EU', ['wg-member'], ['WGM']],
    ] as const;
    for (const [key, member, roles, groups] of cast) {
      const u = await auth.createUser(store.db, SYSTEM, { name: `${key} user`, login: `${key.toLowerCase()}.user`, member, roles: [...roles], groups: [...groups] });
      actor[key] = await auth.actorFromToken(store.db, (await auth.issueToken(store.db, SYSTEM, u.id)).token);
    }
    await statistics.importFile(store.db, ADMIN, 'trade', 'csv', csv([
      'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
      'ZA,2006-Q2,export,BW,7102.10,1000,100000,1',
      'ZA,2006-Q3,export,BW,7102.10,2000,200000,1',
      'BW,2006-Q3,import,ZA,7102.10,1500,150000,1',
    ]), { source: 'test' });
  });
  afterAll(() => store.close());

  it('a questionnaire reaches the Participant’s officers only', async () => {
    const raised = await anomalies.raiseQuestionnaires(store.db, ADMIN, 2006);
    expect(raised.map((q) => [q.participant, q.period, q.measure])).toEqual([['ZA', '2006-Q3', 'exports_carats'], ['ZA', '2006-Q3', 'exports_usd']]);
    const za = await box('za');
    expect(za.map((n) => n.kind)).toEqual(['questionnaire', 'questionnaire']);
    expect(za[0]!.subject).toMatch(/^South Africa: questionnaire on exports in (carats|US\$), 2006-Q3, from the working group on statistics$/);
    expect(za.map((n) => n.body).join('\n')).toMatch(/^Your exports in carats went from 1,000 in 2006-Q2 to 2,000 in 2006-Q3 \(\+100 %\)/m);
    expect(za.every((n) => n.participant === 'ZA')).toBe(true);
    expect(await box('zaCustoms')).toEqual([]);
    expect(await box('bw')).toEqual([]);
  });

  it('an opened discrepancy reaches both Participants’ officers and the working group on statistics', async () => {
    await reconciliation.open(store.db, actor.wgs!, { exporter: 'ZA', importer: 'BW', period: '2006-Q3' });
    for (const key of ['za', 'bw', 'wgs']) {
      const d = (await box(key)).filter((n) => n.kind === 'discrepancy.assigned');
      expect(d.map((n) => n.subject), key).toEqual(['Discrepancy opened: South Africa → Botswana, 2006-Q3']);
    }
    expect((await box('za')).find((n) => n.kind === 'discrepancy.assigned')!.body).toContain('South Africa reported exports of 2,000.00 ct, Botswana imports of 1,500.00 ct');
    expect((await box('gh')).length).toBe(0);
    expect((await box('wgm')).length).toBe(0);
  });

  it('a finding assigned reaches the assignee, once, and a refused change alerts nobody', async () => {
    const id = randomUUID();
    await transaction(store.db, (tx) => findingStore.insert(tx, id, { type: 'neighbour_surge', participant: 'GH', period: '2006', severity: 'high', summary: 'Ghana exports grew while Côte d’Ivoire is embargoed', evidence: { rule: 'test', figures: {} } } as never, new Date()));
    await expect(monitoring.change(store.db, actor.wgm!, id, { status: 'closed', assignee: 'wgs.user' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await box('wgs')).toHaveLength(1); // only the discrepancy
    await monitoring.change(store.db, actor.wgm!, id, { assignee: 'wgs.user' });
    await monitoring.change(store.db, actor.wgm!, id, { assignee: 'wgs.user', comment: 'same assignee again' });
    const assigned = (await box('wgs')).filter((n) => n.kind === 'finding.assigned');
    expect(assigned.map((n) => [n.participant, n.link])).toEqual([['GH', `/findings/${id}`]]);
    // the kind of finding named as its detector names it
    expect(assigned[0]!.subject).toBe(`Finding assigned to you: ${findingTypeName('neighbour_surge', 'en')}, Ghana, 2006`);
    expect(assigned[0]!.body).toBe('wgm user (wgm.user) assigned you the monitoring finding "Ghana exports grew while Côte d’Ivoire is embargoed" (high severity).');
    expect((await box('wgm')).length).toBe(0);
  });

  it('the submission-due sweep alerts officers of periods due soon or overdue, once per Participant and period', async () => {
    // 2006-Q3 is due on 2006-11-30 (two months after the quarter): on 2006-11-20 it is due within 14 days
    const first = await remindSubmissions(store.db, ADMIN, { on: '2006-11-20' });
    const gh = first.due.filter((d) => d.participant === 'GH');
    expect(gh.map((d) => [d.kind, d.period, d.dueDate, d.overdue])).toEqual(expect.arrayContaining([['trade', '2006-Q3', '2006-11-30', false], ['trade', '2006-Q2', '2006-08-31', true]]));
    const ghBox = (await box('gh')).filter((n) => n.kind === 'submission.due');
    expect(ghBox.length).toBe(gh.length);
    expect(ghBox.map((n) => n.subject)).toContain('Ghana: trade statistics for 2006-Q3 are due on 30 November 2006');
    // again: nobody is alerted twice
    const again = await remindSubmissions(store.db, ADMIN, { on: '2006-11-20' });
    expect(again.due.every((d) => d.alerted === 0)).toBe(true);
    expect((await box('gh')).filter((n) => n.kind === 'submission.due').length).toBe(gh.length);
    // once the due date passed, the overdue alert comes (another key)
    await remindSubmissions(store.db, ADMIN, { on: '2006-12-05' });
    expect((await box('gh')).map((n) => n.subject)).toContain('Ghana: trade statistics for 2006-Q3 are overdue (due 30 November 2006)');
    expect(await box('zaCustoms')).toEqual([]);
    await expect(remindSubmissions(store.db, actor.gh!, {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a submission made answers the reminder: its Participant is no longer listed for that period', async () => {
    const now = await remindSubmissions(store.db, ADMIN);
    const periods = [...new Set(now.due.filter((d) => d.participant === 'GH' && d.kind === 'trade').map((d) => d.period))];
    expect(periods.length).toBeGreaterThan(0);
    expect(now.due.filter((d) => d.participant === 'ZA' && d.kind === 'trade').map((d) => d.period)).toEqual(expect.arrayContaining(periods));
    await statistics.importFile(store.db, ADMIN, 'trade', 'csv', csv(['reporter,period,flow,partner,hs_code,carats,value_usd,certificates', ...periods.map((p) => `ZA,${p},export,BW,7102.10,10,1000,1`)]), { source: 'test' });
    const after = await remindSubmissions(store.db, ADMIN);
    expect(after.due.filter((d) => d.participant === 'ZA' && d.kind === 'trade').map((d) => d.period).filter((p) => periods.includes(p))).toEqual([]);
    expect(after.due.filter((d) => d.participant === 'GH' && d.kind === 'trade').map((d) => d.period)).toEqual(expect.arrayContaining(periods));
  });
});
