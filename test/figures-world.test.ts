// Issue #14: the figures of a simulated 2006 world against the world itself. Every published count of
// certificates (the annual summary per Participant and for the world, its public route and CSV, the
// analyses, the figures from certificates, the Chair's annual report) is compared with a direct SQL
// count of distinct certificates over the same store; the habitual non-submitters are those the
// generator made so; no certificate lacks its authority's name. One world per engine, shared.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from './support/store.js';
import type { Store } from '../src/db/store.js';
import { localOperator, PUBLIC } from '../src/auth/model.js';
import { configure } from '../src/certificates/keys.js';
import { certificateFigures, monitoringFacts } from '../src/certificates/service.js';
import * as statistics from '../src/statistics/service.js';
import * as annualSummary from '../src/statistics/annual-summary.js';
import * as analysis from '../src/statistics/analysis.js';
import { compareWithCertificates } from '../src/statistics/certificate-figures.js';
import { habitualFailures } from '../src/statistics/compliance.js';
import { quartersOf } from '../src/statistics/model.js';
import * as participants from '../src/participants/service.js';
import { statisticsSection } from '../src/governance/reports/annual.js';
import { buildServer } from '../src/http/server.js';
import { runSimulation } from '../src/simulation/service.js';
import type { SubmissionBehaviour } from '../src/simulation/calibration.js';
import { simulate } from '../src/simulation/generate.js';
import { registryView } from '../src/simulation/registry.js';

const ADMIN = localOperator();
const YEAR = 2006;
const SEED = 1;

/** Distinct certificates per Participant, counted in SQL over the store (not cancelled; quarters the Participant reported). */
async function directCounts(store: Store) {
  // exports: certificates a Participant issued in a quarter for which its trade figures are current
  const exports = await sql<{ participant: string; n: number }>`
    select c.participant, count(*)::int as n
    from certificates c
    join statistics_submissions s on s.reporter = c.participant and s.kind = 'trade' and s.current
      and s.period = extract(year from c.issued_at at time zone 'UTC')::int || '-Q' || extract(quarter from c.issued_at at time zone 'UTC')::int
    where c.cancelled_at is null and c.year = ${YEAR}
    group by c.participant`.execute(store.db);
  // imports: certificates a Participant confirmed as received in a quarter it reported
  const imports = await sql<{ participant: string; n: number }>`
    select k.participant, count(*)::int as n
    from certificate_confirmations k
    join certificates c on c.participant = k.certificate_participant and c.number = k.certificate_number
    join statistics_submissions s on s.reporter = k.participant and s.kind = 'trade' and s.current
      and s.period = extract(year from k.received_on)::int || '-Q' || extract(quarter from k.received_on)::int
    where c.cancelled_at is null and extract(year from k.received_on) = ${YEAR}
    group by k.participant`.execute(store.db);
  const map = (rows: { participant: string; n: number }[]) => new Map(rows.map((r) => [r.participant, Number(r.n)]));
  return { exports: map(exports.rows), imports: map(imports.rows) };
}

describe.each(engines)('the figures of a simulated 2006 world on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let direct: Awaited<ReturnType<typeof directCounts>>;
  let behaviours: Record<string, SubmissionBehaviour>;
  beforeAll(async () => {
    store = await freshStore(engine);
    configure(store, { masterKey: randomBytes(32) });
    await runSimulation(store, { from: YEAR, to: YEAR, seed: SEED, scenario: 'none' });
    direct = await directCounts(store);
    // the generator's own view of the same world: who it made a habitual non-submitter
    const registry = registryView(await participants.statusPeriods(store.db));
    behaviours = [...simulate({ from: YEAR, to: YEAR, seed: SEED, registry })][0]!.behaviours;
    app = await buildServer({ store, webDir: null });
  }, 900_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

  it('has certificates of several HS lines, each counted once in the summary per Participant and for the world', async () => {
    const multi = await sql<{ n: number }>`select count(*)::int as n from certificates where jsonb_array_length(document::jsonb -> 'goods') > 1`.execute(store.db);
    expect(Number(multi.rows[0]!.n)).toBeGreaterThan(0);
    const s = await annualSummary.summary(store.db, ADMIN, YEAR);
    for (const p of s.participants) {
      expect({ participant: p.participant, exports: p.exports.certificates, imports: p.imports.certificates }).toEqual({
        participant: p.participant,
        exports: direct.exports.get(p.participant) ?? 0,
        imports: direct.imports.get(p.participant) ?? 0,
      });
    }
    expect(s.world.exports.certificates).toBe(sum(direct.exports));
    expect(s.world.imports.certificates).toBe(sum(direct.imports));
  });

  it('publishes the same counts through the released summary, its CSV, and the Chair’s annual report', async () => {
    await annualSummary.release(store.db, ADMIN, YEAR, { note: 'issue #14' });
    const res = await app.inject({ url: `/api/statistics/summary?year=${YEAR}` });
    expect(res.statusCode).toBe(200);
    const published = res.json() as annualSummary.AnnualSummary;
    expect(published.status).toBe('released');
    expect(published.world.exports.certificates).toBe(sum(direct.exports));
    expect(published.world.imports.certificates).toBe(sum(direct.imports));
    const csv = await app.inject({ url: `/api/statistics/summary.csv?year=${YEAR}` });
    const world = csv.body.trim().split('\n').at(-1)!.split(',');
    expect([world[0], Number(world[7]), Number(world[10])]).toEqual(['WORLD', sum(direct.exports), sum(direct.imports)]);
    const data: Record<string, unknown> = {};
    await statisticsSection(store.db, YEAR, 'en', data);
    expect((data.statistics as { world: annualSummary.Figures }).world.exports.certificates).toBe(sum(direct.exports));
    expect((await annualSummary.summary(store.db, PUBLIC, YEAR)).world.exports.certificates).toBe(sum(direct.exports));
  });

  it('adds up to the same counts in the analyses: series over the quarters and the partner matrix', async () => {
    const reporters = [...direct.exports.keys()].sort();
    const series = await analysis.series(store.db, ADMIN, reporters, YEAR, YEAR);
    for (const s of series) {
      const exported = s.points.reduce((a, p) => a + (p.exports?.certificates ?? 0), 0);
      expect([s.participant, exported]).toEqual([s.participant, direct.exports.get(s.participant) ?? 0]);
    }
    for (const flow of ['export', 'import'] as const) {
      const m = await analysis.matrix(store.db, ADMIN, YEAR, flow);
      const byReporter = new Map<string, number>();
      for (const c of m.cells) byReporter.set(c.reporter, (byReporter.get(c.reporter) ?? 0) + c.certificates);
      const expected = flow === 'export' ? direct.exports : direct.imports;
      expect(byReporter).toEqual(new Map([...expected].filter(([code]) => byReporter.has(code))));
      expect(sum(byReporter)).toBe(sum(expected));
    }
  });

  it('counts distinct certificates in the figures from certificates, quarter by quarter', async () => {
    const perQuarter = await sql<{ participant: string; period: string; flow: 'export' | 'import'; n: number }>`
      select c.participant, extract(year from c.issued_at at time zone 'UTC')::int || '-Q' || extract(quarter from c.issued_at at time zone 'UTC')::int as period, 'export' as flow, count(*)::int as n
      from certificates c where c.cancelled_at is null and c.year = ${YEAR} group by 1, 2
      union all
      select k.participant, extract(year from k.received_on)::int || '-Q' || extract(quarter from k.received_on)::int, 'import', count(*)::int
      from certificate_confirmations k join certificates c on c.participant = k.certificate_participant and c.number = k.certificate_number
      where c.cancelled_at is null and extract(year from k.received_on) = ${YEAR} group by 1, 2`.execute(store.db);
    const expected = new Map(perQuarter.rows.map((r) => [`${r.participant} ${r.period} ${r.flow}`, Number(r.n)]));
    const source = certificateFigures(store);
    const got = new Map<string, number>();
    const codes = [...new Set(perQuarter.rows.map((r) => r.participant))].sort();
    for (const code of codes) {
      for (const q of quartersOf(YEAR)) {
        const submitted = (await statistics.listSubmissions(store.db, ADMIN, code, { kind: 'trade', period: q.id })).some((s) => s.current);
        // the published comparison where the Participant reported; the source itself otherwise
        const lines = submitted
          ? (await compareWithCertificates(store.db, ADMIN, code, q.id, source)).lines.map((l) => ({ flow: l.flow, certificates: l.fromCertificates.certificates }))
          : await source.figures(code, { start: q.start, end: q.end });
        for (const l of lines) {
          const k = `${code} ${q.id} ${l.flow}`;
          if (l.certificates) got.set(k, (got.get(k) ?? 0) + l.certificates);
        }
      }
    }
    expect(got).toEqual(expected);
  });

  it('gives monitoring one fact per certificate, whatever its lines (the certificate-pattern detector counts them)', async () => {
    const facts = await monitoringFacts(store, { start: `${YEAR}-01-01`, end: `${YEAR}-12-31` });
    const issued = await sql<{ n: number }>`select count(*)::int as n from certificates where issued_at >= ${`${YEAR}-01-01`}::date and issued_at < ${`${YEAR + 1}-01-01`}::date`.execute(store.db);
    expect(facts.length).toBe(Number(issued.rows[0]!.n));
    expect(new Set(facts.map((f) => `${f.participant} ${f.number}`)).size).toBe(facts.length);
  });

  it('lists as habitual non-submitters exactly those the generator made so', async () => {
    const never = Object.keys(behaviours).filter((c) => behaviours[c] === 'never').sort();
    expect(never.length).toBeGreaterThan(0);
    // judged after the last due date of the year's quarters (and before the next year's first)
    const h = await habitualFailures(store.db, PUBLIC, { asOf: `${YEAR + 1}-03-15` });
    expect(h.periods).toEqual(quartersOf(YEAR).map((q) => q.id));
    expect(h.participants.map((p) => p.participant).sort()).toEqual(never);
    const production = await habitualFailures(store.db, PUBLIC, { kind: 'production', asOf: `${YEAR + 1}-03-15`, of: 2 });
    expect(production.participants.map((p) => p.participant).sort()).toEqual(never);
  });

  it('names the issuing authority on every certificate', async () => {
    const r = await sql<{ total: number; unnamed: number }>`
      select count(*)::int as total, count(*) filter (where coalesce(document::jsonb -> 'issuer' ->> 'authority', '') = '')::int as unnamed from certificates`.execute(store.db);
    expect(Number(r.rows[0]!.total)).toBeGreaterThan(0);
    expect(Number(r.rows[0]!.unnamed)).toBe(0);
  });
});
