// Reads from a streaming replica (KPCS_READ_DATABASE_URL): public verification, the trust list, the
// log's proofs, entries and checkpoints, and released statistics summaries are answered from a hot
// standby when one is configured, so the public's load does not land on the primary.
//
// A read on the replica runs in one REPEATABLE READ READ ONLY transaction (what a hot standby accepts;
// SERIALIZABLE it refuses), made current for the work through an AsyncLocalStorage: the services keep
// reading `store.db`, which is that transaction while the work runs. Whatever cannot be answered there
// is answered by the primary, as if there were no replica:
//   - the work failed on the replica (it wanted to write — a trust list or checkpoint signed on first
//     request —, the standby cancelled the query for a conflict with replay, the replica is down);
//   - the answer says something is missing (`missing`): a certificate issued a moment ago and not yet
//     replicated is "not in the log" on the replica, and is looked up on the primary.
import { replicaScope as current, type Store } from './store.js';

/** Counts of answers by where they came from (tests, the log). */
export const replicaReads = { replica: 0, primary: 0 };

/**
 * Runs a read on the replica when the store has one; on the primary when it has none, when the work
 * fails there, or when `missing` says the replica's answer lacks something the primary may have.
 */
export async function onReplica<T>(s: Store, work: () => Promise<T>, missing?: (answer: T) => boolean): Promise<T> {
  if (!s.replica) return work();
  try {
    const answer = await s.replica
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((tx) => current.run(tx, work));
    if (!missing?.(answer)) {
      replicaReads.replica++;
      return answer;
    }
  } catch {
    // answered by the primary below
  }
  replicaReads.primary++;
  return current.exit(work);
}
