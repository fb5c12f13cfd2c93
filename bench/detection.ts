// Detection at the edge of the noise (issue 22): the detectors run on worlds of varied difficulty with
// known truth (detection-worlds.ts); recall and precision per detector, per kind and per strength,
// and the curves from which the thresholds were chosen. `npm run bench -- --only detection`.
import { balance, DEFAULT_CONFIG, neighbourSurge, unitValue, type DetectorConfig } from '../src/monitoring/detectors/index.js';
import type { Finding } from '../src/monitoring/model.js';
import type { Bench, Figure } from './harness.js';
import { detectionWorld, inGoal, KINDS, type DetectionWorld, type Injection } from './detection-worlds.js';

const DETECTORS = {
  balance: (w: DetectionWorld, c: DetectorConfig) => balance(w.input, c.balance),
  unit_value: (w: DetectionWorld, c: DetectorConfig) => unitValue(w.input, c.unitValue),
  neighbour_surge: (w: DetectionWorld, c: DetectorConfig) => neighbourSurge(w.input, c.neighbourSurge),
} as const;
type DetectorName = keyof typeof DETECTORS;

interface Outcome {
  world: DetectionWorld;
  findings: Finding[];
}

export function evaluate(worlds: DetectionWorld[], config: DetectorConfig = DEFAULT_CONFIG, only?: DetectorName[]) {
  const outcomes: Outcome[] = worlds.map((world) => ({ world, findings: (only ?? (Object.keys(DETECTORS) as DetectorName[])).flatMap((d) => DETECTORS[d](world, config)) }));
  return score(outcomes);
}

export function score(outcomes: Outcome[], filter: (i: Injection) => boolean = () => true) {
  const truths: { world: number; injection: Injection; by: Set<string> }[] = [];
  const perDetector = new Map<string, { tp: number; fp: number; found: number }>();
  let flaggedPairs = 0;
  let truePairs = 0;
  const falses: string[] = [];
  for (const { world, findings } of outcomes) {
    const targets = new Set(world.injections.map((i) => i.participant));
    const excluded = new Set(world.injections.filter((i) => !filter(i)).map((i) => i.participant));
    for (const i of world.injections) if (filter(i)) truths.push({ world: world.seed, injection: i, by: new Set(findings.filter((f) => f.participant === i.participant).map((f) => f.type)) });
    const pairs = new Set<string>();
    for (const f of findings) {
      if (excluded.has(f.participant)) continue;
      const d = perDetector.get(f.type) ?? { tp: 0, fp: 0, found: 0 };
      if (targets.has(f.participant)) d.tp++;
      else {
        d.fp++;
        falses.push(`world ${world.seed}: ${f.type} ${f.participant} (score ${f.evidence.score}${world.injections.some((i) => i.source === f.participant) ? ', the source of an injection' : ''}) ${JSON.stringify(f.evidence.figures)}`);
      }
      perDetector.set(f.type, d);
      pairs.add(f.participant);
    }
    flaggedPairs += pairs.size;
    truePairs += [...pairs].filter((p) => targets.has(p)).length;
  }
  const recall = truths.length ? truths.filter((t) => t.by.size > 0).length / truths.length : NaN;
  const precision = flaggedPairs ? truePairs / flaggedPairs : NaN;
  return { truths, perDetector, recall, precision, flaggedPairs, truePairs, falses };
}

function bucket(i: Injection): string {
  const uv = i.kind === 'unit-value' || i.kind === 'hub-undervaluation';
  const edges = uv ? [1.2, 1.5, 2, 3, 4] : i.kind === 'over-export' ? [0.05, 0.1, 0.2, 0.5, 1] : [0.05, 0.1, 0.2, 0.35, 0.5];
  for (let k = edges.length - 2; k >= 0; k--) if (i.strength >= edges[k]!) return uv ? `${edges[k]}–${edges[k + 1]}×` : `${edges[k]! * 100}–${edges[k + 1]! * 100} %`;
  return 'below';
}

function scaled(config: DetectorConfig, d: DetectorName, t: number): DetectorConfig {
  const c = structuredClone(config);
  if (d === 'balance') c.balance.tolerance *= t;
  if (d === 'unit_value') {
    c.unitValue.high = 1 + (c.unitValue.high - 1) * t;
    c.unitValue.low = 1 - (1 - c.unitValue.low) * t;
    c.unitValue.shift = 1 + (c.unitValue.shift - 1) * t;
  }
  if (d === 'neighbour_surge') c.neighbourSurge.growth *= t;
  return c;
}

export const detectionBench: Bench = {
  name: 'detection',
  description: 'detectors on worlds of varied difficulty with known truth (issue 22)',
  async run(ctx) {
    const n = ctx.quick ? 40 : 300;
    const t0 = performance.now();
    const worlds = Array.from({ length: n }, (_, i) => detectionWorld(i + 1));
    const genMs = performance.now() - t0;
    const t1 = performance.now();
    const outcomes: Outcome[] = worlds.map((world) => ({ world, findings: (Object.keys(DETECTORS) as DetectorName[]).flatMap((d) => DETECTORS[d](world, DEFAULT_CONFIG)) }));
    const runMs = performance.now() - t1;
    const all = score(outcomes);
    const goal = score(outcomes, inGoal);
    const figures: Omit<Figure, 'bench'>[] = [];
    const pct = (x: number) => (Number.isNaN(x) ? NaN : x * 100);
    const injected = worlds.flatMap((w) => w.injections);
    figures.push({ name: `worlds (${worlds.filter((w) => !w.injections.length).length} clean)`, value: n, unit: 'worlds', note: `${injected.length} injections; ${((genMs + runMs) / n).toFixed(1)} ms a world` });
    figures.push({ name: 'GOAL recall (surges ≥ 10 %, unit values ≥ 1.5×)', value: pct(goal.recall), unit: '%', note: `${goal.truths.filter((t) => t.by.size).length}/${goal.truths.length}` });
    figures.push({ name: 'GOAL precision (Participants flagged)', value: pct(goal.precision), unit: '%', note: `${goal.truePairs}/${goal.flaggedPairs}` });
    figures.push({ name: 'recall, every strength', value: pct(all.recall), unit: '%', note: `${all.truths.filter((t) => t.by.size).length}/${all.truths.length}` });
    figures.push({ name: 'precision, every strength', value: pct(all.precision), unit: '%', note: `${all.truePairs}/${all.flaggedPairs}` });
    for (const d of Object.keys(DETECTORS) as DetectorName[]) {
      const s = all.perDetector.get(d) ?? { tp: 0, fp: 0, found: 0 };
      const caught = all.truths.filter((t) => t.by.has(d)).length;
      figures.push({ name: `${d}: recall (of every injection)`, value: pct(caught / all.truths.length), unit: '%', note: `${caught}/${all.truths.length}` });
      figures.push({ name: `${d}: precision`, value: pct(s.tp + s.fp ? s.tp / (s.tp + s.fp) : NaN), unit: '%', note: `${s.tp} true, ${s.fp} false` });
    }
    for (const k of KINDS) {
      const ts = all.truths.filter((t) => t.injection.kind === k);
      const byDetector = (Object.keys(DETECTORS) as DetectorName[]).map((d) => `${d} ${ts.filter((t) => t.by.has(d)).length}`).join(', ');
      figures.push({ name: `kind ${k}: recall`, value: pct(ts.filter((t) => t.by.size).length / ts.length), unit: '%', note: `${ts.filter((t) => t.by.size).length}/${ts.length} (${byDetector})` });
      const buckets = [...new Set(ts.map((t) => bucket(t.injection)))].sort((a, b) => parseFloat(a) - parseFloat(b));
      for (const b of buckets) {
        const bs = ts.filter((t) => bucket(t.injection) === b);
        figures.push({ name: `kind ${k} at ${b}: recall`, value: pct(bs.filter((t) => t.by.size).length / bs.length), unit: '%', note: `${bs.filter((t) => t.by.size).length}/${bs.length}` });
      }
    }
    // worlds the thresholds were not chosen on (other seeds): the same goal
    const heldOut = Array.from({ length: n }, (_, i) => detectionWorld(100_001 + i));
    const held = score(heldOut.map((world) => ({ world, findings: (Object.keys(DETECTORS) as DetectorName[]).flatMap((d) => DETECTORS[d](world, DEFAULT_CONFIG)) })), inGoal);
    figures.push({ name: `held-out worlds (seeds 100001–${100_000 + n}): GOAL recall`, value: pct(held.recall), unit: '%', note: `${held.truths.filter((t) => t.by.size).length}/${held.truths.length}` });
    figures.push({ name: 'held-out worlds: GOAL precision', value: pct(held.precision), unit: '%', note: `${held.truePairs}/${held.flaggedPairs}` });
    // the curves: each detector alone, its threshold scaled around the default
    const MEANT: Record<DetectorName, string[]> = { balance: ['laundering', 'over-export', 'two-hop'], unit_value: ['unit-value', 'hub-undervaluation'], neighbour_surge: ['laundering', 'two-hop'] };
    for (const d of Object.keys(DETECTORS) as DetectorName[]) {
      const points: string[] = [];
      for (const t of [0.5, 0.75, 1, 1.25, 1.5]) {
        const c = scaled(DEFAULT_CONFIG, d, t);
        const r = score(worlds.map((world) => ({ world, findings: DETECTORS[d](world, c) })), (i) => inGoal(i) && MEANT[d].includes(i.kind));
        const s = r.perDetector.get(d) ?? { tp: 0, fp: 0, found: 0 };
        points.push(`×${t}: R ${(r.recall * 100).toFixed(0)} P ${s.tp + s.fp ? ((s.tp / (s.tp + s.fp)) * 100).toFixed(0) : '–'}`);
      }
      figures.push({ name: `curve ${d} (threshold × t: recall of its kinds in the goal, precision)`, value: NaN, unit: '', note: points.join('; ') });
    }
    if (process.env.DETECTION_FALSES) for (const f of all.falses) console.log(`\n    false: ${f}`);
    if (process.env.DETECTION_MISSES) for (const t of all.truths.filter((x) => !x.by.size)) console.log(`\n    missed: world ${t.world} ${t.injection.kind} ${t.injection.participant} ${t.injection.strength.toFixed(2)}`);
    return figures;
  },
};
