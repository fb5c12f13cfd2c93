// The annual summary of the statistics and its release: the live figures of a year summed from the
// current versions, who sees the draft, the working group's release, and the public CSV download.
import { canonicalJson } from '../core/canonical-json.js';
import type { Db, Tx } from '../db/store.js';
import { m as refusal } from './review-messages.js';
import { transaction } from '../db/transaction.js';
import { detail, invalid, notFound } from '../core/errors.js';
import { field } from '../core/messages.js';
import type { Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as audit from '../audit/service.js';
import * as participants from '../participants/service.js';
import { fromCents, perCarat, toCents } from './amounts.js';
import * as store from './store.js';

export interface Figures {
  production: { carats: number; valueUsd: number; usdPerCarat: number | null };
  exports: { carats: number; valueUsd: number; usdPerCarat: number | null; certificates: number };
  imports: { carats: number; valueUsd: number; usdPerCarat: number | null; certificates: number };
}

export interface SummaryLine extends Figures {
  participant: string;
  name: string;
}

export interface AnnualSummary {
  year: number;
  /** draft: the working group has not released this year, or the figures changed since it did */
  status: 'draft' | 'released';
  release: { version: number; releasedAt: string; releasedBy: string; note: string | null } | null;
  /** for the working group: the live figures differ from what was released */
  changedSinceRelease?: boolean;
  participants: SummaryLine[];
  world: Figures;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw invalid(refusal('year.formRange', { from: '1990', to: '2100', year: String(year) }), [detail('year', field('notAYear'))]);
}

/** The live figures of a year, summed by SQL from the totals of the current versions. */
export async function computeSummary(db: Db | Tx, year: number): Promise<Pick<AnnualSummary, 'participants' | 'world'>> {
  const [rows, registry] = await Promise.all([store.yearTotals(db, year), participants.list(db, { at: `${year}-12-31` })]);
  const names = new Map(registry.map((p) => [p.code, p.name]));
  const c = (v: string | null) => (v === null ? 0 : toCents(v));
  const world = { pc: 0, pv: 0, xc: 0, xv: 0, xn: 0, mc: 0, mv: 0, mn: 0 };
  const figures = (pc: number, pv: number, xc: number, xv: number, xn: number, mc: number, mv: number, mn: number): Figures => ({
    production: { carats: fromCents(pc), valueUsd: fromCents(pv), usdPerCarat: perCarat(pv, pc) },
    exports: { carats: fromCents(xc), valueUsd: fromCents(xv), usdPerCarat: perCarat(xv, xc), certificates: xn },
    imports: { carats: fromCents(mc), valueUsd: fromCents(mv), usdPerCarat: perCarat(mv, mc), certificates: mn },
  });
  const lines = rows.map((r) => {
    const v = [c(r.production_carats), c(r.production_usd), c(r.exports_carats), c(r.exports_usd), Number(r.exports_certificates ?? 0), c(r.imports_carats), c(r.imports_usd), Number(r.imports_certificates ?? 0)] as const;
    world.pc += v[0];
    world.pv += v[1];
    world.xc += v[2];
    world.xv += v[3];
    world.xn += v[4];
    world.mc += v[5];
    world.mv += v[6];
    world.mn += v[7];
    return { participant: r.reporter, name: names.get(r.reporter) ?? r.reporter, ...figures(...v) };
  });
  return { participants: lines, world: figures(world.pc, world.pv, world.xc, world.xv, world.xn, world.mc, world.mv, world.mn) };
}

/**
 * The annual summary. Once the working group has released the year, anyone reads the figures as
 * released. Before, only the working group on statistics, the Chair and administrators see the
 * draft; everyone else gets 404 not_found ("not released yet"), the same answer whether or not
 * figures exist, so an unreleased year reveals nothing. The working group always sees the live
 * figures, with `changedSinceRelease` when they moved after the release.
 */
export async function summary(db: Db, actor: Actor, year: number): Promise<AnnualSummary> {
  authorize(actor, 'statistics.summary.read');
  checkYear(year);
  const release = await store.latestRelease(db, year);
  const releaseInfo = release ? { version: release.version, releasedAt: new Date(release.released_at).toISOString(), releasedBy: release.released_by, note: release.note } : null;
  if (can(actor, 'statistics.draft.read')) {
    const live = await computeSummary(db, year);
    if (!release) return { year, status: 'draft', release: null, ...live };
    const released = release.summary as Pick<AnnualSummary, 'participants' | 'world'>;
    // jsonb keeps keys in its own order: compare canonical forms
    const changed = canonicalJson(released) !== canonicalJson(live);
    return { year, status: changed ? 'draft' : 'released', release: releaseInfo, changedSinceRelease: changed, ...live };
  }
  if (!release) throw notFound(refusal('summary.notReleased', { year: String(year) }));
  const released = release.summary as Pick<AnnualSummary, 'participants' | 'world'>;
  // the public sees the group's release, not the person who pressed the button
  return { year, status: 'released', release: { ...releaseInfo!, releasedBy: 'Working Group on Statistics' }, ...released };
}

/** The working group releases a year: the summary as it stands becomes public (a re-release replaces it). */
export async function release(db: Db, actor: Actor, year: number, opts: { note?: string; now?: Date } = {}): Promise<AnnualSummary> {
  authorize(actor, 'statistics.release');
  checkYear(year);
  await transaction(db, async (tx) => {
    const live = await computeSummary(tx, year);
    if (live.participants.length === 0) throw invalid(refusal('release.empty', { year: String(year) }), [detail('year', refusal('release.emptyDetail'))]);
    const last = await store.latestRelease(tx, year);
    const version = (last?.version ?? 0) + 1;
    await store.insertRelease(tx, { year, version, releasedAt: opts.now ?? new Date(), releasedBy: actor.name, note: opts.note ?? null, summary: live });
    await audit.record(tx, actor, 'statistics.release', String(year), { version, participants: live.participants.length, world: live.world, note: opts.note ?? null });
  });
  return summary(db, actor, year);
}

export async function releases(db: Db) {
  return (await store.releasedYears(db)).map((r) => ({ year: r.year, version: Number(r.version), releasedAt: new Date(r.released_at as unknown as string).toISOString() }));
}

/** The summary as CSV: one line per Participant, then WORLD (the public download). */
export function summaryCsv(s: AnnualSummary): string {
  const header = 'participant,name,production_carats,production_usd,production_usd_per_carat,exports_carats,exports_usd,exports_certificates,imports_carats,imports_usd,imports_certificates';
  const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const n = (v: number | null) => (v === null ? '' : v.toFixed(2));
  const line = (code: string, name: string, f: Figures) =>
    [q(code), q(name), n(f.production.carats), n(f.production.valueUsd), n(f.production.usdPerCarat), n(f.exports.carats), n(f.exports.valueUsd), String(f.exports.certificates), n(f.imports.carats), n(f.imports.valueUsd), String(f.imports.certificates)].join(',');
  return [header, ...s.participants.map((p) => line(p.participant, p.name, p)), line('WORLD', 'World', s.world)].join('\n') + '\n';
}
