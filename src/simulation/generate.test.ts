import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { registrySeed } from '../participants/seed.js';
import { calibratedFlows, HABITUAL, submissionBehaviours } from './calibration.js';
import { dueDay, periodEnd, quarterOf, simulate, type YearWorld } from './generate.js';
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

  it('has every Participant that owes statistics submit them as its seeded behaviour says, nil returns included', () => {
    const w = year(2006, 11);
    const habitual = Object.keys(w.behaviours).filter((c) => w.behaviours[c] === 'never');
    const late = Object.keys(w.behaviours).filter((c) => w.behaviours[c] === 'late');
    expect(habitual).toHaveLength(HABITUAL.never);
    expect(late).toHaveLength(HABITUAL.late);
    // drawn from the seed alone: the same in every year, another for another seed
    expect(submissionBehaviours(11, registry.everOwing())).toEqual(submissionBehaviours(11, registry.everOwing()));
    expect([...submissionBehaviours(11, registry.everOwing())].filter(([, b]) => b === 'never').map(([c]) => c).sort()).toEqual(habitual.sort());
    for (const period of ['2006-Q1', '2006-Q2', '2006-Q3', '2006-Q4', '2006-H1', '2006-H2']) {
      const owing = registry.owing(periodEnd(period));
      const submitted = w.submissions.filter((s) => s.period === period).map((s) => s.reporter).sort();
      expect(submitted).toEqual(owing.filter((c) => w.behaviours[c] !== 'never'));
      for (const s of w.submissions.filter((x) => x.period === period)) {
        if (w.behaviours[s.reporter] === 'late') expect(s.submittedOn > dueDay(period)).toBe(true);
      }
    }
    // a never-submitter's periods are in the truth, and none of its rows is in the world
    const missing = w.truth.filter((t) => t.type === 'missing_submission');
    expect(new Set(missing.map((t) => t.participant))).toEqual(new Set(habitual));
    for (const t of missing) expect(w.trade.some((r) => r.reporter === t.participant && r.period === t.period)).toBe(false);
  });

  it('counts a certificate once in the trade rows, however many HS lines it has', () => {
    const w = year(2006, 11);
    expect(w.shipments.some((s) => s.goods.length > 1)).toBe(true);
    const reported = new Set(w.submissions.filter((s) => s.kind === 'trade').map((s) => `${s.reporter} ${s.period}`));
    const shipped = new Map<string, number>();
    for (const s of w.shipments) {
      const k = `${s.exporter} ${quarterOf(s.day)}`;
      if (reported.has(k)) shipped.set(k, (shipped.get(k) ?? 0) + 1);
    }
    const rows = new Map<string, number>();
    for (const r of w.trade.filter((x) => x.flow === 'export')) rows.set(`${r.reporter} ${r.period}`, (rows.get(`${r.reporter} ${r.period}`) ?? 0) + r.certificates);
    expect(rows).toEqual(shipped);
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
