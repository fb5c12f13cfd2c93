// Builds the server (tsc → dist/, bundled into dist/bundle/ for the kpcs program) and the web app (vite → dist/web). With --if-stale it does nothing
// when no source is newer than the last build, so `npm start` stays fast on a second run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['src', 'web', 'bench', 'package.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/bundle.mjs'];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(full)) {
    if (entry === 'node_modules') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const built = statSync(stamp).mtimeMs;
  if (sources.every((s) => newest(s) <= built)) process.exit(0);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
process.stdout.write('kpcs: building the server… ');
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
mkdirSync(join(root, 'dist/src/db/migrations'), { recursive: true });
cpSync(join(root, 'src/db/migrations'), join(root, 'dist/src/db/migrations'), { recursive: true });
await bundle(root);
process.stdout.write('the web app… ');
execFileSync(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, new Date().toISOString());
process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
