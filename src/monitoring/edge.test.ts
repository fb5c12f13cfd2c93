// The detectors at the edge of the noise (issue 22), on small constructed worlds whose truth is known:
// each case a little beyond its threshold is found with a score above 1 and a reason; the same world
// within the noise, and a clean world, give no finding. The bench (bench/detection.ts) measures the same
// detectors on hundreds of random worlds.
import { countryName } from '../core/i18n.js';
import { describe, expect, it } from 'vitest';
import { analyze, balance, DETECTORS, neighbourSurge, unitValue } from './detectors/index.js';
import { EXPLAIN_LANGUAGES, explain, SHARED } from './explain.js';
import type { Finding, MonitoringInput, ProductionFigure, TradeFigure } from './model.js';

interface Fig {
  /** carats and US$ produced */
  production?: [number, number];
  artisanal?: number;
  /** carats and US$ exported, by partner */
  exports?: Record<string, [number, number]>;
}

const Y = 2012;

/** A world of two years from each Participant's yearly figures; importers in the world report what they received. */
function world(years: { before: Record<string, Fig>; now: Record<string, Fig> }, neighbours: Record<string, string[]> = {}, measures: MonitoringInput['measures'] = []): MonitoringInput {
  const trade: TradeFigure[] = [];
  const production: ProductionFigure[] = [];
  for (const [year, figs] of [[Y - 1, years.before], [Y, years.now]] as const) {
    for (const [p, f] of Object.entries(figs)) {
      if (f.production) {
        const [ct, usd] = f.production;
        const a = f.artisanal ?? 0;
        if (a < 1) production.push({ reporter: p, period: `${year}-H1`, mining: 'industrial', carats: ct * (1 - a), value_usd: usd * (1 - a) });
        if (a > 0) production.push({ reporter: p, period: `${year}-H1`, mining: 'artisanal', carats: ct * a, value_usd: usd * a });
      }
      for (const [to, [ct, usd]] of Object.entries(f.exports ?? {})) {
        trade.push({ reporter: p, period: `${year}-Q2`, flow: 'export', partner: to, hs_code: '7102.10', carats: ct, value_usd: usd, certificates: 1 });
        if (figs[to]) trade.push({ reporter: to, period: `${year}-Q2`, flow: 'import', partner: p, hs_code: '7102.10', carats: ct, value_usd: usd, certificates: 1 });
      }
    }
  }
  return { year: Y, trade, production, measures, neighbours };
}

// A clean region: BW industrial ($100/ct), SL artisanal ($200/ct), GN artisanal, the hub AE re-exporting 90 % of what it buys
// at its import unit value. Exports are what was produced, within a stock change of a few per cent.
function clean(): { before: Record<string, Fig>; now: Record<string, Fig> } {
  return {
    before: {
      BW: { production: [1_000_000, 100e6], exports: { AE: [1_000_000, 110e6] } },
      SL: { production: [500_000, 100e6], artisanal: 0.8, exports: { AE: [500_000, 110e6] } },
      GN: { production: [300_000, 30e6], artisanal: 0.9, exports: { AE: [300_000, 33e6] } },
      AE: { exports: { IN: [1_620_000, 250e6] } },
    },
    now: {
      BW: { production: [1_050_000, 105e6], exports: { AE: [1_070_000, 118e6] } },
      SL: { production: [480_000, 96e6], artisanal: 0.8, exports: { AE: [500_000, 108e6] } },
      GN: { production: [310_000, 31e6], artisanal: 0.9, exports: { AE: [305_000, 33e6] } },
      AE: { exports: { IN: [1_680_000, 262e6] } },
    },
  };
}
const NEIGHBOURS = { SL: ['GN'], GN: ['SL', 'BW'] };

const only = (findings: Finding[], p: string) => findings.filter((f) => f.participant === p).map((f) => f.type).sort();

describe('detectors at the edge of the noise', () => {
  it('raise nothing in a clean world whose figures move within the noise', () => {
    expect(analyze(world(clean(), NEIGHBOURS))).toEqual([]);
  });

  it('find an industrial producer exporting 10 % beyond its production, with a score above 1 and the unexplained carats', () => {
    const w = clean();
    w.now.BW!.exports = { AE: [1_155_000, 127e6] }; // 1.05 Mct produced, 1.155 Mct exported
    const [f, ...rest] = balance(world(w, NEIGHBOURS));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ type: 'balance', participant: 'BW' });
    expect(f!.evidence.score).toBeGreaterThan(1);
    expect(f!.evidence.figures.excessCarats).toBe(105_000);
    expect(f!.evidence.reason).toMatchObject({ variant: 'excess', params: { participant: 'BW', excess: 105_000 } });
  });

  it('allow an artisanal producer more (its figures are looser): 10 % beyond is within the noise, 20 % is not', () => {
    const w = clean();
    w.now.SL!.exports = { AE: [528_000, 114e6] }; // 10 % beyond 480,000 ct
    expect(balance(world(w, NEIGHBOURS))).toEqual([]);
    w.now.SL!.exports = { AE: [576_000, 124e6] }; // 20 % beyond
    expect(only(balance(world(w, NEIGHBOURS)), 'SL')).toEqual(['balance']);
  });

  it("find laundering: SL's exports rise 25 % while its neighbour GN's recorded production falls by as much", () => {
    const w = clean();
    w.now.SL!.exports = { AE: [625_000, 135e6] };
    w.now.GN!.production = [185_000, 18.5e6];
    w.now.GN!.exports = { AE: [185_000, 20e6] };
    const found = analyze(world(w, NEIGHBOURS));
    expect(only(found, 'SL')).toEqual(['balance', 'neighbour_surge']);
    expect(found.filter((f) => f.participant !== 'SL')).toEqual([]); // not GN, whose goods they were
    const surge = found.find((f) => f.type === 'neighbour_surge')!;
    expect(surge.evidence.figures).toMatchObject({ neighbour: 'GN', neighbourShortfall: 'production' });
    expect(surge.evidence.reason.variant).toBe('production');
  });

  it("find a two-hop route: GN's goods leave through its neighbour SL (GN's exports fall while its production holds)", () => {
    const w = clean();
    w.now.SL!.exports = { AE: [580_000, 124e6] };
    w.now.GN!.exports = { AE: [225_000, 24e6] };
    const found = neighbourSurge(world(w, NEIGHBOURS));
    expect(found.map((f) => [f.participant, f.evidence.figures.neighbour, f.evidence.figures.neighbourShortfall])).toEqual([['SL', 'GN', 'exports']]);
  });

  it('name the embargoed neighbour (the Ghana case): a surge beside a Participant under a UN measure', () => {
    const w = clean();
    w.now.GN!.exports = { AE: [380_000, 42e6] };
    const found = neighbourSurge(world(w, { GN: ['CI'] }, [{ target: 'CI', validFrom: '2005-12-15', validTo: null }]));
    expect(found.map((f) => [f.participant, f.evidence.reason.variant, f.evidence.figures.neighbour])).toEqual([['GN', 'measure', 'CI']]);
  });

  it('find exports declared at 1.5 times the unit value of production; a stronger case scores higher', () => {
    const w = clean();
    w.now.BW!.exports = { AE: [1_070_000, 160.5e6] }; // US$150/ct against US$100/ct produced
    const [f] = unitValue(world(w, NEIGHBOURS));
    expect(f).toMatchObject({ type: 'unit_value', participant: 'BW' });
    expect(f!.evidence.figures.basis).toBe('production');
    w.now.BW!.exports = { AE: [1_070_000, 428e6] }; // US$400/ct
    const [g] = unitValue(world(w, NEIGHBOURS));
    expect(g!.evidence.score).toBeGreaterThan(f!.evidence.score);
    expect(g!.severity).toBe('high');
  });

  it("find a hub re-exporting at two thirds of its imports' unit value (value hidden at the hub)", () => {
    const w = clean();
    w.now.AE!.exports = { IN: [1_680_000, 158e6] }; // US$94/ct against US$156/ct imported (and US$154 the year before)
    const found = unitValue(world(w, NEIGHBOURS));
    expect(found.map((f) => [f.participant, f.evidence.figures.basis])).toEqual([['AE', 'imports']]);
    expect(found[0]!.evidence.reason.variant).toMatch(/^(low|down)\.imports$/);
    expect(found[0]!.summary).toMatch(/value may be hidden/);
  });
});

describe("a finding's evidence in the reader's language", () => {
  const w = clean();
  w.now.BW!.exports = { AE: [1_155_000, 127e6] };
  w.now.SL!.exports = { AE: [625_000, 135e6] };
  w.now.GN!.production = [185_000, 18.5e6];
  w.now.GN!.exports = { AE: [185_000, 20e6] };
  w.now.AE!.exports = { IN: [1_680_000, 158e6] };
  const findings = analyze(world(w, NEIGHBOURS));

  it('renders the reason, the rule and every figure in en, fr, pt, es and ru', () => {
    expect(new Set(findings.map((f) => f.type))).toEqual(new Set(['balance', 'neighbour_surge', 'unit_value']));
    expect(new Set(findings.map((f) => f.participant))).toEqual(new Set(['BW', 'SL', 'AE']));
    for (const f of findings) {
      const texts = EXPLAIN_LANGUAGES.map((lang) => explain(f, lang));
      for (const e of texts) {
        // the Participant named as the language names it, never by its code
        expect(e.reason, `${f.type} ${f.evidence.reason.variant} in ${e.lang}`).toContain(countryName(f.participant, e.lang));
        expect(e.reason).not.toMatch(new RegExp(`\\b${f.participant}\\b`));
        expect(e.score).toBe(f.evidence.score);
        expect(e.figures.map((x) => x.key)).toEqual(['score', ...Object.keys(f.evidence.figures)]);
        for (const x of e.figures) expect(x.label, `${x.key} in ${e.lang}`).not.toBe(x.key); // every figure has a label
      }
      // five different texts: no language falls back to another
      expect(new Set(texts.map((e) => e.reason)).size).toBe(5);
      expect(new Set(texts.map((e) => e.rule)).size).toBe(5);
    }
    const bw = findings.find((f) => f.type === 'balance' && f.participant === 'BW')!;
    expect(explain(bw, 'en').reason).toContain('105,000 ct');
    expect(explain(bw, 'fr').reason).toMatch(/105\s000 ct/); // the French thousands separator
    expect(explain(bw, 'ru').reason).toMatch(/105\s000 кар\./);
    expect(explain(bw, 'es').figures.find((x) => x.key === 'excessCarats')!.label).toBe('Sin explicar (ct)');
  });

  it('has the name, rule, reasons and labels of each detector in every language', () => {
    for (const d of DETECTORS) {
      const en = d.texts.en;
      for (const lang of EXPLAIN_LANGUAGES) {
        const t = d.texts[lang];
        expect(Object.keys(t.reasons).sort(), `${d.type} reasons in ${lang}`).toEqual(Object.keys(en.reasons).sort());
        expect(Object.keys(t.labels).sort(), `${d.type} labels in ${lang}`).toEqual(Object.keys(en.labels).sort());
        expect(t.name.trim() && t.rule.trim(), `${d.type} name and rule in ${lang}`).toBeTruthy();
        if (lang !== 'en') expect([t.name, t.rule], `${d.type} in ${lang} is not English`).not.toEqual([en.name, en.rule]);
      }
    }
    // the names tell the kinds apart in every language
    for (const lang of EXPLAIN_LANGUAGES) expect(new Set(DETECTORS.map((d) => d.texts[lang].name)).size).toBe(DETECTORS.length);
    for (const lang of EXPLAIN_LANGUAGES) expect(Object.keys(SHARED[lang].labels).sort()).toEqual(Object.keys(SHARED.en.labels).sort());
  });
});
