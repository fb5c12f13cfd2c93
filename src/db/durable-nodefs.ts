// PGlite's file system for a data directory on disk, with the one operation it lacks: fsync.
//
// PGlite mounts Emscripten's NODEFS on the data directory: every write() of the PostgreSQL wasm build is
// an fs.writeSync on the real file, but NODEFS has no stream operation `fsync`, so PostgreSQL's fsync()
// (Emscripten's fd_sync, which calls stream_ops.fsync if there is one) does nothing, and PGlite starts
// the backend with -F (fsync=off) anyway. This file system adds `fsync` as fs.fsyncSync on the real
// descriptor (a file or, for PostgreSQL's fsync of a folder after creating or renaming a file in it, the
// folder), before the data directory is mounted; src/db/store.ts then starts PostgreSQL with fsync=on and
// wal_sync_method=fsync (Emscripten's fdatasync is a no-op, its fsync now is not). PostgreSQL itself then
// decides what reaches the disk and when, as on any server: the WAL up to the commit record before a
// COMMIT returns (one fsync per commit, concurrent requests already share commits in issuance), new WAL
// segments and their folder when made, data files and pg_control at checkpoints. docs/durability.md.
import { fsyncSync } from 'node:fs';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** What NODEFS's stream objects carry that this file system uses. */
interface NodeStream {
  nfd?: number;
}

interface NodeFsModule {
  NODEFS: { stream_ops: { fsync?: (stream: NodeStream) => number } };
}

/** Counts the fsyncs made through it (tests, the bench): calls and the descriptors' real paths are not kept. */
export interface FsyncCounter {
  count: number;
}

export class DurableNodeFS extends NodeFS {
  readonly fsyncs: FsyncCounter = { count: 0 };

  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const result = await super.init(...args);
    const counter = this.fsyncs;
    const patch = (mod: unknown) => {
      const streamOps = (mod as NodeFsModule).NODEFS.stream_ops;
      streamOps.fsync = (stream) => {
        // a failing fsync is not survivable (PostgreSQL PANICs on one): the error ends the engine
        if (stream.nfd !== undefined) fsyncSync(stream.nfd);
        counter.count++;
        return 0;
      };
    };
    // before PGlite's own preRun mounts the data directory and PostgreSQL starts writing
    result.emscriptenOpts.preRun = [patch, ...(result.emscriptenOpts.preRun ?? [])];
    return result;
  }
}
