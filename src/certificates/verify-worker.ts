// A thread of verify-many.ts: told the trust list first, then verifies each part of the certificates it
// is given and answers their verdicts; its verifying context (and the checkpoints checked in it) stays
// for the next part. Pure: it never touches a store.
import { parentPort } from 'node:worker_threads';
import { contextFromTrustList, verifyCertificate, type VerifyContext } from './verification.js';
// (types only: the thread loads verification.js and what it needs, nothing of the command line)
import type { ManyContext, ManyPart } from './verify-many.js';

let ctx: VerifyContext | undefined;

parentPort!.on('message', (message: ManyContext | ManyPart) => {
  try {
    if ('list' in message) {
      ctx = contextFromTrustList(message.list, new Date(message.at), { witnesses: message.witnesses, clock: new Date(message.clock) });
      parentPort!.postMessage({});
      return;
    }
    const verdicts = (JSON.parse(message.docs) as unknown[]).map((d) => verifyCertificate(d, ctx!));
    parentPort!.postMessage({ from: message.from, verdicts });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
