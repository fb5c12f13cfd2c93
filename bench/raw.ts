// The machine's raw limits, measured first in every run: what our figures are ratios of.
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { rate, type Bench } from './harness.js';

function timeLoop(ms: number, body: () => void): { count: number; ms: number } {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) body();
    count += 100;
  }
  return { count, ms: performance.now() - start };
}

export const rawBench: Bench = {
  name: 'raw',
  description: 'raw node:crypto Ed25519 and SHA-256, raw PGlite inserts',
  async run(ctx) {
    const span = ctx.quick ? 300 : 1500;
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const message = Buffer.from('x'.repeat(600)); // about one canonical certificate
    const signature = sign(null, message, privateKey);
    const s = timeLoop(span, () => sign(null, message, privateKey));
    const v = timeLoop(span, () => verify(null, message, publicKey, signature));
    const h = timeLoop(span, () => createHash('sha256').update(message).digest());

    const db = new PGlite();
    await db.exec('create table t (id integer primary key, payload text)');
    const n = ctx.quick ? 1000 : 5000;
    let t = performance.now();
    for (let i = 0; i < n; i++) await db.query('insert into t values ($1, $2)', [i, 'payload']);
    const autocommit = rate(n, performance.now() - t);
    t = performance.now();
    await db.transaction(async (tx) => {
      for (let i = n; i < 2 * n; i++) await tx.query('insert into t values ($1, $2)', [i, 'payload']);
    });
    const inTx = rate(n, performance.now() - t);
    await db.close();

    return [
      { name: 'raw ed25519 sign', value: rate(s.count, s.ms), unit: 'ops/s' },
      { name: 'raw ed25519 verify', value: rate(v.count, v.ms), unit: 'ops/s' },
      { name: 'raw sha256 (600 B)', value: rate(h.count, h.ms), unit: 'ops/s' },
      { name: 'raw pglite insert, autocommit', value: autocommit, unit: 'rows/s', engine: 'pglite' },
      { name: 'raw pglite insert, one transaction', value: inTx, unit: 'rows/s', engine: 'pglite' },
    ];
  },
};
