// Durability of the embedded store across a power cut (issue #15 point 10; docs/durability.md).
//
// The machine's disk is modelled without LD_PRELOAD: a copy of the data directory taken when the store
// was closed cleanly is the disk; from then on a file reaches it only when PostgreSQL fsyncs it (the
// test copies the file's whole content at that moment: what fsync makes durable). Whatever was written
// but not fsynced is lost, as the kernel's page cache is on a power cut. After acknowledged commits the
// "disk" is opened as a store (PostgreSQL's crash recovery replays the WAL it finds) and must hold every
// acknowledged row. Limit of the model: a new file's entry in its folder counts as durable once the file
// itself is fsynced (PostgreSQL also fsyncs the folder after making a WAL segment; the order is not
// checked here), and a file is never half-written (full-page images cover that).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/db/store.js';
import { embeddedFsyncSetting } from '../src/core/config.js';
import { DurableNodeFS } from '../src/db/durable-nodefs.js';

interface NodeFsInternals {
  NODEFS: { stream_ops: { fsync?: (stream: { node: unknown }) => number }; realPath(node: unknown): string };
}

/**
 * Every fsync of a durable store opened from now on is reported to `recorder` (after the real one), from
 * the engine's first write on: a hook put right after durable-nodefs.ts's own, before the data
 * directory is mounted.
 */
let recorder: ((path: string) => void) | null = null;
const init = DurableNodeFS.prototype.init;
DurableNodeFS.prototype.init = async function (this: DurableNodeFS, ...args: Parameters<DurableNodeFS['init']>) {
  const result = await init.apply(this, args);
  const [patch, ...rest] = result.emscriptenOpts.preRun as ((mod: unknown) => void)[];
  const watch = (m: unknown) => {
    const mod = m as NodeFsInternals;
    const ops = mod.NODEFS.stream_ops;
    const real = ops.fsync!;
    ops.fsync = (stream) => {
      const r = real(stream);
      recorder?.(mod.NODEFS.realPath(stream.node));
      return r;
    };
  };
  result.emscriptenOpts.preRun = [patch!, watch, ...rest];
  return result;
};

const show = async (store: Store, name: string) => Object.values((await sql.raw<Record<string, string>>(`show ${name}`).execute(store.db)).rows[0]!)[0];

/** Acknowledged commits, then a power cut: how many of them the disk gives back. */
async function powerCut(embeddedFsync: boolean, commits: number): Promise<{ recovered: number; fsyncs: number }> {
  const live = mkdtempSync(join(tmpdir(), 'kpcs-powercut-'));
  const setup = await openStore({ dataDir: live, embeddedFsync });
  await sql`create table acknowledged (n integer primary key)`.execute(setup.db);
  await setup.close();
  // the disk: what the clean close left
  const disk = mkdtempSync(join(tmpdir(), 'kpcs-disk-'));
  cpSync(join(live, 'pg'), join(disk, 'pg'), { recursive: true });

  let fsyncs = 0;
  recorder = (path) => {
    fsyncs++;
    const target = join(disk, relative(live, path));
    if (statSync(path).isDirectory()) mkdirSync(target, { recursive: true });
    else copyFileSync(path, target);
  };
  const store = await openStore({ dataDir: live, embeddedFsync });
  try {
    for (let n = 1; n <= commits; n++) await sql`insert into acknowledged values (${n})`.execute(store.db);
  } finally {
    // the power goes: nothing more reaches the disk (closing the store below writes only to `live`)
    recorder = null;
    await store.close();
  }
  const after = await openStore({ dataDir: disk, embeddedFsync });
  try {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from acknowledged`.execute(after.db);
    return { recovered: rows[0]!.n, fsyncs };
  } finally {
    await after.close();
  }
}

describe('the embedded store across a power cut', () => {
  it('runs PostgreSQL with fsync on, through a file system that fsyncs, by default', async () => {
    expect(embeddedFsyncSetting(undefined)).toBe(true);
    expect(embeddedFsyncSetting('off')).toBe(false);
    expect(() => embeddedFsyncSetting('sometimes')).toThrow('KPCS_EMBEDDED_FSYNC must be on or off, got "sometimes".');
    const store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'kpcs-fsync-')) });
    try {
      expect(await show(store, 'fsync')).toBe('on');
      expect(await show(store, 'wal_sync_method')).toBe('fsync');
      expect(await show(store, 'synchronous_commit')).toBe('on');
      await sql`create table t (n integer)`.execute(store.db);
      const before = store.fsyncs!.count;
      for (let i = 0; i < 5; i++) await sql`insert into t values (${i})`.execute(store.db);
      // one fsync of the WAL per commit at least
      expect(store.fsyncs!.count - before).toBeGreaterThanOrEqual(5);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('gives back every acknowledged commit from what was fsynced; with KPCS_EMBEDDED_FSYNC=off the same cut loses them', async () => {
    const durable = await powerCut(true, 12);
    expect(durable.fsyncs).toBeGreaterThanOrEqual(12);
    expect(durable.recovered).toBe(12);
    // the model is not vacuous: without fsync nothing written after the clean close reached the disk
    const fragile = await powerCut(false, 12);
    expect(fragile.fsyncs).toBe(0);
    expect(fragile.recovered).toBe(0);
  }, 240_000);
});
