// A Participant's totals for a year, computed in one place for every detector: production (with its
// artisanal share), exports, imports taken from both sides' reports, and what was available to export.
import type { MonitoringInput, TradeFigure } from './model.js';

export interface Totals {
  carats: number;
  usd: number;
}

export interface ParticipantYear {
  production: Totals;
  /** share of the carats produced that were mined artisanally (alluvial diggers) */
  artisanalShare: number;
  exports: Totals;
  /** per partner the larger of the importer's and the exporter's report */
  imports: Totals;
  /** production + imports: what the Participant had to export */
  available: Totals;
}

const zero = (): Totals => ({ carats: 0, usd: 0 });

export interface YearTotals {
  production: Map<string, Totals>;
  artisanal: Map<string, number>;
  exports: Map<string, Totals>;
  imports: Map<string, Totals>;
  /** every Participant with a figure in the year */
  participants: string[];
  of(p: string): ParticipantYear;
}

/** Sums by Participant for one year: production, exports, and imports taken from both sides' reports. */
export function yearTotals(input: Pick<MonitoringInput, 'trade' | 'production'>, year: number): YearTotals {
  const inYear = (period: string) => period.startsWith(String(year));
  const production = new Map<string, Totals>();
  const artisanalCarats = new Map<string, number>();
  for (const r of input.production) {
    if (!inYear(r.period)) continue;
    const t = production.get(r.reporter) ?? zero();
    t.carats += r.carats;
    t.usd += r.value_usd;
    production.set(r.reporter, t);
    if (r.mining === 'artisanal') artisanalCarats.set(r.reporter, (artisanalCarats.get(r.reporter) ?? 0) + r.carats);
  }
  const exports = new Map<string, Totals>();
  const reportedImports = new Map<string, Totals>(); // importer|exporter → what the importer says
  const mirrorImports = new Map<string, Totals>(); // importer|exporter → what the exporter says
  const add = (m: Map<string, Totals>, k: string, r: TradeFigure) => {
    const t = m.get(k) ?? zero();
    t.carats += r.carats;
    t.usd += r.value_usd;
    m.set(k, t);
  };
  for (const r of input.trade) {
    if (!inYear(r.period)) continue;
    if (r.flow === 'export') {
      add(exports, r.reporter, r);
      add(mirrorImports, `${r.partner}|${r.reporter}`, r);
    } else add(reportedImports, `${r.reporter}|${r.partner}`, r);
  }
  // Imports: per partner the larger of the two reports, so an importer's omission cannot make its
  // exports look unexplained (the mirror discrepancy is a finding of its own).
  const imports = new Map<string, Totals>();
  for (const k of new Set([...reportedImports.keys(), ...mirrorImports.keys()])) {
    const importer = k.split('|')[0]!;
    const a = reportedImports.get(k) ?? zero();
    const b = mirrorImports.get(k) ?? zero();
    const t = imports.get(importer) ?? zero();
    t.carats += Math.max(a.carats, b.carats);
    t.usd += Math.max(a.usd, b.usd);
    imports.set(importer, t);
  }
  const artisanal = new Map<string, number>();
  for (const [p, q] of production) artisanal.set(p, q.carats > 0 ? (artisanalCarats.get(p) ?? 0) / q.carats : 0);
  const participants = [...new Set([...production.keys(), ...exports.keys(), ...imports.keys()])].sort();
  const of = (p: string): ParticipantYear => {
    const q = production.get(p) ?? zero();
    const x = exports.get(p) ?? zero();
    const m = imports.get(p) ?? zero();
    return { production: q, artisanalShare: artisanal.get(p) ?? 0, exports: x, imports: m, available: { carats: q.carats + m.carats, usd: q.usd + m.usd } };
  };
  return { production, artisanal, exports, imports, participants, of };
}
