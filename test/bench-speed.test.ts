// The bench's change "at the baseline machine's speed" (bench/speed.ts): a machine of the same kind but
// slower or faster is measured by the raw limits, and rates and durations are compared as if on the
// baseline's machine; sizes are not scaled.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../bench/harness.js';
import { changeAtBaselineSpeed, figureKey, figureSpeed, machineSpeed, RAW_LIMITS } from '../bench/speed.js';

const raw = (name: string, value: number): Figure => ({ bench: 'raw', name, value, unit: name.includes('pglite') ? 'rows/s' : 'ops/s', ...(name.includes('pglite') && { engine: 'pglite' as const }) });
const baselineOf = (figures: Figure[]) => new Map(figures.map((f) => [figureKey(f), f]));
const then = RAW_LIMITS.map((n, i) => raw(n, 1000 * (i + 1)));

describe('machine speed against the baseline', () => {
  it('is the geometric mean of the raw limits now against then', () => {
    const factors = [0.5, 0.25, 1, 2];
    const now = RAW_LIMITS.map((n, i) => raw(n, 1000 * (i + 1) * factors[i]!));
    const expected = Math.exp(factors.reduce((s, f) => s + Math.log(f), 0) / factors.length);
    expect(machineSpeed(now, baselineOf(then))).toBeCloseTo(expected, 12);
    // every limit half: the machine is half as fast
    expect(machineSpeed(then.map((f) => ({ ...f, value: f.value / 2 })), baselineOf(then))).toBeCloseTo(0.5, 12);
  });

  it('is unknown when a raw limit is missing on either side, or not positive', () => {
    expect(machineSpeed(then.slice(1), baselineOf(then))).toBeUndefined();
    expect(machineSpeed(then, baselineOf(then.slice(0, 3)))).toBeUndefined();
    expect(machineSpeed(then.map((f, i) => (i === 0 ? { ...f, value: 0 } : f)), baselineOf(then))).toBeUndefined();
  });

  it('takes the speed out of rates and durations, not of sizes or the raw limits', () => {
    const was = (unit: string, value: number): Figure => ({ bench: 'load', name: 'x', unit, value });
    // half the rate on a machine half as fast: unchanged
    expect(changeAtBaselineSpeed(was('req/s', 500), was('req/s', 1000), 0.5)).toBeCloseTo(0, 12);
    // twice the time on a machine half as fast: unchanged; the same time there: half
    expect(changeAtBaselineSpeed(was('s', 20), was('s', 10), 0.5)).toBeCloseTo(0, 12);
    expect(changeAtBaselineSpeed(was('ms', 10), was('ms', 10), 0.5)).toBeCloseTo(-0.5, 12);
    // CPU time a request: 1,200 µs on a machine half as fast is 600 at the baseline's, against 500 then
    expect(changeAtBaselineSpeed(was('µs', 1200), was('µs', 500), 0.5)).toBeCloseTo(0.2, 12);
    // a rate 10 % above what the machine's speed explains
    expect(changeAtBaselineSpeed(was('certs/s', 550), was('certs/s', 1000), 0.5)).toBeCloseTo(0.1, 12);
    expect(changeAtBaselineSpeed(was('bytes', 2000), was('bytes', 3000), 0.5)).toBeUndefined();
    expect(changeAtBaselineSpeed(was('MiB', 300), was('MiB', 300), 0.5)).toBeUndefined();
    expect(changeAtBaselineSpeed({ ...then[0]!, value: 500 }, then[0]!, 0.5)).toBeUndefined();
    expect(changeAtBaselineSpeed(was('req/s', 500), was('ms', 1000), 0.5)).toBeUndefined();
  });

  it("puts a figure with raw limits measured beside it at the speed of those, and any other at the run's", () => {
    const run = 0.8;
    const load: Figure = { bench: 'load', name: 'issuance: requests per second', unit: 'req/s', value: 900 };
    expect(figureSpeed(load, baselineOf(then), run)).toBe(run);
    // limits beside it at half the baseline's: half, whatever the run's first ones said
    const beside = then.map(({ engine, name, value, unit }) => ({ ...(engine && { engine }), name, value: value / 2, unit }));
    expect(figureSpeed({ ...load, raw: beside }, baselineOf(then), run)).toBeCloseTo(0.5, 12);
    // 900 req/s then against 1,000 at the baseline: +80 % at the speed beside it, +12.5 % at the run's
    expect(changeAtBaselineSpeed(load, { ...load, value: 1000 }, figureSpeed({ ...load, raw: beside }, baselineOf(then), run)!)).toBeCloseTo(0.8, 12);
    // limits beside it the baseline lacks: unknown rather than the run's
    expect(figureSpeed({ ...load, raw: beside.slice(1) }, baselineOf(then), run)).toBeUndefined();
  });
});
