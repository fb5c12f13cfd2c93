// kpcs witness …: a witness of a kpcs log run from files (init, cosign against a server or files), and
// the witnesses registered on a store (add, remove, revoke, list).
import { Command } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../interface/cli.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './cli-messages.js';
import { readJson } from './cli-input.js';
import { checkTrustList } from './signing.js';
import * as checkpoints from './checkpoints.js';
import { cosign, initWitness, readCheckpointFile, readWitnessKey, readWitnessState, writeWitnessState } from './witness.js';
import type { ConsistencyInput } from './checkpoint.js';

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    throw invalid(m('server.unreachable', { url, reason: (e as Error).message }), [detail('--url', m('server.unreachable.detail'))]);
  }
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw invalid(m('server.answered', { url, status: String(res.status), reason: (body as { message?: string })?.message ?? res.statusText }), [detail('--url', m('server.answered.detail', { protocol: 'HTTP', status: String(res.status) }))]);
  return body;
}

/** kpcs witness …: run a witness of a kpcs log (files only), and register witnesses on a store. */
export function witnessCommand(): Command {
  const w = new Command('witness').description('witnesses that cosign the log\'s checkpoints only when consistent with the last they cosigned (C2SP tlog-cosignature)');
  w.command('init')
    .description('make a witness key in a new file readable by its owner only; prints the public key to register (kpcs witness add)')
    .requiredOption('--name <name>', 'the witness\'s name (e.g. witness.example.org)')
    .option('--key <file>', 'the key file to create', 'witness.key')
    .action((opts) => printJson(initWitness(opts.key, opts.name)));

  w
      .command('cosign')
      .description('cosign a checkpoint: of a server (--url: fetched, checked, cosigned, handed in) or from files (--checkpoint, --proof: prints the cosigned note)')
      .option('--key <file>', 'the witness key', 'witness.key')
      .option('--state <file>', 'the witness state: the last checkpoint cosigned (default: KEY.state)')
      .option('--url <url>', 'the log server (e.g. https://kpcs.example.org)')
      .option('--checkpoint <file>', 'the checkpoint to cosign (a note, or the JSON of GET /api/log/checkpoint)')
      .option('--proof <file>', 'the consistency proof from the last checkpoint cosigned (JSON {first, second, proof})')
      .option('--trust-list <file>', 'the trust list with the log keys (default with --url: the server\'s, checked)')
      .option('--pin <keyIdOrPublicKey>', 'the Chair key the trust list must be signed by or lead to')
    .action(async (opts) => {
    const key = readWitnessKey(opts.key);
    const stateFile: string = opts.state ?? `${opts.key}.state`;
    const state = readWitnessState(stateFile);
    const url: string | undefined = opts.url?.replace(/\/+$/, '');
    if (!url && !opts.checkpoint) throw invalid(m('option.urlOrCheckpoint', { url: '--url', checkpoint: '--checkpoint', proof: '--proof' }), [detail('--url', field('required'))]);
    const listRaw = opts.trustList ? readJson(opts.trustList, 'what.trustList') : url ? await fetchJson(`${url}/api/trust-list`) : undefined;
    if (listRaw === undefined) throw invalid(m('option.trustList', { option: '--trust-list' }), [detail('--trust-list', field('required'))]);
    const list = checkTrustList(listRaw, opts.pin);
    if (!list.ok) throw invalid(m('trustList.unusable', { reason: list.reason }), [{ path: '--trust-list', message: list.reason }]);
    const note = opts.checkpoint ? readCheckpointFile(opts.checkpoint) : ((await fetchJson(`${url}/api/log/checkpoint`)) as { note: string }).note;
    let consistency = opts.proof ? (readJson(opts.proof, 'what.consistencyProof') as ConsistencyInput) : undefined;
    if (!consistency && url && state) {
      const size = Number(note.split('\n')[1]);
      if (Number.isInteger(size) && size > state.checkpoint.treeSize && state.checkpoint.treeSize > 0) consistency = (await fetchJson(`${url}/api/log/consistency-proof?first=${state.checkpoint.treeSize}&second=${size}`)) as ConsistencyInput;
    }
    const res = cosign(key, state, note, list.list.keys, consistency);
    if (url) {
      const handed = await fetchJson(`${url}/api/log/checkpoint/cosignatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ checkpoint: res.note }) });
      process.stderr.write(`cosigned the checkpoint of ${res.state.checkpoint.treeSize} entries of ${res.state.checkpoint.time}; the log accepted it: ${JSON.stringify(handed)}\n`);
    }
    writeWitnessState(stateFile, res.state);
    process.stdout.write(res.note);
  });

  withStoreOptions(withAsOption(w.command('add <name> <publicKey>').description('register a witness (administrators): its cosignatures are accepted and its key goes on the trust list'))).action(async (name: string, publicKey: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await checkpoints.addWitness(store, actor, name, publicKey))),
  );
  withStoreOptions(withAsOption(w.command('remove <name>').description('take a witness out of service (administrators); its earlier cosignatures stay valid'))).action(async (name: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await checkpoints.removeWitness(store, actor, name))),
  );
  withStoreOptions(withAsOption(
    w
      .command('revoke <name>')
      .description('revoke a witness (administrators): its cosignatures from then on count with no verifier, those before stay valid')
      .requiredOption('--reason <text>', 'why (key compromised…)')
      .option('--at <time>', 'revoked from this moment (ISO 8601; default now)'),
  )).action(async (name: string, opts) => withStore(opts, async (store, actor) => printJson(await checkpoints.revokeWitness(store, actor, name, { reason: opts.reason, at: opts.at }))));
  withStoreOptions(w.command('list').description('the registered witnesses with their keys, periods and revocations')).action(async (opts) =>
    withStore(opts, async (store) => printTable((await checkpoints.witnessKeys(store.db)) as unknown as Record<string, unknown>[], ['owner', 'keyId', 'publicKey', 'validFrom', 'validTo', 'revokedAt', 'revocationReason'])),
  );
  return w;
}
