// `kpcs cert verify` on a simulated certificate, offline with the exported trust list, as customs would.
// Runs the built program (npm run build first).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpcs } from '../../test/support/cli.js';
import { openReadyStore } from '../setup.js';
import { runSimulation } from './service.js';
import { size as logSize, storedDocument } from '../certificates/log.js';
import { putKeysInService } from '../certificates/bulk.js';
import { SYSTEM } from '../auth/model.js';
import * as participants from '../participants/service.js';
import { bundleOf } from '../certificates/checkpoints.js';

describe('kpcs cert verify on a simulated certificate', () => {
  it('says genuine offline with the trust list on the day it travelled, expired today, altered when a figure changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpcs-simcli-'));
    const store = await openReadyStore({ dataDir: dir });
    let doc: { number: string; issuedAt: string; totals: { carats: number } };
    let bundle = {} as Awaited<ReturnType<typeof bundleOf>>;
    try {
      await runSimulation(store, { from: 2006, to: 2006, seed: 3, scenario: 'none', certificateLimit: 30, statistics: false });
      const row = await store.db.selectFrom('certificates').select('document').orderBy('log_index').offset(17).limit(1).executeTakeFirstOrThrow();
      doc = await storedDocument(store.db, row.document);
      // offline, a certificate travels in its bundle (the log's signed checkpoint covering it)
      bundle = await bundleOf(store, doc as Awaited<ReturnType<typeof storedDocument>>);
    } finally {
      await store.close();
    }
    const file = join(dir, 'certificate.json');
    writeFileSync(file, JSON.stringify(bundle));
    const list = join(dir, 'trust-list.json');
    expect(kpcs(['trust-list', 'export', '--data-dir', dir, '--out', list]).code).toBe(0);

    const day = doc.issuedAt.slice(0, 10);
    const ok = kpcs(['cert', 'verify', file, '--trust-list', list, '--at', day]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(doc.number);
    // the same against the store, online
    expect(kpcs(['cert', 'verify', file, '--data-dir', dir, '--at', day]).code).toBe(0);
    // twenty years on it has long expired
    const late = kpcs(['cert', 'verify', file, '--trust-list', list]);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('expired');
    const altered = join(dir, 'altered.json');
    writeFileSync(altered, JSON.stringify({ ...bundle, certificate: { ...doc, totals: { ...doc.totals, carats: doc.totals.carats + 1 } } }));
    const bad = kpcs(['cert', 'verify', altered, '--trust-list', list, '--at', day]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('altered');
    // five runs of the program on a store on disk; the first reopening of a new store fsyncs its files
  }, 180_000);

  it('kpcs simulate writes on two threads exactly the world the one-thread path writes', async () => {
    // the program composes batches in a worker thread; under the test runner the same code runs in-thread
    const threaded = mkdtempSync(join(tmpdir(), 'kpcs-simcli-'));
    const single = mkdtempSync(join(tmpdir(), 'kpcs-simcli-'));
    // the same authority keys in both stores (random ones, and the same master key), so that both paths
    // must write the same bytes: a simulation never derives keys from its seed
    const first = await openReadyStore({ dataDir: threaded });
    let keys;
    try {
      const codes = (await participants.statusPeriods(first.db)).map((p) => p.participant);
      await putKeysInService(first, SYSTEM, codes, new Date('2006-01-01T00:00:00.000Z'), 'test');
      keys = await first.db.selectFrom('authority_keys').selectAll().execute();
    } finally {
      await first.close();
    }
    copyFileSync(join(threaded, 'master.key'), join(single, 'master.key'));
    const second = await openReadyStore({ dataDir: single });
    try {
      await second.db.insertInto('authority_keys').values(keys).execute();
    } finally {
      await second.close();
    }
    const run = kpcs(['simulate', '--from', '2006', '--to', '2006', '--seed', '5', '--certificate-limit', '4500', '--data-dir', threaded]);
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/4500 certificates, 4500 confirmations/);
    const world = async (dir: string, simulate: boolean) => {
      const store = await openReadyStore({ dataDir: dir });
      try {
        if (simulate) await runSimulation(store, { from: 2006, to: 2006, seed: 5, scenario: 'none', certificateLimit: 4500 });
        const size = await logSize(store.db);
        const docs = await store.db.selectFrom('certificates').select(['number', 'document']).orderBy('log_index').execute();
        // the same entries; confirmations' leaves differ only by their secret random salts (log-plan.ts saltedRecord),
        // so what must be equal is every entry and every issue leaf (which the signed documents cite)
        const entries = await store.db.selectFrom('log_entries').select(['idx', 'event', 'participant', 'number', 'at']).orderBy('idx').execute();
        const issued = await store.db.selectFrom('log_entries').select('record_hash').where('event', '=', 'issued').orderBy('idx').execute();
        // and every document but the tree root it cites (and the signature over it), which the salts move
        const bodies = docs.map((d) => {
          const { signature: _s, transparency, ...body } = JSON.parse(d.document) as { signature: unknown; transparency: { leafIndex: number } };
          return { number: d.number, leafIndex: transparency.leafIndex, body };
        });
        return { size, entries, issued, docs: bodies };
      } finally {
        await store.close();
      }
    };
    const a = await world(threaded, false);
    const b = await world(single, true);
    expect(a.size).toBe(9000);
    expect(a.entries).toEqual(b.entries);
    expect(a.issued).toEqual(b.issued);
    expect(a.docs).toEqual(b.docs);
  }, 180_000);
});
