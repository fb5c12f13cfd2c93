// Issue 22's goal held by the detectors on the bench's worlds of known truth (bench/detection-worlds.ts):
// recall and precision of at least 0.9 over surges of 10 % or more and unit values of 1.5× or more, and
// every finding they raise explained in the five languages. `npm run bench -- --only detection` gives the
// full figures (300 worlds, curves); this runs 80 worlds the thresholds were not chosen on.
import { countryName } from '../src/core/i18n.js';
import { describe, expect, it } from 'vitest';
import { detectionWorld, inGoal, KINDS } from '../bench/detection-worlds.js';
import { evaluate } from '../bench/detection.js';
import { analyze } from '../src/monitoring/detectors/index.js';
import { EXPLAIN_LANGUAGES, explain } from '../src/monitoring/explain.js';

const worlds = Array.from({ length: 80 }, (_, i) => detectionWorld(500_001 + i));

describe('detection at the edge of the noise', () => {
  it('the worlds carry every kind of injection, and clean ones', () => {
    const kinds = new Set(worlds.flatMap((w) => w.injections.map((i) => i.kind)));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    expect(worlds.some((w) => w.injections.length === 0)).toBe(true);
  });

  it('reach recall ≥ 0.9 at precision ≥ 0.9 over surges ≥ 10 % and unit values ≥ 1.5×', () => {
    const all = evaluate(worlds);
    const inGoalTruths = all.truths.filter((t) => inGoal(t.injection));
    expect(inGoalTruths.length).toBeGreaterThan(40);
    const recall = inGoalTruths.filter((t) => t.by.size > 0).length / inGoalTruths.length;
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('explain every finding raised on these worlds in en, fr, pt, es and ru', () => {
    const variants = new Set<string>();
    for (const w of worlds) {
      for (const f of analyze(w.input)) {
        variants.add(`${f.type}.${f.evidence.reason.variant}`);
        expect(f.evidence.score).toBeGreaterThanOrEqual(1);
        for (const lang of EXPLAIN_LANGUAGES) expect(explain(f, lang).reason, `${f.type} ${f.evidence.reason.variant} in ${lang}`).toContain(countryName(f.participant, lang));
      }
    }
    expect(variants.size).toBeGreaterThan(4);
  });
});
