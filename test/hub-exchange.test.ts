// Two installations (issue #20): a kpcs hub and BW's national system, each `kpcs serve` on its own store
// and port. Issued at the national system → genuine at the hub; confirmed at the hub by an EU officer →
// confirmed at the national system; the hub stopped while the national system issues → every
// certificate delivered once it returns, none lost, none twice; cancelled at the national system →
// cancelled at the hub and marked in the hub's status list. On the embedded store, and on PostgreSQL
// when TEST_DATABASE_URL names a server.
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { kpcs, readyDataDir } from './support/cli.js';
import { bwRequest as request } from './support/hub.js';
import { bitOf } from './support/independent-vc.js';
import { newDatabase } from './support/postgres.js';
import { serve, type Served } from './support/serve.js';

const postgresUrl = inject('postgresUrl');

type Json = Record<string, unknown>;

async function api(base: string, token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
}

/** Polls until `cond` holds (no timed assertion: a generous bound only against a hang). */
async function until<T>(what: string, probe: () => Promise<T>, cond: (v: T) => boolean, ms = 180_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (cond(v)) return v;
    if (Date.now() > end) throw new Error(`still waiting for ${what}: last ${JSON.stringify(v).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function stop(served: Served): Promise<void> {
  return new Promise((resolve) => {
    if (served.child.exitCode !== null || served.child.signalCode !== null) return resolve();
    served.child.once('exit', () => resolve());
    served.child.kill('SIGTERM');
  });
}

const ENGINES = [{ engine: 'embedded', pg: false }, ...(postgresUrl ? [{ engine: 'PostgreSQL', pg: true }] : [])];

describe.each(ENGINES)('the hub and a national system ($engine)', ({ pg: onPostgres }) => {
  it('exchange certificates, confirmations and cancellations; nothing is lost or applied twice while the hub is down', { timeout: 300_000 }, async () => {
    const hubDir = mkdtempSync(join(tmpdir(), 'kpcs-hub-'));
    const bwDir = mkdtempSync(join(tmpdir(), 'kpcs-bw-'));
    if (!onPostgres) for (const d of [hubDir, bwDir]) readyDataDir(d);
    const hubEnv: Record<string, string> = { KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42', KPCS_MASTER_KEY: randomBytes(32).toString('base64') };
    const bwEnv: Record<string, string> = { KPCS_ADMIN_PASSWORD: 'correct horse battery staple 42', KPCS_MASTER_KEY: randomBytes(32).toString('base64') };
    if (onPostgres) {
      hubEnv.DATABASE_URL = (await newDatabase('hub')).url;
      bwEnv.DATABASE_URL = (await newDatabase('hub')).url;
    }
    const cli = (dir: string, env: Record<string, string>, args: string[]) => kpcs([...args, '--data-dir', dir], env);
    const servers: Served[] = [];
    try {
      // 1. at the hub: BW's national system as a machine user (its token printed once), an EU officer, the Chair
      const added = cli(hubDir, hubEnv, ['user', 'add', '--participant', 'BW', '--role', 'national-system', '--name', 'Botswana KP system']);
      expect(added.code, added.stderr).toBe(0);
      const nsToken = added.stdout.trim();
      expect(nsToken).toMatch(/^kpcs_/);
      expect(added.stderr).toMatch(/national-system for BW.*shown once/);
      const euToken = cli(hubDir, hubEnv, ['user', 'add', '--participant', 'EU', '--role', 'officer', '--name', 'EU Officer']).stdout.trim();
      const chairToken = cli(hubDir, hubEnv, ['user', 'add', '--participant', 'CA', '--role', 'chair', '--name', 'The Chair']).stdout.trim();
      // a national system is a machine: no other role, no password
      const mixed = cli(hubDir, hubEnv, ['user', 'add', '--participant', 'BW', '--role', 'national-system', 'officer', '--name', 'Mixed']);
      expect(mixed.code).not.toBe(0);
      expect(mixed.stderr).toMatch(/national-system is a machine of its own/);
      // at the national system: BW's officer
      const bwToken = cli(bwDir, bwEnv, ['user', 'add', '--participant', 'BW', '--role', 'officer', '--name', 'BW Officer']).stdout.trim();

      const hub = await serve(hubDir, hubEnv);
      servers.push(hub);
      const hubPort = Number(new URL(hub.url).port);
      const national = await serve(bwDir, { ...bwEnv, KPCS_HUB_URL: hub.url, KPCS_HUB_TOKEN: nsToken, KPCS_HUB_INTERVAL_MS: '200', KPCS_HUB_RETRY_MAX_MS: '1000' });
      servers.push(national);
      await until('the national system to say it is connected', async () => national.output(), (o) => /national system connected to the hub/.test(o));
      let hubUrl = hub.url;

      // 2. the national system's token acts on the exchange routes only, for BW only
      expect((await api(hubUrl, nsToken, 'GET', '/api/certificates?participant=BW')).status).toBe(403);
      expect((await api(hubUrl, nsToken, 'GET', '/api/hub/session')).json).toMatchObject({ participant: 'BW', protocol: 'kp-hub/1' });
      const foreign = await api(hubUrl, nsToken, 'POST', '/api/hub/keys', { participant: 'ZA', keys: [{ keyId: 'ZA-0123456789abcdef', publicKey: 'A'.repeat(43), validFrom: new Date().toISOString() }] });
      expect(foreign.status).toBe(403);
      expect((await api(hubUrl, euToken, 'GET', '/api/hub/keys')).status).toBe(403);

      // 3. issued at the national system: its key is registered at the hub, pending the Chair's approval
      const issue = async (i: number) => {
        const r = await api(national.url, bwToken, 'POST', '/api/certificates', request(i));
        expect(r.status, JSON.stringify(r.json)).toBe(201);
        return r.json.number as string;
      };
      const first = await issue(1);
      expect(first).toMatch(/^BW-\d{4}-\d{6}$/);
      const pending = await until('the key registered at the hub', () => api(hubUrl, chairToken, 'GET', '/api/hub/keys?participant=BW'), (r) => ((r.json.keys as Json[]) ?? []).length === 1);
      const key = (pending.json.keys as Json[])[0]!;
      expect(key).toMatchObject({ participant: 'BW', status: 'pending' });
      const localKey = (await api(national.url, null, 'GET', '/api/trust-list')).json;
      expect(JSON.stringify(localKey)).toContain(key.keyId as string);
      // not yet on the hub's trust list, and the certificate not accepted while the key waits
      expect(JSON.stringify((await api(hubUrl, null, 'GET', '/api/trust-list')).json)).not.toContain(key.keyId as string);
      expect((await api(hubUrl, null, 'GET', `/api/verify/${first}`)).json.verdict).toBe('not-in-log');
      // an officer may not approve; the Chair does (audited)
      expect((await api(hubUrl, euToken, 'POST', `/api/hub/keys/BW/${key.keyId}/decision`, { approve: true })).status).toBe(403);
      const approved = await api(hubUrl, chairToken, 'POST', `/api/hub/keys/BW/${key.keyId}/decision`, { approve: true, note: 'checked with the Botswana authority' });
      expect(approved.status, JSON.stringify(approved.json)).toBe(200);
      expect(approved.json.status).toBe('approved');
      expect(JSON.stringify((await api(hubUrl, null, 'GET', '/api/trust-list')).json)).toContain(key.keyId as string);

      // 4. genuine at the hub once delivered (the outbox retries after the approval)
      const genuine = await until(`${first} genuine at the hub`, () => api(hubUrl, null, 'GET', `/api/verify/${first}`), (r) => r.json.verdict === 'genuine');
      expect(genuine.json).toMatchObject({ issuer: 'BW', valid: true });
      // the importing authority sees it awaiting its confirmation, like any other
      const awaiting = await api(hubUrl, euToken, 'GET', '/api/certificates/awaiting-confirmation');
      expect(JSON.stringify(awaiting.json)).toContain(first);

      // 5. confirmed at the hub by the EU officer → confirmed at the national system
      const confirmed = await api(hubUrl, euToken, 'POST', `/api/certificates/${first}/confirmation`, { parcels: 1, carats: 101, sealsIntact: true });
      expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(201);
      const atHome = await until(`${first} confirmed at the national system`, () => api(national.url, bwToken, 'GET', `/api/certificates/${first}`), (r) => (r.json.status as Json | undefined)?.confirmation !== null && (r.json.status as Json | undefined)?.confirmation !== undefined);
      expect((atHome.json.status as Json).confirmation).toMatchObject({ participant: 'EU', parcels: 1, carats: 101, sealsIntact: true });

      // 6. the hub stopped while the national system issues: delivered once it returns, none lost, none twice
      await stop(hub);
      const whileDown = [await issue(2), await issue(3), await issue(4)];
      // the national system keeps them in its outbox, and says the hub does not answer
      await until('the national system to notice the hub is down', async () => national.output(), (o) => /does not answer/.test(o));
      const back = await serve(hubDir, hubEnv, hubPort);
      servers.push(back);
      hubUrl = back.url;
      for (const n of whileDown) await until(`${n} genuine at the hub`, () => api(hubUrl, null, 'GET', `/api/verify/${n}`), (r) => r.json.verdict === 'genuine');
      const received = await api(hubUrl, euToken, 'GET', '/api/certificates?participant=EU&role=received&limit=100');
      const numbers = (received.json.certificates as { number: string }[]).map((c) => c.number).filter((n) => n.startsWith('BW-')).sort();
      expect(numbers).toEqual([first, ...whileDown].sort());

      // 7. cancelled at the national system → cancelled at the hub, and marked in the hub's status list
      const cancelled = await api(national.url, bwToken, 'POST', `/api/certificates/${whileDown[0]}/cancellation`, { reason: 'void', note: 'shipment withdrawn' });
      expect(cancelled.status, JSON.stringify(cancelled.json)).toBe(201);
      const atHub = await until(`${whileDown[0]} cancelled at the hub`, () => api(hubUrl, null, 'GET', `/api/verify/${whileDown[0]}`), (r) => r.json.verdict === 'cancelled');
      expect(atHub.json.reason).toMatch(/cancelled by BW/);
      // its credential is the national system's (the hub holds no private key); the hub's status list marks it at its position in the hub's log
      const credential = await api(hubUrl, euToken, 'GET', `/api/certificates/${whileDown[0]}/credential`);
      expect(credential.status).toBe(409);
      expect(credential.json.message).toMatch(/national system/);
      const held = await api(hubUrl, euToken, 'GET', `/api/certificates/${whileDown[0]}`);
      const position = ((held.json.status as Json).log as { index: number; event: string }[]).find((e) => e.event === 'issued')!.index;
      const list = (await api(hubUrl, null, 'GET', `/api/credentials/status/${Math.floor(position / 131_072)}`)).json;
      expect(bitOf(list, position % 131_072)).toBe(true);
      const unmarked = ((await api(hubUrl, euToken, 'GET', `/api/certificates/${whileDown[1]}`)).json.status as Json).log as { index: number; event: string }[];
      expect(bitOf(list, unmarked.find((e) => e.event === 'issued')!.index % 131_072)).toBe(false);
      // the others stay unmarked and genuine
      expect((await api(hubUrl, null, 'GET', `/api/verify/${whileDown[1]}`)).json.verdict).toBe('genuine');

      // 8. each certificate entered once in the hub's log: 4 issued, 1 confirmed, 1 cancelled
      const head = (await api(hubUrl, null, 'GET', '/api/log/tree-head')).json;
      expect(head.treeSize).toBe(6);
    } finally {
      for (const s of servers) await stop(s);
    }
  });
});
