#!/usr/bin/env node
// The kpcs program. Runs the compiled CLI; `npm ci` builds it (prepare), `npm run build` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Whatever the shell's umask, what kpcs creates is its owner's alone: the store (its WAL holds password
// hashes), the master key, backups, exports (src/core/files.ts).
process.umask(0o077);

// the bundled program (scripts/bundle.mjs): the same code as dist/src/cli/main.js, quicker to start
const main = fileURLToPath(new URL('../dist/bundle/kpcs.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('kpcs is not built yet: run `npm run build` (or `npm ci`, which builds) in the project folder.\n');
  process.exit(1);
}
await import(main);
