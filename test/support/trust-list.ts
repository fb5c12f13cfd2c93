// The trust list a store serves, checked as a verifier checks it (its signature and the Chair's key).
import { checkTrustList, type TrustList } from '../../src/certificates/signing.js';
import * as service from '../../src/certificates/service.js';
import type { Store } from '../../src/db/store.js';

/** The store's trust list, checked; throws with the reason when it does not check. */
export async function listOf(s: Store): Promise<TrustList> {
  const c = checkTrustList(await service.trustList(s));
  if (!c.ok) throw new Error(c.reason);
  return c.list;
}
