// The detectors on simulated worlds whose injected truth is known.
import { describe, expect, it } from 'vitest';
import { registrySeed } from '../participants/seed.js';
import { simulate, type Scenario } from '../simulation/generate.js';
import { registryView } from '../simulation/registry.js';
import { NEIGHBOURS } from '../simulation/world.js';
import { analyze, balance, unitValue } from './detectors/index.js';
import type { MonitoringInput } from './model.js';

const seed = registrySeed();
const registry = registryView(seed.statuses);
const measures = seed.measures.map((m) => ({ target: m.target, validFrom: m.validFrom, validTo: m.validTo }));

function input(year: number, scenario: Scenario = 'none', worldSeed = 3): { input: MonitoringInput; truth: ReturnType<typeof simulate> extends Generator<infer W> ? (W extends { truth: infer T } ? T : never) : never } {
  const years = [...simulate({ from: year - 1, to: year, seed: worldSeed, scenario, registry })];
  return {
    input: { year, trade: years.flatMap((w) => w.trade), production: years.flatMap((w) => w.production), measures, neighbours: NEIGHBOURS },
    truth: years[1]!.truth,
  };
}

describe('monitoring detectors on a simulated world', () => {
  it('find laundering through Ghana: its exports exceed what it produces, and surge beside the embargoed Côte d’Ivoire', () => {
    const { input: data, truth } = input(2006, 'laundering');
    expect(truth.filter((t) => t.scenario === 'laundering').map((t) => t.type).sort()).toEqual(['balance', 'neighbour_surge']);
    const findings = analyze(data);
    const gh = findings.filter((f) => f.participant === 'GH');
    // the Ivorian goods are worth more a carat than Ghana's own (US$83 against US$31): the unit value moves too
    expect(gh.map((f) => f.type).sort()).toEqual(['balance', 'neighbour_surge', 'unit_value']);
    expect(gh.find((f) => f.type === 'unit_value')!.summary).toMatch(/the goods may come from elsewhere/);
    const surge = gh.find((f) => f.type === 'neighbour_surge')!;
    expect(surge.evidence.figures.neighbour).toBe('CI');
    expect(surge.summary).toMatch(/GH's exports rose \d+ % beyond what its production and imports explain in 2006 .* neighbour CI was under a UN measure/);
  });

  it('find the over-exporter with high severity and the numbers that explain it', () => {
    const { input: data } = input(2006, 'over-export');
    const cf = balance(data).find((f) => f.participant === 'CF')!;
    expect(cf.severity).toBe('high');
    expect(Number(cf.evidence.figures.ratio)).toBeGreaterThan(2.5);
    expect(cf.evidence.figures.importsCarats).toBe(0);
  });

  it('find the undervalued exports', () => {
    const { input: data } = input(2006, 'undervaluation');
    const zw = unitValue(data).find((f) => f.participant === 'ZW')!;
    expect(zw).toMatchObject({ type: 'unit_value', severity: expect.stringMatching(/medium|high/) });
    expect(Number(zw.evidence.figures.ratio)).toBeCloseTo(0.35, 1);
  });

  it('raise nothing against producers in a clean world', () => {
    const { input: data } = input(2006, 'none');
    const producers = new Set(data.production.map((r) => r.reporter));
    const against = analyze(data).filter((f) => producers.has(f.participant));
    expect(against).toEqual([]);
  });
});
