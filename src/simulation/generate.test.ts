import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { registrySeed } from '../participants/seed.js';
import { calibratedFlows, dueDay, simulate, type YearWorld } from './generate.js';
import { registryView } from './registry.js';
import { TARGETS_2006 } from './world.js';

const registry = registryView(registrySeed().statuses);
const year = (y: number, seed = 7, scenario?: 'laundering' | 'over-export' | 'undervaluation') => [...simulate({ from: y, to: y, seed, scenario, registry })][0]!;
const totals = (w: YearWorld) => {
  let usd = 0;
  let ct = 0;
  for (const s of w.shipments) for (const g of s.goods) {
    usd += g.valueUsd;
    ct += g.carats;
  }
  return { usd, ct, certificates: w.shipments.length };
};
const digest = (w: YearWorld) => createHash('sha256').update(JSON.stringify(w)).digest('hex');

describe('the simulated world', () => {
  const w2006 = year(2006);

  it('is the same world for the same seed, and another for another seed', () => {
    expect(digest(year(2006))).toBe(digest(w2006));
    expect(digest(year(2006, 8))).not.toBe(digest(w2006));
  });

  it('hits the 2006 totals of the report within 5 %: US$37.6 billion, over 500 million carats, about 59,000 certificates', () => {
    const t = totals(w2006);
    expect(Math.abs(t.usd / TARGETS_2006.exportsUsd - 1)).toBeLessThan(0.05);
    expect(t.ct).toBeGreaterThan(TARGETS_2006.exportsCarats);
    expect(t.ct).toBeLessThan(TARGETS_2006.exportsCarats * 1.25);
    expect(Math.abs(t.certificates / TARGETS_2006.certificates - 1)).toBeLessThan(0.05);
  });

  it('calibrates on flows that re-export less than everything', () => {
    const c = calibratedFlows();
    expect(c.reexportScale).toBeGreaterThan(0.1);
    expect(c.reexportScale).toBeLessThan(2.5);
  });

  it('prices production realistically: Lesotho and Namibia dear, DRC and Australia cheap', () => {
    const unit = (code: string) => {
      const rows = w2006.production.filter((r) => r.reporter === code);
      return rows.reduce((s, r) => s + r.value_usd, 0) / rows.reduce((s, r) => s + r.carats, 0);
    };
    expect(unit('LS')).toBeGreaterThan(500);
    expect(unit('NA')).toBeGreaterThan(200);
    expect(unit('CD')).toBeLessThan(40);
    expect(unit('AU')).toBeLessThan(40);
  });

  it('trades only between Participants in good standing on the day: no Ivorian origin, nothing with Liberia', () => {
    for (const s of w2006.shipments) {
      expect(s.origin).not.toBe('CI');
      expect([s.exporter, s.importer]).not.toContain('LR');
      expect(registry.goodStanding(s.exporter, s.day) && registry.goodStanding(s.importer, s.day)).toBe(true);
      if (s.origin === 'mixed') expect(s.provenance).toBe(s.exporterCountry);
    }
    expect(w2006.shipments.some((s) => s.exporterCountry === 'BE')).toBe(true);
  });

  it('reports both sides of the trade, mostly agreeing, with the injected discrepancies recorded', () => {
    const exportsOf = (a: string, b: string) => w2006.trade.filter((r) => r.reporter === a && r.flow === 'export' && r.partner === b).reduce((s, r) => s + r.value_usd, 0);
    const importsOf = (b: string, a: string) => w2006.trade.filter((r) => r.reporter === b && r.flow === 'import' && r.partner === a).reduce((s, r) => s + r.value_usd, 0);
    const truth = w2006.truth.filter((t) => t.type === 'mirror_discrepancy');
    const misreported = new Set(truth.map((t) => `${t.participant}|${t.partner}`));
    const x = exportsOf('BW', 'EU');
    const m = importsOf('EU', 'BW');
    if (!misreported.has('EU|BW')) expect(Math.abs(x - m) / (x + m)).toBeLessThan(0.01);
    for (const t of truth) {
      const xx = exportsOf(t.partner!, t.participant);
      const mm = importsOf(t.participant, t.partner!);
      if (xx > 0 && mm > 0) expect(mm / xx).toBeLessThan(0.92);
    }
  });

  it('leaves out the quarters that chronic late reporters miss, and says so', () => {
    const missing = year(2006, 11).truth.filter((t) => t.type === 'missing_submission');
    for (const t of missing) expect(year(2006, 11).trade.some((r) => r.reporter === t.participant && r.period === t.period)).toBe(false);
  });

  it('sets due dates two months after the period', () => {
    expect(dueDay('2006-Q1')).toBe('2006-05-31');
    expect(dueDay('2006-Q4')).toBe('2007-02-28');
    expect(dueDay('2006-H1')).toBe('2006-08-31');
  });
});

describe('scenarios', () => {
  it('laundering: Ghana exports what it did not produce, under its own origin', () => {
    const w = year(2006, 7, 'laundering');
    const truth = w.truth.find((t) => t.type === 'neighbour_surge')!;
    expect(truth).toMatchObject({ participant: 'GH', neighbour: 'CI', year: 2006 });
    const ghExports = w.shipments.filter((s) => s.exporter === 'GH').reduce((s, x) => s + x.goods.reduce((a, g) => a + g.carats, 0), 0);
    const ghProduction = w.production.filter((r) => r.reporter === 'GH').reduce((s, r) => s + r.carats, 0);
    expect(ghExports).toBeGreaterThan(ghProduction * 1.2);
    expect(w.shipments.filter((s) => s.injected === 'laundering').every((s) => s.origin === 'GH')).toBe(true);
    expect(year(2005, 7, 'laundering').truth.some((t) => t.scenario === 'laundering')).toBe(false);
  });

  it('over-export: the Central African Republic exports about three times its production', () => {
    const w = year(2006, 7, 'over-export');
    expect(w.truth.find((t) => t.scenario === 'over-export')).toMatchObject({ type: 'balance', participant: 'CF' });
    const exported = w.shipments.filter((s) => s.exporter === 'CF').reduce((s, x) => s + x.goods.reduce((a, g) => a + g.carats, 0), 0);
    const produced = w.production.filter((r) => r.reporter === 'CF').reduce((s, r) => s + r.carats, 0);
    expect(exported / produced).toBeGreaterThan(2.5);
  });

  it("undervaluation: Zimbabwe's exports declared far below its production's US$ per carat", () => {
    const w = year(2006, 7, 'undervaluation');
    expect(w.truth.find((t) => t.scenario === 'undervaluation')).toMatchObject({ type: 'unit_value', participant: 'ZW' });
    const zw = w.shipments.filter((s) => s.exporter === 'ZW').flatMap((s) => s.goods);
    const exportUnit = zw.reduce((s, g) => s + g.valueUsd, 0) / zw.reduce((s, g) => s + g.carats, 0);
    const prod = w.production.filter((r) => r.reporter === 'ZW');
    const prodUnit = prod.reduce((s, r) => s + r.value_usd, 0) / prod.reduce((s, r) => s + r.carats, 0);
    expect(exportUnit / prodUnit).toBeLessThan(0.5);
  });
});
