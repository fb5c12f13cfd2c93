// Runs the built kpcs program as a user would (npm test builds it first when stale).
import { execFile, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/kpcs.js', import.meta.url));

/** Builds the program when a source is newer than the build (scripts/build.mjs --if-stale), unless KPCS_TEST_SKIP_BUILD. */
export function buildIfStale(): void {
  if (process.env.KPCS_TEST_SKIP_BUILD) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
}

/**
 * A store folder as the program's first start leaves it (migrated, the 2006 registry seeded, no key yet),
 * copied from the one test/support/global-setup.ts made for the run: a first start takes several times a
 * command's time. Tests of the first start itself (its messages, its files' modes) make their own.
 */
export function readyDataDir(path: string): string {
  cpSync(inject('cliTemplate'), path, { recursive: true });
  return path;
}

/** The content of a request file for `kpcs cert issue --request`: a South African mine to a Mumbai house. */
export const REQUEST_FILE = {
  exporter: { name: 'Kimberley Mines', address: '1 Main Road, Kimberley', country: 'ZA' },
  importer: { name: 'Mumbai Diamond House', address: 'Opera House, Mumbai', country: 'IN' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
};

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kpcs(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const run = promisify(execFile);

/** The same, its arguments spread, without holding up the test's process while the program runs. */
export async function kpcsAsync(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env: { ...process.env, DATABASE_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
