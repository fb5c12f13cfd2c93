// The bulk pipeline's second core (pipeline.ts): composes a batch (hashes, log append, signatures,
// rows) and sends it back. Pure: it never touches the store.
import { parentPort } from 'node:worker_threads';
import { composeBatch, type ComposeInput } from './compose.js';

parentPort!.on('message', (message: { id: number; input: ComposeInput }) => {
  try {
    parentPort!.postMessage({ id: message.id, composed: composeBatch(message.input) });
  } catch (e) {
    parentPort!.postMessage({ id: message.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
