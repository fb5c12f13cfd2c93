import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const { openStore } = await import('/work/wt/keys-store/dist/src/db/store.js');
for (const embeddedFsync of [true, false, true, false]) {
  const dir = mkdtempSync(join(tmpdir(), 'ks-probe-'));
  let t = performance.now();
  const s = await openStore({ dataDir: dir, embeddedFsync });
  const created = performance.now() - t;
  const n = s.fsyncs?.count ?? 0;
  await s.close();
  t = performance.now();
  const r = await openStore({ dataDir: dir, embeddedFsync });
  const reopened = performance.now() - t;
  await r.close();
  console.log(`fsync ${embeddedFsync ? 'on ' : 'off'}: new store ${created.toFixed(0)} ms (${n} fsyncs), reopened ${reopened.toFixed(0)} ms`);
}
