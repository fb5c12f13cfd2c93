// The machine's raw limits, measured first in every run: what our figures are ratios of.
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { rate, type Bench, type RawFigure } from './harness.js';

function timeLoop(ms: number, body: () => void): { count: number; ms: number } {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) body();
    count += 100;
  }
  return { count, ms: performance.now() - start };
}

/** PGlite in memory with the table the raw inserts go to (rawLimits). */
export async function rawInsertDb(): Promise<PGlite> {
  const db = new PGlite();
  await db.exec('create table t (id integer primary key, payload text)');
  return db;
}

let nextId = 0;

/**
 * The raw limits: Ed25519 sign and verify and SHA-256 of about one canonical certificate, each for `span`
 * ms, and `n` PGlite inserts (autocommit, then in one transaction) into `db`'s table.
 */
export async function rawLimits(span: number, n: number, db: PGlite): Promise<RawFigure[]> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const message = Buffer.from('x'.repeat(600)); // about one canonical certificate
  const signature = sign(null, message, privateKey);
  const s = timeLoop(span, () => sign(null, message, privateKey));
  const v = timeLoop(span, () => verify(null, message, publicKey, signature));
  const h = timeLoop(span, () => createHash('sha256').update(message).digest());
  let t = performance.now();
  for (let i = 0; i < n; i++) await db.query('insert into t values ($1, $2)', [nextId++, 'payload']);
  const autocommit = rate(n, performance.now() - t);
  t = performance.now();
  await db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) await tx.query('insert into t values ($1, $2)', [nextId++, 'payload']);
  });
  const inTx = rate(n, performance.now() - t);
  return [
    { name: 'raw ed25519 sign', value: rate(s.count, s.ms), unit: 'ops/s' },
    { name: 'raw ed25519 verify', value: rate(v.count, v.ms), unit: 'ops/s' },
    { name: 'raw sha256 (600 B)', value: rate(h.count, h.ms), unit: 'ops/s' },
    { name: 'raw pglite insert, autocommit', value: autocommit, unit: 'rows/s', engine: 'pglite' },
    { name: 'raw pglite insert, one transaction', value: inTx, unit: 'rows/s', engine: 'pglite' },
  ];
}

/** The means of two measures of the raw limits (before and after a figure). */
export function meanLimits(a: RawFigure[], b: RawFigure[]): RawFigure[] {
  return a.map((f, i) => ({ ...f, value: (f.value + b[i]!.value) / 2 }));
}

export const rawBench: Bench = {
  name: 'raw',
  description: 'raw node:crypto Ed25519 and SHA-256, raw PGlite inserts',
  async run(ctx) {
    const db = await rawInsertDb();
    try {
      return await rawLimits(ctx.quick ? 300 : 1500, ctx.quick ? 1000 : 5000, db);
    } finally {
      await db.close();
    }
  },
};
