// The price of a power-safe embedded store (docs/durability.md): certificates issued through the API on
// PGlite on disk, as `kpcs serve` runs it, with KPCS_EMBEDDED_FSYNC=on (the default: every commit's WAL
// fsynced before it returns) and off (written to the kernel only), and one certificate at a time (one
// commit, one fsync each: the worst case), beside the raw cost of an fsync on the same disk.
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { localOperator } from '../src/auth/model.js';
import { configure } from '../src/certificates/keys.js';
import { issue } from '../src/certificates/issuance.js';
import { openReadyStore } from '../src/setup.js';
import { measureCertificates } from './certificates.js';
import { latencies, percentile, rate, type Bench, type Figure } from './harness.js';

const REQUEST = {
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.31', carats: 120.5, valueUsd: 30_000 }],
  parcels: 2,
};

/** 8 kB written and fsynced, `n` times, in a file beside the stores: what the disk gives. */
function rawFsyncMs(dir: string, n: number): number[] {
  const fd = openSync(join(dir, 'fsync-probe'), 'w');
  const page = randomBytes(8192);
  const out: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      writeSync(fd, page, 0, page.length, (i % 16) * 8192);
      fsyncSync(fd);
      out.push(performance.now() - t);
    }
  } finally {
    closeSync(fd);
  }
  return out.sort((a, b) => a - b);
}

export const durabilityBench: Bench = {
  name: 'durability',
  description: 'issuance on PGlite on disk with KPCS_EMBEDDED_FSYNC on and off; one certificate a commit; the raw fsync',
  async run(ctx) {
    const figures: Omit<Figure, 'bench'>[] = [];
    const root = mkdtempSync(join(tmpdir(), 'kpcs-bench-durability-'));
    try {
      const raw = rawFsyncMs(root, ctx.quick ? 50 : 200);
      figures.push({ engine: 'pglite', name: 'raw write + fsync of 8 kB, p50', value: percentile(raw, 50), unit: 'ms', note: `p99 ${percentile(raw, 99).toFixed(2)} ms` });
      const count = ctx.quick ? 500 : 3000;
      const single = ctx.quick ? 40 : 150;
      for (const fsync of [false, true]) {
        const label = `KPCS_EMBEDDED_FSYNC=${fsync ? 'on' : 'off'}`;
        const store = await openReadyStore({ dataDir: join(root, fsync ? 'on' : 'off'), embeddedFsync: fsync });
        try {
          configure(store, { masterKey: randomBytes(32) });
          const before = store.fsyncs?.count ?? 0;
          const f = await measureCertificates(store, 'pglite', count, 300);
          figures.push({ engine: 'pglite', name: `certificates issued through the API, on disk, ${label}`, value: f.issuePerSecond, unit: 'certs/s', note: `${count} issued, 64 in flight; ${store.fsyncs ? `${store.fsyncs.count - before} fsyncs in all (with the batch API and warm-up)` : 'no fsync'}` });
          figures.push({ engine: 'pglite', name: `certificates issued through the batch API, on disk, ${label}`, value: f.batchIssuePerSecond, unit: 'certs/s' });
          const officer = localOperator('ZA');
          const one = await latencies(single, () => issue(store, officer, REQUEST));
          const total = one.reduce((a, b) => a + b, 0);
          figures.push({ engine: 'pglite', name: `one certificate a commit, on disk, ${label}: p50`, value: percentile(one, 50), unit: 'ms', note: `${rate(single, total).toFixed(0)} certs/s one after the other; p99 ${percentile(one, 99).toFixed(1)} ms` });
        } finally {
          await store.close();
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    return figures;
  },
};
