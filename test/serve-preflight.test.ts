// Start-up mistakes are refused by the real `kpcs serve` before anything is written (issue #17 point
// 4), naming the setting: a bad --port or PORT, a port in use, an unreachable DATABASE_URL, a data
// directory that cannot be written, a bad KPCS_* value. Before the preflight, `--port 99999` was
// answered by Node's own message after the store had been created and seeded in the data directory.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpcs } from './support/cli.js';

describe('kpcs serve refuses start-up mistakes before writing anything', () => {
  let dir: string;
  let n = 0;
  /** a data directory that does not exist yet: a refusal must leave it so */
  const freshDataDir = () => join(dir, `data-${++n}`);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-preflight-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function refusedServe(args: string[], env: Record<string, string> = {}) {
    const dataDir = freshDataDir();
    const r = kpcs(['serve', '--data-dir', dataDir, ...args], { PORT: '', KPCS_DATA_DIR: '', ...env });
    return { ...r, dataDir };
  }

  it('a --port out of range or not a number, naming --port', () => {
    for (const port of ['99999', '-1', '80.5', 'http']) {
      const r = refusedServe(['--port', port]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--port must be a whole number from 0 to 65535 (0: any free port), not "${port}"`);
      expect(existsSync(r.dataDir), 'the data directory was created').toBe(false);
    }
  });

  it('a bad PORT, naming PORT', () => {
    const r = refusedServe([], { PORT: '70000' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('PORT must be a whole number from 0 to 65535 (0: any free port), not "70000"');
    expect(existsSync(r.dataDir)).toBe(false);
  });

  it('a port in use: says which and what to do', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = refusedServe(['--port', String(port)]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`Port ${port} on 127.0.0.1 is in use by another program (perhaps another kpcs serve): stop it, or choose another port with --port N or PORT=N`);
      expect(existsSync(r.dataDir)).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('an unreachable DATABASE_URL, naming it', () => {
    const r = refusedServe(['--port', '0'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/kpcs' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('DATABASE_URL: the PostgreSQL server at 127.0.0.1:1/kpcs cannot be reached');
    const bad = refusedServe(['--port', '0'], { DATABASE_URL: 'mysql://db/kpcs' });
    expect(bad.stderr).toContain('DATABASE_URL is not a PostgreSQL address');
  });

  it('a data directory that cannot be written (under a file), naming --data-dir, and creating nothing', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder\n');
    const r = kpcs(['serve', '--port', '0', '--data-dir', join(file, 'data')], { PORT: '', KPCS_DATA_DIR: '' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--data-dir: ${file}, where the data directory ${join(file, 'data')} would be created, is not a folder`);
  });

  it('a bad KPCS_* setting read later by the server, naming it, before the store exists', () => {
    const r = refusedServe(['--port', '0'], { KPCS_IMPORT_MAX_ROWS: 'lots' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('KPCS_IMPORT_MAX_ROWS must be a whole number of at least 1 (it is "lots").');
    expect(existsSync(r.dataDir)).toBe(false);
    const url = refusedServe(['--port', '0'], { KPCS_PUBLIC_URL: 'kpcs.example.org' });
    expect(url.stderr).toContain('KPCS_PUBLIC_URL must be an http(s) address');
    expect(existsSync(url.dataDir)).toBe(false);
    const buffers = refusedServe(['--port', '0'], { KPCS_EMBEDDED_BUFFERS: 'lots' });
    expect(buffers.code, buffers.stderr).toBe(2);
    expect(buffers.stderr).toContain('KPCS_EMBEDDED_BUFFERS must be a size from 128kB to 8GB');
    expect(existsSync(buffers.dataDir)).toBe(false);
  });

  it('an existing data directory is left as it was on a refusal', () => {
    const dataDir = freshDataDir();
    kpcs(['db', 'migrate', '--data-dir', dataDir]);
    const before = readdirSync(dataDir).sort();
    const r = kpcs(['serve', '--port', '99999', '--data-dir', dataDir], { PORT: '' });
    expect(r.code).toBe(2);
    expect(readdirSync(dataDir).sort()).toEqual(before);
  });
});
