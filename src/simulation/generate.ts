// The world generator: deterministic (same seed, same world), calibrated on the 2006 totals of the
// report to the UN, year by year so that a twenty-year world streams instead of filling memory.
// Pure: it reads nothing and writes nothing; src/simulation/service.ts stores what it yields.
import { Random } from './random.js';
import { calibratedFlows, round2, submissionBehaviours, type Flow, type SubmissionBehaviour } from './calibration.js';
import { EU_GATEWAYS, IVORIAN_ILLICIT, PRODUCERS, YEAR_FACTORS, type Producer } from './world.js';

export const SCENARIOS = ['none', 'laundering', 'over-export', 'undervaluation'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type HsCode = '7102.10' | '7102.21' | '7102.31';

export interface Shipment {
  /** a key unique in the world: year and sequence */
  key: string;
  day: string;
  exporter: string;
  importer: string;
  exporterCountry: string;
  importerCountry: string;
  origin: string;
  provenance?: string;
  goods: { hsCode: HsCode; carats: number; valueUsd: number }[];
  parcels: number;
  /** the day the importing authority received it (and reports the import in that quarter); the day of issue when absent */
  receivedOn?: string;
  /** the scenario that put it there, if any */
  injected?: Scenario;
}

export interface TradeRow {
  reporter: string;
  period: string;
  flow: 'import' | 'export';
  partner: string;
  hs_code: HsCode;
  carats: number;
  value_usd: number;
  certificates: number;
}

export interface ProductionRow {
  reporter: string;
  period: string;
  mining: 'industrial' | 'artisanal';
  carats: number;
  value_usd: number;
}

export interface Submission {
  reporter: string;
  period: string;
  kind: 'trade' | 'production';
  submittedOn: string;
}

/** What was injected or left out on purpose, so tests can check that monitoring finds it. */
export interface Truth {
  scenario: Scenario | 'reporting';
  type: 'neighbour_surge' | 'balance' | 'unit_value' | 'mirror_discrepancy' | 'missing_submission';
  participant: string;
  year: number;
  period?: string;
  partner?: string;
  neighbour?: string;
  carats?: number;
  valueUsd?: number;
  detail: string;
}

export interface YearWorld {
  year: number;
  /** how each Participant that owed statistics this year submits them (drawn once from the seed) */
  behaviours: Record<string, SubmissionBehaviour>;
  shipments: Shipment[];
  production: ProductionRow[];
  trade: TradeRow[];
  submissions: Submission[];
  truth: Truth[];
}

export interface RegistryView {
  /** may this Participant (EU for the Community) trade under the scheme on that day? */
  goodStanding(code: string, day: string): boolean;
  /** the Participants that owe statistics for a period ending on that day (statistics/model.ts, OWING_STATUSES) */
  owing(day: string): string[];
  /** every entry that owes statistics on some day of its history */
  everOwing(): string[];
}

export interface SimulationOptions {
  from: number;
  to: number;
  seed: number;
  scenario?: Scenario;
  registry: RegistryView;
}


function dayOf(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

function daysIn(year: number): number {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365;
}

export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

function nextQuarter(period: string): string {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
}

function pick(rng: Random, weights: Record<string, number>): string {
  return rng.weighted(Object.entries(weights), ([, w]) => w)[0];
}

function countryOf(rng: Random, participant: string): string {
  return participant === 'EU' ? pick(rng, EU_GATEWAYS) : participant;
}

function splitGoods(rng: Random, producer: boolean, usd: number, ct: number): Shipment['goods'] {
  if (producer && rng.next() < 0.6) return [{ hsCode: '7102.10', carats: round2(ct), valueUsd: round2(usd) }];
  if (!producer && rng.next() < 0.5) return [{ hsCode: '7102.31', carats: round2(ct), valueUsd: round2(usd) }];
  const gemValue = producer ? 0.95 : 0.96;
  const gemCarats = producer ? 0.6 : 0.55;
  return [
    { hsCode: '7102.31', carats: round2(ct * gemCarats), valueUsd: round2(usd * gemValue) },
    { hsCode: '7102.21', carats: round2(ct * (1 - gemCarats)), valueUsd: round2(usd * (1 - gemValue)) },
  ];
}

/** Yields the world one year at a time. */
export function* simulate(options: SimulationOptions): Generator<YearWorld> {
  if (!Number.isInteger(options.from) || !Number.isInteger(options.to) || options.from > options.to) throw new Error('--from must be a year not after --to');
  const { flows } = calibratedFlows();
  const scenario = options.scenario ?? 'none';
  const root = new Random(options.seed);
  const behaviours = submissionBehaviours(options.seed, options.registry.everOwing());
  for (let year = options.from; year <= options.to; year++) {
    yield simulateYear(year, flows, scenario, root.fork(`year-${year}`), options, behaviours);
  }
}

function simulateYear(year: number, flows: Flow[], scenario: Scenario, rng: Random, options: SimulationOptions, behaviours: Map<string, SubmissionBehaviour>): YearWorld {
  const factor = YEAR_FACTORS[year] ?? YEAR_FACTORS[2026]!;
  const world: YearWorld = { year, behaviours: {}, shipments: [], production: [], trade: [], submissions: [], truth: [] };
  const days = daysIn(year);
  let seq = 0;
  // one draw per country and year: its production was up or down a little
  const noise = new Map<string, number>();
  const countryNoise = (code: string) => {
    if (!noise.has(code)) noise.set(code, rng.fork(`noise-${code}`).logNormal(1, 0.06));
    return noise.get(code)!;
  };

  const ship = (f: { from: string; to: string; valueUsd: number; carats: number; shipmentUsd: number; producer: boolean }, frng: Random, extra: Partial<Shipment> = {}, declaredValueFactor = 1) => {
    const n = Math.max(1, Math.round(f.valueUsd / f.shipmentUsd));
    const weights = Array.from({ length: n }, () => frng.logNormal(1, 0.6));
    const sum = weights.reduce((a, b) => a + b, 0);
    for (const w of weights) {
      const day = dayOf(year, frng.int(0, days - 1));
      if (!options.registry.goodStanding(f.from, day) || !options.registry.goodStanding(f.to, day)) continue;
      const usd = (f.valueUsd * w * declaredValueFactor) / sum;
      const ct = (f.carats * w) / sum;
      if (ct < 0.01 || usd < 0.01) continue;
      const exporterCountry = countryOf(frng, f.from);
      world.shipments.push({
        key: `${year}-${String(++seq).padStart(6, '0')}`,
        day,
        exporter: f.from,
        importer: f.to,
        exporterCountry,
        importerCountry: countryOf(frng, f.to),
        origin: f.producer ? f.from : 'mixed',
        ...(!f.producer && { provenance: exporterCountry }),
        goods: splitGoods(frng, f.producer, usd, ct),
        parcels: Math.min(50, 1 + Math.floor(usd / 500_000)),
        ...extra,
      });
    }
  };

  const undervalued = scenario === 'undervaluation' ? 'ZW' : undefined;
  for (const f of flows) {
    const base = f.producer ? countryNoise(f.from) : 1;
    const scaled = { ...f, valueUsd: f.valueUsd * factor.value * base, carats: f.carats * factor.carats * base };
    const declared = undervalued === f.from ? 0.35 : 1;
    ship(scaled, rng.fork(`flow-${f.from}-${f.to}`), declared < 1 ? { injected: 'undervaluation' } : {}, declared);
  }

  // Production, as the producers report it (half-yearly, industrial and artisanal).
  const producing = (p: Producer) => options.registry.goodStanding(p.code, `${year}-06-30`);
  for (const p of PRODUCERS.filter(producing)) {
    const ct = p.mct * 1e6 * factor.carats * countryNoise(p.code);
    const usd = p.musd * 1e6 * factor.value * countryNoise(p.code);
    const first = rng.fork(`production-${p.code}`).between(0.45, 0.55);
    for (const [half, share] of [[1, first], [2, 1 - first]] as const) {
      for (const mining of ['industrial', 'artisanal'] as const) {
        const m = mining === 'artisanal' ? p.artisanal : 1 - p.artisanal;
        if (m <= 0) continue;
        world.production.push({ reporter: p.code, period: `${year}-H${half}`, mining, carats: round2(ct * share * m), value_usd: round2(usd * share * m) });
      }
    }
  }

  injectScenario(world, scenario, year, rng.fork('scenario'), ship, options);
  report(world, rng.fork('reporting'), options, behaviours);
  return world;
}

function injectScenario(
  world: YearWorld,
  scenario: Scenario,
  year: number,
  rng: Random,
  ship: (f: Flow, rng: Random, extra?: Partial<Shipment>, declared?: number) => void,
  options: SimulationOptions,
) {
  const factor = YEAR_FACTORS[year] ?? YEAR_FACTORS[2026]!;
  const before = world.shipments.length;
  const injected = () => world.shipments.slice(before);
  const sum = (list: Shipment[]) => ({
    carats: round2(list.reduce((s, x) => s + x.goods.reduce((a, g) => a + g.carats, 0), 0)),
    valueUsd: round2(list.reduce((s, x) => s + x.goods.reduce((a, g) => a + g.valueUsd, 0), 0)),
  });
  if (scenario === 'laundering' && year >= 2006) {
    // Ivorian goods cross into Ghana and leave under Ghanaian origin (the Ghana case of 2006).
    const usd = IVORIAN_ILLICIT.musd * 1e6 * factor.value;
    const ct = IVORIAN_ILLICIT.mct * 1e6 * factor.carats;
    for (const [to, w] of [['AE', 0.6], ['EU', 0.4]] as const) ship({ from: 'GH', to, valueUsd: usd * w, carats: ct * w, shipmentUsd: 150_000, producer: true }, rng.fork(`laundering-${to}`), { injected: 'laundering' });
    const t = sum(injected());
    world.truth.push({ scenario, type: 'neighbour_surge', participant: 'GH', year, neighbour: 'CI', ...t, detail: "Ivorian production under embargo exported by Ghana under Ghanaian origin; Ghana's reported production does not include it" });
    world.truth.push({ scenario, type: 'balance', participant: 'GH', year, ...t, detail: "Ghana's exports exceed its production and imports by the laundered volume" });
  }
  if (scenario === 'over-export' && year >= 2004) {
    // The Central African Republic exports three times what it mines (as the Republic of Congo did before 2004).
    const p = PRODUCERS.find((x) => x.code === 'CF')!;
    const usd = p.musd * 1e6 * factor.value * 2;
    const ct = p.mct * 1e6 * factor.carats * 2;
    ship({ from: 'CF', to: 'EU', valueUsd: usd, carats: ct, shipmentUsd: 300_000, producer: true }, rng.fork('over-export'), { injected: 'over-export' });
    world.truth.push({ scenario, type: 'balance', participant: 'CF', year, ...sum(injected()), detail: 'exports about three times the reported production, with no matching imports' });
  }
  if (scenario === 'undervaluation') {
    const zw = world.shipments.filter((s) => s.injected === 'undervaluation');
    if (zw.length) world.truth.push({ scenario, type: 'unit_value', participant: 'ZW', year, ...sum(zw), detail: "exports declared at 35 % of the value of Zimbabwe's own production per carat" });
  }
}

/** Each side reports its trade quarterly: exporters from their certificates, importers with timing and noise. */
function report(world: YearWorld, rng: Random, options: SimulationOptions, behaviours: Map<string, SubmissionBehaviour>) {
  const rows = new Map<string, TradeRow>();
  // a certificate counts once, on the row of its first line (statistics/model.ts, CERTIFICATE_COUNT_RULE)
  const add = (reporter: string, period: string, flow: 'import' | 'export', partner: string, g: Shipment['goods'][number], line: number, factor = 1) => {
    const key = `${reporter}|${period}|${flow}|${partner}|${g.hsCode}`;
    const row = rows.get(key) ?? { reporter, period, flow, partner, hs_code: g.hsCode, carats: 0, value_usd: 0, certificates: 0 };
    row.carats += g.carats * factor;
    row.value_usd += g.valueUsd * factor;
    if (line === 0) row.certificates += 1;
    rows.set(key, row);
  };
  // a few importers misreport a partner for a whole year
  const misreported = new Map<string, number>();
  const drng = rng.fork('discrepancies');
  const pairs = [...new Set(world.shipments.map((s) => `${s.importer}|${s.exporter}`))].sort();
  for (const pair of pairs) if (drng.next() < 0.03) misreported.set(pair, drng.between(0.75, 0.9));

  for (const s of world.shipments) {
    const q = quarterOf(s.day);
    s.goods.forEach((g, i) => add(s.exporter, q, 'export', s.importer, g, i));
    // near a quarter's end, half the shipments arrive in the next quarter: the importing authority
    // confirms receipt five days after issue and reports the import in the quarter of its receipt
    const nearEnd = ['03-2', '06-2', '09-2', '12-2'].some((p) => s.day.slice(5, 9) === p && Number(s.day.slice(8)) >= 27);
    let iq = nearEnd && rng.next() < 0.5 ? nextQuarter(q) : q;
    if (!iq.startsWith(String(world.year))) iq = q; // keep the year's reports within the year
    if (iq !== q) s.receivedOn = shiftDay(s.day, 5);
    const mis = misreported.get(`${s.importer}|${s.exporter}`) ?? 1;
    s.goods.forEach((g, i) => add(s.importer, iq, 'import', s.exporter, g, i, mis * (1 + rng.normal() * 0.002)));
  }
  for (const [pair, f] of misreported) {
    const [importer, exporter] = pair.split('|') as [string, string];
    world.truth.push({ scenario: 'reporting', type: 'mirror_discrepancy', participant: importer, partner: exporter, year: world.year, detail: `${importer} reports its imports from ${exporter} at ${Math.round(f * 100)} % of what was shipped` });
  }

  // submissions: every Participant that owes a period's statistics submits them as its behaviour
  // says (a nil return when it has nothing to report), or never
  const srng = rng.fork('submissions');
  const missing = new Set<string>();
  const periods = [...[1, 2, 3, 4].map((q) => ({ kind: 'trade' as const, period: `${world.year}-Q${q}` })), ...[1, 2].map((h) => ({ kind: 'production' as const, period: `${world.year}-H${h}` }))];
  for (const { kind, period } of periods) {
    for (const reporter of [...options.registry.owing(periodEnd(period))].sort()) {
      const behaviour = behaviours.get(reporter) ?? 'on_time';
      world.behaviours[reporter] = behaviour;
      if (behaviour === 'never') {
        missing.add(`${reporter}|${period}`);
        world.truth.push({ scenario: 'reporting', type: 'missing_submission', participant: reporter, year: world.year, period, detail: `${reporter} did not submit its ${kind} statistics for ${period}` });
        continue;
      }
      const late = behaviour === 'late' || srng.next() < 0.05;
      const offset = late ? srng.int(5, 90) : -srng.int(1, kind === 'trade' ? 50 : 40);
      world.submissions.push({ reporter, period, kind, submittedOn: shiftDay(dueDay(period), offset) });
    }
  }
  world.trade = [...rows.values()]
    .filter((r) => !missing.has(`${r.reporter}|${r.period}`))
    .map((r) => ({ ...r, carats: round2(r.carats), value_usd: round2(r.value_usd) }))
    .filter((r) => r.carats > 0 && r.value_usd > 0)
    .sort((a, b) => (a.reporter + a.period + a.flow + a.partner + a.hs_code).localeCompare(b.reporter + b.period + b.flow + b.partner + b.hs_code));
  world.production = world.production.filter((r) => !missing.has(`${r.reporter}|${r.period}`));
}

/** The last day of a quarter (2006-Q3) or half year (2006-H1). */
export function periodEnd(period: string): string {
  const y = Number(period.slice(0, 4));
  const endMonth = period.includes('-Q') ? Number(period.slice(6)) * 3 : Number(period.slice(6)) * 6;
  return new Date(Date.UTC(y, endMonth, 0)).toISOString().slice(0, 10);
}

/** Two months after the period ends (the default due date of the working group on statistics). */
export function dueDay(period: string): string {
  const y = Number(period.slice(0, 4));
  const endMonth = period.includes('-Q') ? Number(period.slice(6)) * 3 : period.includes('-H') ? Number(period.slice(6)) * 6 : 12;
  // the last day of the period's last month, plus two months
  const d = new Date(Date.UTC(y, endMonth + 2, 0));
  return d.toISOString().slice(0, 10);
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
