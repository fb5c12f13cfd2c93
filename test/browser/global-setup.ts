// Runs once per browser run: one store migrated and seeded with `kpcs db migrate`, which every test
// server starts from as a copy (test/browser/server.ts) instead of creating its own — the first start
// of a store is most of a browser file's set-up time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'kpcs-browser-template-'));
  const r = spawnSync(process.execPath, ['bin/kpcs.js', 'db', 'migrate', '--data-dir', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  if (r.status !== 0) throw new Error(`kpcs db migrate for the browser tests' template store failed:\n${r.stdout}${r.stderr}`);
  // the same key as the unit tests' store folder: test/support/cli.ts readyDataDir copies either
  project.provide('cliTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
