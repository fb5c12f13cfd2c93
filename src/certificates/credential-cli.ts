// kpcs cert credential NUMBER: a certificate as a W3C Verifiable Credential (docs/credentials.md); and
// the verification of a credential file for `kpcs cert verify` (offline with --trust-list and
// --status-list, or against the store).
import { readFileSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { printJson, withAsOption, withStore, withStoreOptions } from '../interface/cli.js';
import { writePrivateFile } from '../core/files.js';
import { detail, invalid } from '../core/errors.js';
import { m } from './cli-messages.js';
import { type CredentialVerification, VC_V2, verifyCredential } from './credential.js';
import { credential, statusList, verifyOnline } from './credentials.js';
import type { TrustList } from './signing.js';

/** A JSON file that is a Verifiable Credential (its first @context is the VC 2.0 one), not a certificate or bundle. */
export function isCredential(doc: unknown): boolean {
  const context = (doc as { '@context'?: unknown } | null)?.['@context'];
  return Array.isArray(context) && context[0] === VC_V2;
}

/** Exit 0 only for a valid credential; otherwise the verdict and reason on stderr, exit 1. */
function report(result: CredentialVerification): void {
  if (result.valid) {
    process.stdout.write(`${result.number}: ${result.reason}\n`);
    return;
  }
  process.stderr.write(`kpcs: ${result.number ?? 'credential'}: ${result.verdict.replace(/-/g, ' ')}: ${result.reason}\n`);
  throw new CommanderError(1, 'kpcs.cert.verify', result.reason);
}

function readJson(file: string, what: 'what.statusList'): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw invalid(m('file.unreadableJson', { what: m(what), file, format: 'JSON', reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), [detail(file, m('file.unreadableJson.detail', { format: 'JSON' }))]);
  }
}

/**
 * `kpcs cert verify CREDENTIAL`: offline against a checked trust list (the status then from
 * --status-list, a status list credential saved from its address, else unchecked), or against the store.
 */
export async function verifyCredentialFile(doc: unknown, opts: { statusList?: string; dataDir?: string }, at: Date, trustList?: TrustList): Promise<void> {
  if (trustList) {
    const statusList = opts.statusList ? readJson(opts.statusList, 'what.statusList') : undefined;
    const result = verifyCredential(doc, { keys: trustList.keys, now: at, statusList, cancelled: trustList.cancelled });
    if (result.valid && result.status === 'unchecked') process.stderr.write('kpcs: the status (cancellation) was not checked: give --status-list FILE, the status list credential saved from the address in credentialStatus.statusListCredential\n');
    return report(result);
  }
  return withStore(opts, async (store) => report(await verifyOnline(store, doc, at)));
}

export function addCredentialCommand(cert: Command): void {
  withStoreOptions(withAsOption(
    cert
      .command('credential <number>')
      .description("a certificate as a W3C Verifiable Credential 2.0 (eddsa-jcs-2022 proof by its authority's key, status in a Bitstring Status List): all its fields for the authorities concerned (--as), the holder's fields with --code")
      .option('--code <code>', "the certificate's verification code (the holder's view)")
      .option('--out <file>', 'write it to this file instead'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      const vc = await credential(store, actor, num, { code: opts.code });
      if (opts.out) {
        writePrivateFile(opts.out, `${JSON.stringify(vc, null, 2)}\n`);
        process.stderr.write(`credential of ${num} written to ${opts.out} (status list: ${vc.credentialStatus.statusListCredential}, index ${vc.credentialStatus.statusListIndex})\n`);
      } else printJson(vc);
    }),
  );

  withStoreOptions(
    cert
      .command('status-list <list>')
      .description('a status list credential of the credentials (W3C Bitstring Status List, bit set: cancelled), signed now by the log key; what `kpcs cert verify CREDENTIAL --trust-list … --status-list FILE` checks offline')
      .option('--out <file>', 'write it to this file instead'),
  ).action(async (list: string, opts) =>
    withStore(opts, async (store) => {
      if (!/^\d{1,7}$/.test(list)) throw invalid(m('option.statusList', { value: list.slice(0, 20) }), [detail('list', m('option.statusList.detail'))]);
      const credentialOfList = await statusList(store, Number(list));
      if (opts.out) writePrivateFile(opts.out, `${JSON.stringify(credentialOfList, null, 2)}\n`);
      else printJson(credentialOfList);
    }),
  );
}
