// A trust list's generation and freshness, without I/O (docs/trust-model.md, "A list cannot be rolled
// back"): the floors a list's generation must reach, and when a list is stale. The browser's verifier
// judges alike (web/src/certificates/trust-generation.ts).
/** A list is signed anew at least once a day while served; it states it will be replaced within 7 days. */
export const TRUST_LIST_FRESH_DAYS = 7;

/** A list's generation: 0 for lists signed before generations. */
export const generationOf = (l: { generation?: unknown }) => (Number.isSafeInteger(l.generation) && (l.generation as number) > 0 ? (l.generation as number) : 0);

/**
 * A genuinely signed list can still be an old one: one from before a key was revoked, handed over by a
 * thief or a stale mirror. Refuses a list whose generation is below any floor the verifier knows — the
 * newest list it accepted before (remembered), the generation a checkpoint it holds commits to — naming
 * the floor and where it comes from.
 */
export function checkTrustFloor(list: { generation?: unknown }, floors: readonly { generation: number; source: string }[]): { ok: true } | { ok: false; reason: string } {
  const g = generationOf(list);
  const above = floors.filter((f) => f.generation > g).sort((a, b) => b.generation - a.generation)[0];
  if (!above) return { ok: true };
  return { ok: false, reason: `the trust list is of generation ${g}, older than generation ${above.generation} (${above.source}): an older list may still trust keys revoked since; obtain the current list` };
}

/** Why a list is stale at `now` (past its nextUpdate), or undefined. A warning: the verdict still stands on the list given. */
export function staleness(list: { nextUpdate?: unknown; issuedAt?: unknown }, now: Date): string | undefined {
  const due = typeof list.nextUpdate === 'string' ? Date.parse(list.nextUpdate) : Number.NaN;
  if (Number.isNaN(due) || now.getTime() <= due) return undefined;
  return `the trust list of ${String(list.issuedAt)} was due to be replaced by ${String(list.nextUpdate)}: it is stale, and a key may have been revoked since; obtain the current list`;
}
