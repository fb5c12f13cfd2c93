// kpcs audit verify --checkpoint: the audit chain and the transparency log still hold the state a log
// checkpoint saw (passed into audit/cli.ts by cli/main.ts).
import { KpcsError } from '../core/errors.js';
import { m } from './witness-messages.js';
import type { Store } from '../db/store.js';
import { checkStoreAgainst } from './checkpoints.js';
import { readCheckpointFile } from './witness.js';

/** The line to print when the store holds what the checkpoint in `file` saw; throws a conflict otherwise. */
export async function checkAgainstCheckpoint(store: Store, file: string): Promise<string> {
  const r = await checkStoreAgainst(store, readCheckpointFile(file));
  const all = [...r.problems.map((p) => `  entry ${p.seq}: ${p.problem}`), ...r.logProblems.map((p) => `  log: ${p}`)];
  if (all.length) throw new KpcsError('conflict', m('store.differs', { time: String(r.checkpoint.time), keyId: r.keyId, count: all.length, places: all.join('\n') }));
  return `audit chain intact: ${r.entries} entries, head ${r.headHash}; it and the log of ${r.checkpoint.treeSize} entries hold the state of the checkpoint of ${r.checkpoint.time} (audit entry ${'entries' in r.checkpoint.audit ? r.checkpoint.audit.entries : '?'})\n`;
}
