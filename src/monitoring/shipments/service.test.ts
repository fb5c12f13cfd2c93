// The suspicious-shipment workflow over HTTP: an officer reports (the certificate verified, the Chair
// and the monitoring group alerted), the reporting Participant sees its own and no other Participant
// sees it, the group links it to a finding, an enforcement action is reported to the Chair; all audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { localOperator, SYSTEM } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import * as certificates from '../../certificates/service.js';
import { buildServer } from '../../http/server.js';
import * as findings from '../store.js';

describe.each(engines)('suspicious shipment reports on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  let genuine: string;
  let findingId: string;
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const report = {
    suspectedOrigin: 'CI',
    declaredOrigin: 'GH',
    carats: 1250.5,
    valueUsd: 61_000,
    exporter: 'Accra Gem Traders',
    exporterCountry: 'GH',
    description: 'Parcel of unsorted goods typical of Séguéla (Côte d’Ivoire): coated octahedra, declared as Ghanaian alluvial.',
  };

  beforeAll(async () => {
    store = await freshStore(engine);
    certificates.configure(store, { masterKey: randomBytes(32) });
    app = await buildServer({ store, webDir: null });
    for (const [who, member, roles, groups] of [
      ['ae', 'AE', ['officer'], []],
      ['bw', 'BW', ['officer'], []],
      ['monitor', 'EU', ['wg-member'], ['WGM']],
      ['statistician', 'CA', ['wg-member'], ['WGS']],
      ['chair', 'BW', ['chair'], []],
    ] as const) {
      const u = await auth.createUser(store.db, SYSTEM, { name: who, member, roles: [...roles], groups: [...groups] });
      users[who] = u.id;
      tokens[who] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
    }
    genuine = (await certificates.issue(store, localOperator('GH'), {
      exporter: { name: 'Accra Gem Traders', address: 'Accra', country: 'GH' },
      importer: { name: 'Dubai Rough DMCC', address: 'Almas Tower, Dubai', country: 'AE' },
      origin: 'GH',
      goods: [{ hsCode: '7102.10', carats: 1250.5, valueUsd: 61_000 }],
      parcels: 1,
    })).number;
    findingId = crypto.randomUUID();
    await store.db.transaction().execute((tx) =>
      findings.insert(tx, findingId, { type: 'neighbour_surge', participant: 'GH', period: '2006', severity: 'high', summary: "GH's exports rose 31 % in 2006 while its neighbour CI was under a UN measure.", evidence: { rule: 'r', figures: { neighbour: 'CI' }, score: 1, reason: { variant: 'default', params: {} } } }, new Date()),
    );
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('takes a report from an officer, verifies its certificate, and alerts the Chair and the monitoring group (not the rest)', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/shipments', headers: as('ae'), payload: { ...report, certificateNumber: genuine } });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ participant: 'AE', suspectedOrigin: 'CI', certificateNumber: genuine, certificateVerdict: 'genuine', carats: 1250.5, status: 'open', findings: [], enforcement: [] });
    const forged = await app.inject({ method: 'POST', url: '/api/shipments', headers: as('ae'), payload: { ...report, certificateNumber: 'GH-2006-999999', carats: 300, valueUsd: null } });
    expect(forged.json()).toMatchObject({ certificateVerdict: 'not-in-log', valueUsd: null });
    const inbox = await sql<{ user_id: string; subject: string; link: string }>`select user_id, subject, link from notifications where kind = 'suspicious-shipment' order by created_at`.execute(store.db);
    const alerted = new Set(inbox.rows.map((n) => n.user_id));
    expect(alerted).toEqual(new Set([users.chair, users.monitor]));
    expect(inbox.rows.find((n) => n.link === `/shipments/${r.id}`)!.subject).toBe("Suspicious shipment reported by United Arab Emirates: 1,250.5 ct, suspected origin Côte d'Ivoire");
    const audit = await sql<{ subject: string }>`select subject from audit_log where action = 'shipments.report'`.execute(store.db);
    expect(audit.rows.map((a) => a.subject)).toContain(r.id);
  });

  it('refuses bad reports naming each field, and reports from anyone but an officer', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/shipments', headers: as('ae'), payload: { ...report, certificateNumber: 'not a number', reportedOn: '2999-01-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path).sort()).toEqual(['certificateNumber', 'reportedOn']);
    expect((await app.inject({ method: 'POST', url: '/api/shipments', headers: as('monitor'), payload: report })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/shipments', payload: report })).statusCode).toBe(401);
  });

  it("shows a report to its Participant, the Chair and the monitoring group, never to another Participant's officer", async () => {
    const [r] = (await app.inject({ url: '/api/shipments?suspectedOrigin=CI', headers: as('chair') })).json().shipments as { id: string }[];
    for (const who of ['ae', 'chair', 'monitor']) expect((await app.inject({ url: `/api/shipments/${r!.id}`, headers: as(who) })).statusCode).toBe(200);
    const other = await app.inject({ url: `/api/shipments/${r!.id}`, headers: as('bw') });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain('may not shipments.read for AE');
    expect((await app.inject({ url: '/api/shipments', headers: as('bw') })).json().shipments).toEqual([]);
    expect((await app.inject({ url: '/api/shipments?participant=AE', headers: as('bw') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/shipments', headers: as('ae') })).json().shipments).toHaveLength(2);
    expect((await app.inject({ url: '/api/shipments', headers: as('monitor') })).json().shipments).toHaveLength(2);
    expect((await app.inject({ url: `/api/shipments/${r!.id}`, headers: as('statistician') })).statusCode).toBe(403);
  });

  it('is linked to a finding by the monitoring group, and takes enforcement actions reported to the Chair', async () => {
    const [r] = (await app.inject({ url: '/api/shipments?suspectedOrigin=CI', headers: as('monitor') })).json().shipments as { id: string; reportedOn: string }[];
    expect((await app.inject({ method: 'POST', url: `/api/shipments/${r!.id}/findings`, headers: as('ae'), payload: { findingId } })).statusCode).toBe(403);
    const linked = await app.inject({ method: 'POST', url: `/api/shipments/${r!.id}/findings`, headers: as('monitor'), payload: { findingId } });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().findings).toEqual([expect.objectContaining({ id: findingId, type: 'neighbour_surge', participant: 'GH' })]);

    const early = await app.inject({ method: 'POST', url: `/api/shipments/${r!.id}/enforcement`, headers: as('ae'), payload: { kind: 'seizure', takenOn: '2000-01-01', outcome: 'seized' } });
    expect(early.statusCode).toBe(400);
    expect(early.json().details[0].path).toBe('takenOn');
    expect((await app.inject({ method: 'POST', url: `/api/shipments/${r!.id}/enforcement`, headers: as('bw'), payload: { kind: 'seizure', takenOn: r!.reportedOn, outcome: 'x' } })).statusCode).toBe(403);
    const seized = await app.inject({ method: 'POST', url: `/api/shipments/${r!.id}/enforcement`, headers: as('ae'), payload: { kind: 'seizure', takenOn: r!.reportedOn, outcome: 'Goods seized at Dubai airport; the exporter charged.', carats: 1250.5, valueUsd: 61_000, penaltyUsd: 25_000 } });
    expect(seized.statusCode).toBe(201);
    expect(seized.json().enforcement).toEqual([expect.objectContaining({ kind: 'seizure', outcome: 'Goods seized at Dubai airport; the exporter charged.', penaltyUsd: 25_000, reportedBy: 'ae (ae)' })]);
    const chairInbox = await sql<{ subject: string }>`select subject from notifications where kind = 'enforcement-action' and user_id = ${users.chair!}`.execute(store.db);
    expect(chairInbox.rows[0]!.subject).toMatch(/^United Arab Emirates reports a seizure on \d{1,2} [A-Z][a-z]+ \d{4} \(SSR-AE-/);
    // the reporting officer sees the enforcement but not the group's findings
    const own = (await app.inject({ url: `/api/shipments/${r!.id}`, headers: as('ae') })).json();
    expect(own.enforcement).toHaveLength(1);
    expect(own.findings).toEqual([]);
    const audit = await sql<{ action: string }>`select action from audit_log where subject = ${r!.id} order by seq`.execute(store.db);
    expect(audit.rows.map((a) => a.action)).toEqual(['shipments.report', 'shipments.link', 'shipments.enforcement']);
  });
});
