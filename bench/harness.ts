// The benchmark harness: each domain adds a Bench; figures are printed as a table and written as
// JSON. Where the machine has a raw limit for the same work (Ed25519, SHA-256, PGlite inserts), a
// figure names it as baseline, so the ratio holds on a noisy or slower machine.
import { randomBytes } from 'node:crypto';
import { openReadyStore, type ReadyStore } from '../src/setup.js';
import { configure } from '../src/certificates/service.js';
import type { Engine } from '../src/db/store.js';
import { createDatabase, dropDatabase } from './postgres.js';

export interface Figure {
  bench: string;
  engine?: Engine;
  name: string;
  value: number;
  unit: string;
  /** name of the raw figure of the same run this one compares with */
  baseline?: string;
  ratio?: number;
  note?: string;
  /**
   * The raw limits measured right before and after this figure alone (their means; bench/raw.ts): the
   * machine's speed moves by a third within minutes, so a figure of a few seconds is put at the baseline
   * machine's speed by the limits of its own seconds rather than those of the run's start.
   */
  raw?: RawFigure[];
}

/** A raw limit (bench/raw.ts), as measured beside a figure. */
export type RawFigure = Pick<Figure, 'engine' | 'name' | 'value' | 'unit'>;

export interface BenchContext {
  quick: boolean;
  engines: Engine[];
  /**
   * a fresh, migrated and seeded store on that engine, dropped/closed by the harness afterwards; its
   * authorities' keys under a master key of its own (a clean environment has no KPCS_MASTER_KEY)
   */
  freshStore(engine: Engine): Promise<ReadyStore>;
  /** figures already measured in this run (the raw limits come first) */
  figures: Figure[];
}

export interface Bench {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Omit<Figure, 'bench'>[]>;
}

export function rate(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Infinity;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, i)]!;
}

/** Times `n` sequential calls; returns per-call latencies (ms), sorted. */
export async function latencies(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call(i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export function find(figures: Figure[], name: string): Figure | undefined {
  return figures.find((f) => f.name === name);
}

/** Stores for benches: PGlite in memory; PostgreSQL as a throwaway database on the given server. */
export function storeFactory(databaseUrl: string | undefined) {
  const opened: { store: ReadyStore; drop?: () => Promise<void> }[] = [];
  return {
    async fresh(engine: Engine): Promise<ReadyStore> {
      if (engine === 'pglite') {
        const store = await openReadyStore({ dataDir: '/nonexistent' }, { inMemory: true });
        configure(store, { masterKey: randomBytes(32) });
        opened.push({ store });
        return store;
      }
      if (!databaseUrl) throw new Error('no PostgreSQL server configured (BENCH_DATABASE_URL)');
      const name = `kpcs_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
      const store = await openReadyStore({ databaseUrl: await createDatabase(databaseUrl, name) });
      configure(store, { masterKey: randomBytes(32) });
      opened.push({
        store,
        drop: () => dropDatabase(databaseUrl, name),
      });
      return store;
    },
    async closeAll() {
      for (const o of opened.splice(0)) {
        await o.store.close().catch(() => {});
        await o.drop?.().catch(() => {});
      }
    },
  };
}
