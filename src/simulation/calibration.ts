// The world's calibration, independent of the seed but for who is late: the expected flows of 2006
// (producers to centres, centres on to the world) scaled to the report's totals, and each Participant's
// habit of submitting its statistics. Pure, like the generator that draws from them (generate.ts).
import { Random } from './random.js';
import { CENTRES, PRODUCERS, TARGETS_2006 } from './world.js';

/**
 * How a Participant submits its statistics: on time (now and then late), always late, or never (a
 * habitual non-submitter, whose name the plenary publishes). Every Participant that owes statistics
 * submits them, with a nil return when it has nothing to report.
 */
export type SubmissionBehaviour = 'on_time' | 'late' | 'never';

/** How many Participants a world makes habitual non-submitters and habitual late submitters. */
export const HABITUAL = { never: 2, late: 3 } as const;

/**
 * Each Participant's submission behaviour, drawn from the seed alone (the same in every year of a
 * world). Only Participants that neither produce nor trade as a centre in the world are made
 * habitual: the big reporters always submit, as they did in 2006.
 */
export function submissionBehaviours(seed: number, codes: readonly string[]): Map<string, SubmissionBehaviour> {
  const traders = new Set([...PRODUCERS.map((p) => p.code), ...CENTRES.map((c) => c.code)]);
  const rng = new Random(seed).fork('submission-behaviour');
  const draw = new Map(codes.map((c) => [c, rng.fork(c).next()]));
  const minor = [...new Set(codes)].filter((c) => !traders.has(c)).sort((a, b) => draw.get(a)! - draw.get(b)! || a.localeCompare(b));
  const out = new Map<string, SubmissionBehaviour>(codes.map((c) => [c, 'on_time']));
  for (const c of minor.slice(0, HABITUAL.never)) out.set(c, 'never');
  for (const c of minor.slice(HABITUAL.never, HABITUAL.never + HABITUAL.late)) out.set(c, 'late');
  return out;
}

export interface Flow {
  from: string;
  to: string;
  valueUsd: number;
  carats: number;
  shipmentUsd: number;
  producer: boolean;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The expected flows of 2006: producers sell to centres, centres sell on a share of what they buy.
 * The re-export shares are scaled so that world exports reach US$37.6 billion, and shipment sizes so
 * that they need about 59,000 certificates. Deterministic and independent of the seed.
 */
export function calibratedFlows(): { flows: Flow[]; reexportScale: number; shipmentScale: number } {
  const flowsFor = (scale: number): Flow[] => {
    const flows: Flow[] = [];
    const imports = new Map<string, { usd: number; ct: number }>();
    const add = (code: string, usd: number, ct: number) => {
      const m = imports.get(code) ?? { usd: 0, ct: 0 };
      m.usd += usd;
      m.ct += ct;
      imports.set(code, m);
    };
    for (const p of PRODUCERS) {
      const usd = p.musd * 1e6 * p.exported;
      const ct = p.mct * 1e6 * p.exported;
      for (const [to, w] of Object.entries(p.to)) {
        flows.push({ from: p.code, to, valueUsd: usd * w, carats: ct * w, shipmentUsd: p.shipmentUsd, producer: true });
        add(to, usd * w, ct * w);
      }
    }
    // Centres pass goods on in rounds until what is left to pass on is negligible.
    let pending = new Map(imports);
    for (let round = 0; round < 60 && pending.size; round++) {
      const next = new Map<string, { usd: number; ct: number }>();
      for (const c of CENTRES) {
        const inflow = pending.get(c.code);
        if (!inflow || inflow.usd < 1) continue;
        const share = Math.min(0.97, c.reexport * scale);
        const markup = 1.01; // each hop adds a little declared value (sorting, dealer margin)
        for (const [to, w] of Object.entries(c.to)) {
          const usd = inflow.usd * share * w * markup;
          const ct = inflow.ct * share * w;
          flows.push({ from: c.code, to, valueUsd: usd, carats: ct, shipmentUsd: c.shipmentUsd, producer: false });
          const m = next.get(to) ?? { usd: 0, ct: 0 };
          m.usd += usd;
          m.ct += ct;
          next.set(to, m);
        }
      }
      pending = next;
    }
    // merge the rounds: one flow per (from, to)
    const merged = new Map<string, Flow>();
    for (const f of flows) {
      const k = `${f.from}>${f.to}`;
      const m = merged.get(k);
      if (m) {
        m.valueUsd += f.valueUsd;
        m.carats += f.carats;
      } else merged.set(k, { ...f });
    }
    return [...merged.values()];
  };
  const total = (fl: Flow[]) => fl.reduce((s, f) => s + f.valueUsd, 0);
  let lo = 0.1;
  let hi = 2.5;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (total(flowsFor(mid)) < TARGETS_2006.exportsUsd) lo = mid;
    else hi = mid;
  }
  const flows = flowsFor((lo + hi) / 2);
  const expectedShipments = flows.reduce((s, f) => s + f.valueUsd / f.shipmentUsd, 0);
  const shipmentScale = expectedShipments / TARGETS_2006.certificates;
  for (const f of flows) f.shipmentUsd *= shipmentScale;
  return { flows, reexportScale: (lo + hi) / 2, shipmentScale };
}
