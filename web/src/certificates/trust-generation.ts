// A trust list's generation and freshness in the browser, as the server judges them
// (src/certificates/trust-generation.ts): a list older than one the page has seen, than the list served
// now, or than the generation the bundle's checkpoint commits to, is refused; one past its nextUpdate is stale.
/** A list's generation: 0 for lists signed before generations (the server's generationOf). */
export const generationOf = (l: { generation?: unknown }) => (Number.isSafeInteger(l.generation) && (l.generation as number) > 0 ? (l.generation as number) : 0);

/**
 * Refuses a list older than a floor the page knows — the newest list this browser accepted, the list
 * this server serves now, the generation the bundle's checkpoint commits to — as the server's checkTrustFloor.
 */
export function checkTrustFloor(list: { generation?: unknown }, floors: readonly { generation: number; source: string }[]): { ok: true } | { ok: false; reason: string } {
  const g = generationOf(list);
  const above = floors.filter((f) => f.generation > g).sort((a, b) => b.generation - a.generation)[0];
  if (!above) return { ok: true };
  return { ok: false, reason: `the trust list is of generation ${g}, older than generation ${above.generation} (${above.source}): an older list may still trust keys revoked since; obtain the current list` };
}

/** Is the list past the time by which it said a newer one would be signed? (the server's staleness) */
export const isStale = (list: { nextUpdate?: unknown }, now = new Date()) => typeof list.nextUpdate === 'string' && now.getTime() > Date.parse(list.nextUpdate);

/** The generation of the trust list a checkpoint note commits to (its "kpcs-trust" line), if any. */
export function committedGeneration(note: unknown): number | undefined {
  if (typeof note !== 'string') return undefined;
  const body = note.slice(0, Math.max(0, note.lastIndexOf('\n\n')));
  const m = body.split('\n').map((l) => /^kpcs-trust ([1-9][0-9]{0,15})$/.exec(l)).find(Boolean);
  return m ? Number(m[1]) : undefined;
}
