// Worlds of varied difficulty with known truth, for the detection bench (issue 22). Each world is two
// years of statistics (the analysed year Y and the year before) of a random set of producers and
// trading hubs, with realistic noise, into which zero, one or two illicit flows of random strength are
// injected. Pure and seeded: the same seed gives the same world.
//
// Noise of a clean world (what a detector must not mistake for a case):
// - production moves by ~10 % a year (log-normal), each Participant its own way;
// - stock: exports are what was available ± a stock change (1.5 % of it for an industrial producer,
//   up to 4.5 % for an all-artisanal one, whose figures are looser);
// - shipping time: part of a year's exports (0–20 %) is the previous year's production, so a year
//   after a fall in production exports more than it produced; an importer records 0–30 % of the
//   exporter's fourth quarter in its next first quarter;
// - valuation: production is valued at the mine gate and exports at export (a mark-up of 0.9–1.25,
//   its own for each Participant), and the quality mix moves the unit value by ~6 % a year;
// - importers' reports differ from the exporters' by ~2 %.
import { Random } from '../src/simulation/random.js';
import { CENTRES, PRODUCERS } from '../src/simulation/world.js';
import type { MeasureInForce, MonitoringInput, ProductionFigure, TradeFigure } from '../src/monitoring/model.js';

export const KINDS = ['laundering', 'over-export', 'unit-value', 'two-hop', 'hub-undervaluation'] as const;
export type Kind = (typeof KINDS)[number];

export interface Injection {
  kind: Kind;
  /** the Participant whose figures carry the illicit flow (the one a detector should name) */
  participant: string;
  /** surge as a share (0.1 = 10 %) for laundering, over-export and two-hop; unit-value factor (1.5 = 1.5×) otherwise */
  strength: number;
  /** where the goods came from (laundering, two-hop) */
  source?: string;
}

export interface DetectionWorld {
  seed: number;
  year: number;
  input: MonitoringInput;
  injections: Injection[];
  producers: string[];
  hubs: string[];
}

/** The goal of issue 22 is over surges of 10 % or more and unit values of 1.5× or more. */
export const inGoal = (i: Injection) => (i.kind === 'unit-value' || i.kind === 'hub-undervaluation' ? i.strength >= 1.5 : i.strength >= 0.1);

interface Actor {
  code: string;
  hub: boolean;
  /** production by year (carats), unit value at the mine gate (US$/ct) */
  production: Record<number, number>;
  unitValue: Record<number, number>;
  artisanal: number;
  exportShare: number;
  markup: number;
  lag: number;
  stockSigma: number;
  /** destinations by weight */
  to: [string, number][];
}

const Y = 2010;
const YEARS = [Y - 2, Y - 1, Y];
const SINKS = ['TH', 'CN', 'LK'];

/** A world; `force` fixes its injections (kind and strength), used by tests. */
export function detectionWorld(seed: number, force?: { kind: Kind; strength: number }[]): DetectionWorld {
  const rng = new Random(seed * 7919 + 17);
  const pool = PRODUCERS.filter((p) => p.code !== 'IN');
  const chosen = shuffle(rng, pool).slice(0, rng.int(6, 12));
  const hubCodes = shuffle(
    rng,
    CENTRES.filter((c) => !['CN', 'TH', 'ZA'].includes(c.code)),
  )
    .slice(0, rng.int(3, 6))
    .map((c) => c.code)
    .filter((c) => !chosen.some((p) => p.code === c));
  const actors = new Map<string, Actor>();
  for (const p of chosen) {
    const q0 = p.mct * 1e6 * rng.logNormal(1, 0.4);
    const uv = (p.musd / p.mct) * rng.logNormal(1, 0.3);
    const production: Record<number, number> = {};
    const unitValue: Record<number, number> = {};
    let q = q0;
    for (const y of YEARS) {
      q *= rng.logNormal(1, 0.1);
      production[y] = q;
      unitValue[y] = uv * rng.logNormal(1, 0.06); // quality mix
    }
    const to = shuffle(rng, hubCodes).slice(0, rng.int(1, Math.min(3, hubCodes.length))).map((h) => [h, rng.between(0.2, 1)] as [string, number]);
    actors.set(p.code, { code: p.code, hub: false, production, unitValue, artisanal: p.artisanal, exportShare: p.exported, markup: rng.between(0.9, 1.25), lag: rng.between(0, 0.2), stockSigma: 0.015 + 0.03 * p.artisanal, to });
  }
  hubCodes.forEach((h, i) => {
    const later = hubCodes.slice(i + 1).map((c) => [c, rng.between(0.2, 1)] as [string, number]);
    const sinks = SINKS.map((c) => [c, rng.between(0.2, 1)] as [string, number]);
    actors.set(h, { code: h, hub: true, production: {}, unitValue: {}, artisanal: 0, exportShare: rng.between(0.6, 0.95), markup: rng.between(0.95, 1.2), lag: rng.between(0, 0.2), stockSigma: 0.02, to: [...later, ...sinks] });
  });
  // neighbours: the producers on a ring (two each), the way borders chain
  const ring = shuffle(rng, [...chosen.map((p) => p.code)]);
  const neighbours: Record<string, string[]> = {};
  ring.forEach((c, i) => (neighbours[c] = [ring[(i + 1) % ring.length]!, ring[(i + ring.length - 1) % ring.length]!].filter((n, j, a) => n !== c && a.indexOf(n) === j)));
  // sometimes an embargoed neighbour that reports nothing (as Côte d'Ivoire under resolution 1643)
  const measures: MeasureInForce[] = [];
  if (rng.next() < 0.3) {
    const next = ring[rng.int(0, ring.length - 1)]!;
    neighbours.CI = [next];
    neighbours[next] = [...(neighbours[next] ?? []), 'CI'];
    measures.push({ target: 'CI', validFrom: `${Y - 5}-12-15`, validTo: null });
  }

  // injections
  const kinds: { kind: Kind; strength: number }[] = force ?? [];
  if (!force) {
    const n = rng.next() < 0.2 ? 0 : rng.next() < 0.7 ? 1 : 2;
    for (let i = 0; i < n; i++) {
      const kind = KINDS[rng.int(0, KINDS.length - 1)]!;
      const edge = rng.next() < 0.2; // a fifth below the goal's edge, to draw the curve there
      const strength =
        kind === 'unit-value' || kind === 'hub-undervaluation'
          ? edge ? rng.between(1.2, 1.5) : rng.between(1.5, 4)
          : edge ? rng.between(0.05, 0.1) : kind === 'over-export' ? rng.between(0.1, 1) : rng.between(0.1, 0.5);
      kinds.push({ kind, strength });
    }
  }
  const used = new Set<string>();
  const injections: Injection[] = [];
  const exporters = chosen.filter((p) => p.exported >= 0.9).map((p) => p.code);
  for (const { kind, strength } of kinds) {
    if (kind === 'hub-undervaluation') {
      const h = shuffle(rng, hubCodes).find((c) => !used.has(c));
      if (!h) continue;
      used.add(h);
      injections.push({ kind, participant: h, strength });
      continue;
    }
    const candidates = shuffle(rng, exporters).filter((c) => !used.has(c));
    if (kind === 'laundering' || kind === 'two-hop') {
      const t = candidates.find((c) => (neighbours[c] ?? []).some((n) => !used.has(n) && actors.has(n)));
      if (!t) continue;
      const src = shuffle(rng, neighbours[t]!.filter((n) => !used.has(n) && actors.has(n)))[0]!;
      used.add(t).add(src);
      injections.push({ kind, participant: t, strength, source: src });
    } else {
      const t = candidates[0];
      if (!t) continue;
      used.add(t);
      injections.push({ kind, participant: t, strength });
    }
  }

  // flows: exporter → importer → { year → carats, usd }
  type Flow = Map<number, { carats: number; usd: number }>;
  const flows = new Map<string, Flow>();
  const addFlow = (from: string, to: string, year: number, carats: number, usd: number) => {
    const k = `${from}|${to}`;
    const f = flows.get(k) ?? new Map();
    const v = f.get(year) ?? { carats: 0, usd: 0 };
    v.carats += carats;
    v.usd += usd;
    f.set(year, v);
    flows.set(k, f);
  };
  const split = (a: Actor, year: number, carats: number, usd: number) => {
    const total = a.to.reduce((s, [, w]) => s + w, 0);
    for (const [to, w] of a.to) addFlow(a.code, to, year, (carats * w) / total, (usd * w) / total);
  };
  const inj = (code: string, kind: Kind) => injections.find((i) => i.participant === code && i.kind === kind);
  const asSource = (code: string) => injections.find((i) => i.source === code);
  const reported = new Map<string, Record<number, number>>(); // production as reported, by year
  // producers
  for (const a of [...actors.values()].filter((x) => !x.hub)) {
    const q = { ...a.production };
    const src = asSource(a.code);
    const diverted: Record<number, number> = { [Y - 1]: 0, [Y]: 0 };
    // laundering: the source's goods are dug outside its records (its reported production falls);
    // two-hop: they are recorded but leave through the neighbour (its exports fall)
    const target = src ? actors.get(src.participant)! : undefined;
    const usual = target ? target.production[Y]! * target.exportShare : 0;
    if (src?.kind === 'laundering') q[Y] = Math.max(q[Y]! * 0.2, q[Y]! - src.strength * usual);
    if (src?.kind === 'two-hop') diverted[Y] = Math.min(0.8 * q[Y]!, src.strength * usual);
    reported.set(a.code, q);
    for (const y of [Y - 1, Y]) {
      const avail = (q[y]! * (1 - a.lag) + q[y - 1]! * a.lag) * a.exportShare;
      const carats = Math.max(0, avail * (1 + a.stockSigma * rng.normal()) - diverted[y]!);
      const uv = (a.unitValue[y]! * (1 - a.lag) + a.unitValue[y - 1]! * a.lag) * a.markup;
      let usd = carats * uv;
      if (y === Y) {
        const u = inj(a.code, 'unit-value');
        if (u) usd = carats * a.unitValue[y]! * u.strength * rng.logNormal(1, 0.03);
      }
      split(a, y, carats, usd);
      if (y === Y) {
        const o = inj(a.code, 'over-export');
        if (o) split(a, y, o.strength * q[y]!, o.strength * q[y]! * uv * rng.logNormal(1, 0.1));
        for (const kind of ['laundering', 'two-hop'] as const) {
          const l = inj(a.code, kind);
          if (!l) continue;
          const s = actors.get(l.source!)!;
          const extra = l.strength * a.production[Y]! * a.exportShare;
          split(a, y, extra, extra * s.unitValue[Y]! * a.markup);
        }
      }
    }
  }
  // hubs, in order: each sells on a share of what it bought (the previous hubs' sales included)
  for (const h of hubCodes) {
    const a = actors.get(h)!;
    for (const y of [Y - 1, Y]) {
      let ct = 0;
      let usd = 0;
      for (const [k, f] of flows) {
        if (!k.endsWith(`|${h}`)) continue;
        for (const yy of [y, y - 1]) {
          const v = f.get(yy) ?? f.get(y) ?? { carats: 0, usd: 0 };
          const w = yy === y ? 1 - a.lag : a.lag;
          ct += v.carats * w;
          usd += v.usd * w;
        }
      }
      if (ct <= 0) continue;
      const carats = ct * a.exportShare * (1 + a.stockSigma * rng.normal());
      let uv = (usd / ct) * a.markup * rng.logNormal(1, 0.06);
      const u = y === Y ? inj(h, 'hub-undervaluation') : undefined;
      if (u) uv /= u.strength;
      split(a, y, carats, carats * uv);
    }
  }

  // the statistics: exporters report by quarter; importers record part of the fourth quarter in the next year
  const trade: TradeFigure[] = [];
  const reporters = new Set([...actors.keys()]);
  const quarterShares = () => {
    const w = [0, 1, 2, 3].map(() => rng.logNormal(1, 0.3));
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  };
  for (const [k, f] of flows) {
    const [from, to] = k.split('|') as [string, string];
    const hs = actors.get(from)!.hub ? '7102.31' : '7102.10';
    const shift = rng.between(0, 0.3);
    const carry = { carats: 0, usd: 0 };
    for (const y of [Y - 1, Y]) {
      const v = f.get(y);
      if (!v) continue;
      const shares = quarterShares();
      const mis = rng.logNormal(1, 0.02);
      shares.forEach((s, qi) => {
        const period = `${y}-Q${qi + 1}`;
        trade.push({ reporter: from, period, flow: 'export', partner: to, hs_code: hs, carats: r2(v.carats * s), value_usd: r2(v.usd * s), certificates: Math.max(1, Math.round((v.usd * s) / 500_000)) });
        if (!reporters.has(to)) return;
        let ct = v.carats * s;
        let usd = v.usd * s;
        if (qi === 3) {
          const kept = { carats: ct * (1 - shift), usd: usd * (1 - shift) };
          const next = { carats: ct * shift, usd: usd * shift };
          ct = kept.carats;
          usd = kept.usd;
          if (y === Y - 1) {
            carry.carats = next.carats;
            carry.usd = next.usd;
          }
        }
        if (qi === 0) {
          ct += carry.carats;
          usd += carry.usd;
        }
        trade.push({ reporter: to, period, flow: 'import', partner: from, hs_code: hs, carats: r2(ct * mis), value_usd: r2(usd * mis), certificates: Math.max(1, Math.round((usd * s) / 500_000)) });
      });
    }
  }
  const production: ProductionFigure[] = [];
  for (const a of actors.values()) {
    if (a.hub) continue;
    const q = reported.get(a.code)!;
    for (const y of [Y - 1, Y]) {
      const first = rng.between(0.45, 0.55);
      for (const [half, share] of [[1, first], [2, 1 - first]] as const) {
        for (const mining of ['industrial', 'artisanal'] as const) {
          const m = mining === 'artisanal' ? a.artisanal : 1 - a.artisanal;
          if (m <= 0) continue;
          production.push({ reporter: a.code, period: `${y}-H${half}`, mining, carats: r2(q[y]! * share * m), value_usd: r2(q[y]! * share * m * a.unitValue[y]!) });
        }
      }
    }
  }
  return {
    seed,
    year: Y,
    input: { year: Y, trade: trade.filter((r) => r.carats > 0 && r.value_usd > 0), production, measures, neighbours },
    injections,
    producers: chosen.map((p) => p.code),
    hubs: hubCodes,
  };
}

function shuffle<T>(rng: Random, list: readonly T[]): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
