// How fast this run's machine is against the one its baseline was taken on, and each figure's change
// with that speed taken out. Machines of one kind (2x-amd-epyc) have been measured twice as fast as one
// another on different days: without this, a figure's change against the baseline says more of the
// machine than of the code.
import type { Figure } from './harness.js';

/** The raw limits every run measures first (bench/raw.ts): what the machine does, whatever kpcs does. */
export const RAW_LIMITS = ['raw ed25519 sign', 'raw ed25519 verify', 'raw sha256 (600 B)', 'raw pglite insert, one transaction'] as const;

export const figureKey = (f: Pick<Figure, 'bench' | 'engine' | 'name'>) => `${f.bench}|${f.engine ?? ''}|${f.name}`;

/**
 * This run's raw limits against the baseline's, as one factor (their geometric mean of now / then: 0.5
 * is a machine half as fast), or undefined when either lacks one of them.
 */
export function machineSpeed(now: readonly Figure[], baseline: ReadonlyMap<string, Figure>): number | undefined {
  let logSum = 0;
  for (const name of RAW_LIMITS) {
    const f = now.find((x) => x.bench === 'raw' && x.name === name);
    const was = f && baseline.get(figureKey(f));
    if (!f || !was || !(f.value > 0) || !(was.value > 0)) return undefined;
    logSum += Math.log(f.value / was.value);
  }
  return Math.exp(logSum / RAW_LIMITS.length);
}

/**
 * The machine's speed for one figure: that of the raw limits measured beside it (Figure.raw: the load
 * runs), when it has them and the baseline has them too, else the run's (`runSpeed`).
 */
export function figureSpeed(f: Figure, baseline: ReadonlyMap<string, Figure>, runSpeed: number | undefined): number | undefined {
  return f.raw ? machineSpeed(f.raw.map((r) => ({ bench: 'raw', ...r })), baseline) : runSpeed;
}

/**
 * A figure's change against its baseline at the baseline machine's speed: a rate (a unit "…/s") divided
 * by the speed, a duration (s, ms, µs) multiplied by it; undefined for what speed does not scale (sizes,
 * memory, counts) and for the raw limits themselves.
 */
export function changeAtBaselineSpeed(f: Figure, was: Figure, speed: number): number | undefined {
  if (f.bench === 'raw' || f.unit !== was.unit || !(was.value > 0) || !(speed > 0)) return undefined;
  if (f.unit.endsWith('/s')) return f.value / speed / was.value - 1;
  if (f.unit === 's' || f.unit === 'ms' || f.unit === 'µs') return (f.value * speed) / was.value - 1;
  return undefined;
}
