// SQL of the statistics, and nothing else: no permissions, no rules (the review's discrepancies and questionnaires: review-store.ts).
import { sql } from 'kysely';
import type { Db, Tx } from '../db/store.js';
import { type SubmissionKind } from './model.js';
import { toCents } from './amounts.js';
import type { MirrorCell } from './mirror.js';

type Q = Db | Tx;

export interface SubmissionRecord {
  reporter: string;
  kind: SubmissionKind;
  period: string;
  version: number;
  year: number;
  submittedAt: Date;
  submittedBy: string;
  submittedByUser: string | null;
  source: string;
  rowCount: number;
  totals: SubmissionTotals;
}

/** Totals of one version, in cents (exact). */
export interface SubmissionTotals {
  exportsCarats: number;
  exportsUsd: number;
  exportsCertificates: number;
  importsCarats: number;
  importsUsd: number;
  importsCertificates: number;
  productionCarats: number;
  productionUsd: number;
}

export const NO_TOTALS: SubmissionTotals = { exportsCarats: 0, exportsUsd: 0, exportsCertificates: 0, importsCarats: 0, importsUsd: 0, importsCertificates: 0, productionCarats: 0, productionUsd: 0 };

const cents = (c: number) => (c / 100).toFixed(2);

/** The current version of each (reporter, period) asked about (absent when never submitted). */
export async function currentVersions(q: Q, kind: SubmissionKind, keys: { reporter: string; period: string }[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (keys.length === 0) return out;
  const reporters = [...new Set(keys.map((k) => k.reporter))];
  const periods = [...new Set(keys.map((k) => k.period))];
  const rows = await q
    .selectFrom('statistics_submissions')
    .select(['reporter', 'period', 'version'])
    .where('kind', '=', kind)
    .where('current', '=', true)
    .where('reporter', 'in', reporters)
    .where('period', 'in', periods)
    .execute();
  for (const r of rows) out.set(`${r.reporter} ${r.period}`, r.version);
  return out;
}

/** Current production submissions of these reporters in these years: `${reporter} ${period}`. */
export async function currentProductionPeriods(q: Q, reporters: string[], years: number[]): Promise<Set<string>> {
  if (reporters.length === 0 || years.length === 0) return new Set();
  const rows = await q
    .selectFrom('statistics_submissions')
    .select(['reporter', 'period'])
    .where('kind', '=', 'production')
    .where('current', '=', true)
    .where('reporter', 'in', reporters)
    .where('year', 'in', years)
    .execute();
  return new Set(rows.map((r) => `${r.reporter} ${r.period}`));
}

export async function retire(tx: Tx, kind: SubmissionKind, reporter: string, period: string): Promise<void> {
  await tx.updateTable('statistics_submissions').set({ current: false }).where('reporter', '=', reporter).where('kind', '=', kind).where('period', '=', period).where('current', '=', true).execute();
}

export async function insertSubmissions(tx: Tx, subs: SubmissionRecord[]): Promise<void> {
  for (let i = 0; i < subs.length; i += 1000) {
    await tx
      .insertInto('statistics_submissions')
      .values(
        subs.slice(i, i + 1000).map((s) => ({
          reporter: s.reporter,
          kind: s.kind,
          period: s.period,
          version: s.version,
          current: true,
          year: s.year,
          submitted_at: s.submittedAt,
          submitted_by: s.submittedBy,
          submitted_by_user: s.submittedByUser,
          source: s.source,
          row_count: s.rowCount,
          exports_carats: cents(s.totals.exportsCarats),
          exports_usd: cents(s.totals.exportsUsd),
          exports_certificates: s.totals.exportsCertificates,
          imports_carats: cents(s.totals.importsCarats),
          imports_usd: cents(s.totals.importsUsd),
          imports_certificates: s.totals.importsCertificates,
          production_carats: cents(s.totals.productionCarats),
          production_usd: cents(s.totals.productionUsd),
        })),
      )
      .execute();
  }
}

export interface TradeInsert {
  reporter: string;
  period: string;
  version: number;
  flow: string;
  partner: string;
  hsCode: string;
  carats: string;
  valueUsd: string;
  certificates: number;
}

const CHUNK = 20_000;

/**
 * Bulk insert through unnest: one statement and nine array parameters per chunk. The per-partner
 * sums over HS codes (statistics_trade_pairs, read by the mirror reconciliation) are written too.
 */
export async function insertTrade(tx: Tx, rows: TradeInsert[]): Promise<void> {
  const pairs = new Map<string, { r: TradeInsert; carats: number; usd: number; certificates: number }>();
  for (const r of rows) {
    const k = `${r.reporter} ${r.period} ${r.version} ${r.flow} ${r.partner}`;
    const p = pairs.get(k) ?? { r, carats: 0, usd: 0, certificates: 0 };
    p.carats += toCents(r.carats);
    p.usd += toCents(r.valueUsd);
    p.certificates += r.certificates;
    pairs.set(k, p);
  }
  const all = [...pairs.values()];
  for (let i = 0; i < all.length; i += CHUNK) {
    const c = all.slice(i, i + CHUNK);
    await sql`insert into statistics_trade_pairs (reporter, period, version, flow, partner, carats, value_usd, certificates)
      select * from unnest(${c.map((p) => p.r.reporter)}::text[], ${c.map((p) => p.r.period)}::text[], ${c.map((p) => p.r.version)}::int[],
        ${c.map((p) => p.r.flow)}::text[], ${c.map((p) => p.r.partner)}::text[], ${c.map((p) => cents(p.carats))}::numeric[],
        ${c.map((p) => cents(p.usd))}::numeric[], ${c.map((p) => p.certificates)}::int[])`.execute(tx);
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const c = rows.slice(i, i + CHUNK);
    await sql`insert into statistics_trade (reporter, period, version, flow, partner, hs_code, carats, value_usd, certificates)
      select * from unnest(${c.map((r) => r.reporter)}::text[], ${c.map((r) => r.period)}::text[], ${c.map((r) => r.version)}::int[],
        ${c.map((r) => r.flow)}::text[], ${c.map((r) => r.partner)}::text[], ${c.map((r) => r.hsCode)}::text[],
        ${c.map((r) => r.carats)}::numeric[], ${c.map((r) => r.valueUsd)}::numeric[], ${c.map((r) => r.certificates)}::int[])`.execute(tx);
  }
}

export interface ProductionInsert {
  reporter: string;
  period: string;
  version: number;
  mining: string;
  carats: string;
  valueUsd: string;
}

export async function insertProduction(tx: Tx, rows: ProductionInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const c = rows.slice(i, i + CHUNK);
    await sql`insert into statistics_production (reporter, period, version, mining, carats, value_usd)
      select * from unnest(${c.map((r) => r.reporter)}::text[], ${c.map((r) => r.period)}::text[], ${c.map((r) => r.version)}::int[],
        ${c.map((r) => r.mining)}::text[], ${c.map((r) => r.carats)}::numeric[], ${c.map((r) => r.valueUsd)}::numeric[])`.execute(tx);
  }
}

export async function submissions(q: Q, filter: { reporter?: string; kind?: SubmissionKind; period?: string; year?: number }) {
  let query = q.selectFrom('statistics_submissions').selectAll();
  if (filter.reporter) query = query.where('reporter', '=', filter.reporter);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.period) query = query.where('period', '=', filter.period);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  return query.orderBy('kind').orderBy('period').orderBy('version').execute();
}

export async function tradeRows(q: Q, reporter: string, period: string, version: number) {
  return q
    .selectFrom('statistics_trade')
    .select(['flow', 'partner', 'hs_code', 'carats', 'value_usd', 'certificates'])
    .where('reporter', '=', reporter)
    .where('period', '=', period)
    .where('version', '=', version)
    .orderBy('flow')
    .orderBy('partner')
    .orderBy('hs_code')
    .execute();
}

export async function productionRows(q: Q, reporter: string, period: string, version: number) {
  return q
    .selectFrom('statistics_production')
    .select(['mining', 'carats', 'value_usd'])
    .where('reporter', '=', reporter)
    .where('period', '=', period)
    .where('version', '=', version)
    .orderBy('mining')
    .execute();
}

/** The year's figures per reporter, from the totals of the current versions (a few hundred rows). */
export async function yearTotals(q: Q, year: number) {
  return q
    .selectFrom('statistics_submissions')
    .select((eb) => [
      'reporter',
      eb.fn.sum<string>('production_carats').as('production_carats'),
      eb.fn.sum<string>('production_usd').as('production_usd'),
      eb.fn.sum<string>('exports_carats').as('exports_carats'),
      eb.fn.sum<string>('exports_usd').as('exports_usd'),
      eb.fn.sum<string>('exports_certificates').as('exports_certificates'),
      eb.fn.sum<string>('imports_carats').as('imports_carats'),
      eb.fn.sum<string>('imports_usd').as('imports_usd'),
      eb.fn.sum<string>('imports_certificates').as('imports_certificates'),
    ])
    .where('current', '=', true)
    .where('year', '=', year)
    .groupBy('reporter')
    .orderBy('reporter')
    .execute();
}

export async function latestRelease(q: Q, year: number) {
  return q.selectFrom('statistics_releases').selectAll().where('year', '=', year).orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function releasedYears(q: Q) {
  return q.selectFrom('statistics_releases').select((eb) => ['year', eb.fn.max('version').as('version'), eb.fn.max('released_at').as('released_at')]).groupBy('year').orderBy('year').execute();
}

export async function insertRelease(tx: Tx, r: { year: number; version: number; releasedAt: Date; releasedBy: string; note: string | null; summary: unknown }) {
  await tx.insertInto('statistics_releases').values({ year: r.year, version: r.version, released_at: r.releasedAt, released_by: r.releasedBy, note: r.note, summary: JSON.stringify(r.summary) }).execute();
}

/**
 * Both sides of every flow in these quarters, from the current versions, in cents: A's exports to B
 * beside B's imports from A (HS codes summed; the two sides may classify the goods differently).
 */
export async function mirror(q: Q, periods: string[]): Promise<MirrorCell[]> {
  // One row holding the whole answer as JSON text: tens of thousands of rows cost far more to move
  // through the driver (PGlite above all) than to compute; one text value moves fast.
  const { rows } = await sql<{ cells: string | null }>`
    with cur as (
      select reporter, period, version from statistics_submissions
      where kind = 'trade' and current and period = any(${periods}::text[])
    ), t as (
      select p.reporter, p.partner, p.period, p.flow, (p.carats * 100)::bigint as c, (p.value_usd * 100)::bigint as v
      from cur join statistics_trade_pairs p on p.reporter = cur.reporter and p.period = cur.period and p.version = cur.version
    )
    select json_agg(json_build_array(
      coalesce(x.reporter, m.partner), coalesce(x.partner, m.reporter), coalesce(x.period, m.period),
      coalesce(x.c, 0), coalesce(x.v, 0), coalesce(m.c, 0), coalesce(m.v, 0)))::text as cells
    from (select * from t where flow = 'export') x
    full join (select * from t where flow = 'import') m on m.reporter = x.partner and m.partner = x.reporter and m.period = x.period`.execute(q);
  const cells = JSON.parse(rows[0]?.cells ?? '[]') as [string, string, string, number, number, number, number][];
  return cells.map(([exporter, importer, period, xc, xv, mc, mv]) => ({ exporter, importer, period, exportsCarats: xc, exportsUsd: xv, importsCarats: mc, importsUsd: mv }));
}

/** Who submitted trade for these periods (current or not: a submission counts from its first version). */
export async function firstSubmissions(q: Q, kind: SubmissionKind, periods: string[]) {
  if (periods.length === 0) return [];
  return q
    .selectFrom('statistics_submissions')
    .select((eb) => ['reporter', 'period', eb.fn.min('submitted_at').as('first_at'), eb.fn.max('version').as('versions')])
    .where('kind', '=', kind)
    .where('period', 'in', periods)
    .groupBy(['reporter', 'period'])
    .execute();
}

// ----- analyses

/** The totals of the current versions of these reporters' submissions, years from..to. */
export async function seriesTotals(q: Q, reporters: string[], from: number, to: number) {
  if (reporters.length === 0) return [];
  return q
    .selectFrom('statistics_submissions')
    .select(['reporter', 'kind', 'period', 'year', 'exports_carats', 'exports_usd', 'exports_certificates', 'imports_carats', 'imports_usd', 'imports_certificates', 'production_carats', 'production_usd'])
    .where('current', '=', true)
    .where('reporter', 'in', reporters)
    .where('year', '>=', from)
    .where('year', '<=', to)
    .orderBy('reporter')
    .orderBy('period')
    .execute();
}

/** A year's partner matrix of one flow as reported: reporter × partner sums (in cents), as one JSON text. */
export async function partnerMatrix(q: Q, year: number, flow: 'import' | 'export'): Promise<[string, string, number, number, number][]> {
  const periods = [1, 2, 3, 4].map((i) => `${year}-Q${i}`);
  const { rows } = await sql<{ cells: string | null }>`
    select json_agg(json_build_array(reporter, partner, c, v, n) order by reporter, partner)::text as cells from (
      select p.reporter, p.partner, (sum(p.carats) * 100)::bigint as c, (sum(p.value_usd) * 100)::bigint as v, sum(p.certificates)::bigint as n
      from statistics_submissions s
      join statistics_trade_pairs p on p.reporter = s.reporter and p.period = s.period and p.version = s.version
      where s.kind = 'trade' and s.current and s.period = any(${periods}::text[]) and p.flow = ${flow}
      group by p.reporter, p.partner
    ) m`.execute(q);
  return JSON.parse(rows[0]?.cells ?? '[]');
}

/** One pair's trade in both directions and both reports, per quarter of a year (sums in cents), for the partner matrix's drill-down. */
export async function pairQuarters(q: Q, year: number, a: string, b: string): Promise<{ reporter: string; partner: string; flow: 'import' | 'export'; period: string; c: number; v: number; n: number }[]> {
  const periods = [1, 2, 3, 4].map((i) => `${year}-Q${i}`);
  const { rows } = await sql<{ reporter: string; partner: string; flow: 'import' | 'export'; period: string; c: string; v: string; n: string }>`
    select p.reporter, p.partner, p.flow, p.period, (sum(p.carats) * 100)::bigint as c, (sum(p.value_usd) * 100)::bigint as v, sum(p.certificates)::bigint as n
    from statistics_submissions s
    join statistics_trade_pairs p on p.reporter = s.reporter and p.period = s.period and p.version = s.version
    where s.kind = 'trade' and s.current and s.period = any(${periods}::text[])
      and ((p.reporter = ${a} and p.partner = ${b}) or (p.reporter = ${b} and p.partner = ${a}))
    group by p.reporter, p.partner, p.flow, p.period
    order by p.period, p.reporter, p.flow`.execute(q);
  return rows.map((r) => ({ reporter: r.reporter, partner: r.partner, flow: r.flow, period: r.period, c: Number(r.c), v: Number(r.v), n: Number(r.n) }));
}
