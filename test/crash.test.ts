// Crash safety: certificates issued by concurrent clients, the server killed with SIGKILL in the
// middle, restarted: every acknowledged certificate is there and genuine, the transparency log is
// consistent with the last tree head a client saw, and the audit chain is intact. Then: writes of other
// kinds (a statistics submission, a key rotation, a new user) acknowledged and the process killed at
// once; and the PGlite settings docs/durability.md relies on, read back from an opened store.
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, inject } from 'vitest';
import { kpcs, readyDataDir } from './support/cli.js';
import { newDatabase } from './support/postgres.js';
import { killHard, serve } from './support/serve.js';
import { verifyConsistency } from '../src/certificates/merkle.js';
import { openStore } from '../src/db/store.js';

const request = (i: number) => ({
  exporter: { name: 'Kimberley Mines (Pty) Ltd', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Antwerp Rough', address: 'Hoveniersstraat 2, Antwerp', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 100 + i, valueUsd: 50_000 + i }],
  parcels: 1,
});

const engines = inject('postgresUrl') ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(engines)('a server killed mid-issuance on %s', (engine) => {
  it('loses no acknowledged certificate and keeps the log and the audit chain consistent', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kpcs-crash-'));
    if (engine === 'pglite') readyDataDir(dataDir);
    const env: Record<string, string> = engine === 'postgres' ? { DATABASE_URL: (await newDatabase('crash')).url, KPCS_MASTER_KEY: randomBytes(32).toString('base64') } : {};
    const token = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'Crash Officer', '--data-dir', dataDir], env).stdout.trim();
    expect(token).toMatch(/^kpcs_/);

    const first = await serve(dataDir, env);
    const acknowledged: string[] = [];
    let lastHead: { treeSize: number; rootHash: string } | undefined;
    let stop = false;
    const client = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${first.url}/api/certificates`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(request(w * 10_000 + i)) });
          if (res.status === 201) acknowledged.push(((await res.json()) as { number: string }).number);
          if (i % 10 === 0) {
            const head = await fetch(`${first.url}/api/log/tree-head`);
            if (head.ok) lastHead = (await head.json()) as { treeSize: number; rootHash: string };
          }
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = Array.from({ length: 6 }, (_, w) => client(w));
    // kill once some certificates are through, while requests are in flight
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));
    await killHard(first.child);
    stop = true;
    await Promise.all(clients);
    expect(lastHead).toBeDefined();

    const second = await serve(dataDir, env);
    try {
      for (const number of acknowledged) {
        const v = (await (await fetch(`${second.url}/api/verify/${number}`)).json()) as { verdict: string };
        expect(v.verdict, number).toBe('genuine');
      }
      const numbers = new Set(acknowledged);
      expect(numbers.size).toBe(acknowledged.length);
      const head = (await (await fetch(`${second.url}/api/log/tree-head`)).json()) as { treeSize: number; rootHash: string };
      expect(head.treeSize).toBeGreaterThanOrEqual(Math.max(lastHead!.treeSize, acknowledged.length));
      const proof = (await (await fetch(`${second.url}/api/log/consistency-proof?first=${lastHead!.treeSize}&second=${head.treeSize}`)).json()) as { firstRoot: string; secondRoot: string; proof: string[] };
      expect(proof.firstRoot).toBe(lastHead!.rootHash);
      const hex = (h: string) => Buffer.from(h, 'hex');
      expect(verifyConsistency(lastHead!.treeSize, head.treeSize, hex(proof.firstRoot), hex(head.rootHash), proof.proof.map(hex))).toBe(true);
    } finally {
      await killHard(second.child);
    }
    const audit = kpcs(['audit', 'verify', '--data-dir', dataDir], env);
    expect(audit.stderr).toBe('');
    expect(audit.stdout).toMatch(/audit chain intact/);
  });
});

describe.each(engines)('writes acknowledged just before a SIGKILL on %s', (engine) => {
  it('are all there after the restart: a statistics submission, a key rotation, a cancellation', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kpcs-crash-'));
    if (engine === 'pglite') readyDataDir(dataDir);
    const env: Record<string, string> = engine === 'postgres' ? { DATABASE_URL: (await newDatabase('crash')).url, KPCS_MASTER_KEY: randomBytes(32).toString('base64') } : {};
    const officer = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'Crash Officer', '--data-dir', dataDir], env).stdout.trim();
    expect(officer).toMatch(/^kpcs_/);
    const headers = { authorization: `Bearer ${officer}`, 'content-type': 'application/json' };

    const first = await serve(dataDir, env);
    const post = (path: string, body: unknown) => fetch(`${first.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const submitted = await post('/api/statistics/trade', { rows: [{ reporter: 'ZA', period: '2006-Q1', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: '1234.50', value_usd: '98765.43', certificates: 7 }] });
    expect(submitted.status).toBe(200);
    const issued = await post('/api/certificates', request(1));
    expect(issued.status).toBe(201);
    const number = ((await issued.json()) as { number: string }).number;
    const rotated = await post('/api/participants/ZA/keys/rotation', {});
    expect(rotated.status).toBe(201);
    const newKey = JSON.stringify(await rotated.json());
    const cancelled = await post(`/api/certificates/${number}/cancellation`, { reason: 'lost', note: 'acknowledged just before the kill' });
    expect(cancelled.status).toBe(201);
    // no grace: killed the moment the last answer arrived
    await killHard(first.child);

    const second = await serve(dataDir, env);
    try {
      const subs = (await (await fetch(`${second.url}/api/statistics/submissions/ZA?kind=trade`, { headers })).json()) as { submissions: { period: string; version: number; rows: number }[] };
      expect(subs.submissions).toEqual([expect.objectContaining({ period: '2006-Q1', version: 1, rows: 1 })]);
      const trust = (await (await fetch(`${second.url}/api/trust-list`)).json()) as { keys: { keyId: string; owner: string; validTo: string | null }[]; cancelled: { number: string }[] };
      const inService = trust.keys.filter((k) => k.owner === 'ZA' && k.validTo === null);
      expect(inService).toHaveLength(1);
      expect(newKey).toContain(inService[0]!.keyId);
      expect(trust.cancelled.map((c) => c.number)).toContain(number);
      const v = (await (await fetch(`${second.url}/api/verify/${number}`)).json()) as { verdict: string };
      expect(v.verdict).toBe('cancelled');
    } finally {
      await killHard(second.child);
    }
    const audit = kpcs(['audit', 'verify', '--data-dir', dataDir], env);
    expect(audit.stdout).toMatch(/audit chain intact/);
  });
});

describe('the PGlite settings an acknowledged write relies on (docs/durability.md)', () => {
  it('commits wait for the WAL write (synchronous_commit on), fsynced (fsync on unless KPCS_EMBEDDED_FSYNC=off)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kpcs-durability-'));
    const store = await openStore({ dataDir });
    try {
      const show = async (name: string) => Object.values((await sql.raw<Record<string, string>>(`show ${name}`).execute(store.db)).rows[0]!)[0];
      expect(await show('synchronous_commit')).toBe('on');
      expect(await show('commit_delay')).toBe('0');
      // fsync on through src/db/durable-nodefs.ts: a power cut is survived too (test/power-cut.test.ts)
      expect(await show('fsync')).toBe('on');
    } finally {
      await store.close();
    }
  });
});
