// kpcs cert … / kpcs trust-list … / kpcs keys … / kpcs log … (kpcs witness …: witness-cli.ts)
import { writePrivateFile } from '../core/files.js';
import { Command, CommanderError, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../interface/cli.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './cli-messages.js';
import { atOption, count, number, readJson, trustListFile } from './cli-input.js';
import type { Store } from '../db/store.js';
import { type SignedCertificate } from './model.js';
import { CANCEL_REASONS, BORDER_CHECK_KINDS, type BorderCheckKind, type CancelReason } from './receipt-rules.js';
import { codeForPdf, renewVerificationCode } from './lookup.js';
import { renderPdf } from './pdf.js';
import { contextFromTrustList, verifyCertificate, type Verification } from './verification.js';
import * as log from './log.js';
import { verifyConsistency, verifyInclusion } from './merkle.js';
import * as checkpoints from './checkpoints.js';
import { readCheckpointFile } from './witness.js';
import { witnessCommand } from './witness-cli.js';
import type { ConsistencyInput } from './checkpoint.js';
import * as service from './service.js';
import * as onlineVerification from './online-verification.js';
import { acceptTrustList } from './trust-state.js';
import { awaitingConfirmation, sweepUnconfirmed } from './awaiting.js';
import { addCredentialCommand, isCredential, verifyCredentialFile } from './credential-cli.js';
import { amendCommand } from './amendment-cli.js';
import { addVerifyManyCommand } from './verify-many-cli.js';

/** Exit 0 only for a valid certificate; otherwise the verdict and its reason on stderr, exit 1. */
function report(result: Verification): void {
  if (result.valid) {
    process.stdout.write(`${result.number}: ${result.reason}\n`);
    return;
  }
  process.stderr.write(`kpcs: ${result.number ?? 'certificate'}: ${result.verdict.replace(/-/g, ' ')}: ${result.reason}\n`);
  throw new CommanderError(1, 'kpcs.cert.verify', result.reason);
}

/** The PDF of a certificate, with its verification code beside the QR code (and in it) when given. */
async function printable(store: Store, doc: SignedCertificate, code: string | undefined, cancelled: boolean): Promise<Buffer> {
  return renderPdf(doc, { verifyUrl: service.verifyAddress(store, doc.number, code), verificationCode: code, language: await service.languageOf(store, doc.issuer.participant), cancelled });
}

export function certificateCommands(): Command[] {
  const cert = new Command('cert').description('Kimberley Process certificates: issue, verify, confirm, cancel, show');

  withStoreOptions(withAsOption(
    cert
      .command('issue')
      .description("issue a certificate as the exporting Participant's authority; prints the signed certificate JSON, and its verification code (shown this once) on stderr")
      .requiredOption('--request <file>', 'the certificate request (JSON, as the API takes it: docs/formats.md)')
      .option('--on <date>', 'record a historical certificate judged by the registry in force on that day (yyyy-mm-dd)')
      .option('--pdf <file>', 'also write the printable certificate, its verification code beside the QR code'),
  )).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const { certificate, verificationCode } = await service.issueWithCode(store, actor, readJson(opts.request, 'what.request'), { on: opts.on });
      if (opts.pdf) writePrivateFile(opts.pdf, await printable(store, certificate, verificationCode, false));
      printJson(certificate);
      // stdout stays the signed document (what the holder keeps and verifies); the code is not in it
      process.stderr.write(`verification code of ${certificate.number}: ${verificationCode} (shown this once; printed on the PDF beside the QR code; \`kpcs cert code ${certificate.number}\` makes a new one)\n`);
    }),
  );

  withStoreOptions(withAsOption(
    cert
      .command('code <number>')
      .description("a new verification code for a certificate, as its issuing Participant's authority (the old one stops working); prints it once")
      .option('--pdf <file>', 'also write the printable certificate with the new code'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      const renewed = await renewVerificationCode(store, actor, num);
      if (opts.pdf) {
        const { doc, cancelled } = await service.document(store, actor, num);
        writePrivateFile(opts.pdf, await printable(store, doc, renewed.verificationCode, cancelled));
      }
      printJson(renewed);
    }),
  );

  withStoreOptions(
    cert
      .command('verify <file>')
      .description('verify a certificate file, its bundle or its credential (kpcs cert credential): exit 0 only if genuine, unexpired and uncancelled; offline with --trust-list (no store opened)')
      .option('--status-list <file>', "offline, a credential: the status list credential saved from its credentialStatus.statusListCredential (else its cancellation is not checked)")
      .option('--trust-list <file>', 'verify offline against this exported trust list')
      .option('--pin <keyIdOrPublicKey>', 'a Chair key you trusted before (id or public key): the trust list must be signed by it or by a key its endorsements lead to')
      .option('--trust-anchor <keyId>', 'the same as --pin (older name)')
      .option('--at <time>', 'judge expiry and revocation at that moment (yyyy-mm-dd or an ISO time) instead of now: e.g. when the shipment crossed the border')
      .option('--checkpoint <file>', 'offline: a log checkpoint you hold (from elsewhere); the bundle\'s checkpoint must be of the same log, not a fork')
      .option('--consistency <file>', 'offline: the consistency proof between the two checkpoints\' sizes (JSON {first, second, proof}: kpcs log consistency, GET /api/log/consistency-proof)')
      .option('--witnesses <k>', 'offline: require cosignatures of k witnesses of the trust list on the bundle\'s checkpoint', '0')
      .option('--trust-state <file>', 'offline: a file where this verifier keeps the newest trust list generation it accepted (made if absent): an older list is refused'),
  ).action(async (file: string, opts) => {
    const doc = readJson(file, 'what.certificate');
    const at = atOption(opts.at);
    if (opts.trustList) {
      const pin: string | undefined = opts.pin ?? opts.trustAnchor;
      const checked = trustListFile(opts.trustList, pin);
      if (pin && checked.path && checked.path.length > 1) process.stderr.write(`trust list signed by ${checked.list.signer.keyId}, endorsed from the pinned key: ${checked.path.join(' → ')}\n`);
      const witnesses = count(opts.witnesses, '--witnesses', 0);
      const held = opts.checkpoint ? { note: readCheckpointFile(opts.checkpoint), consistency: opts.consistency ? (readJson(opts.consistency, 'what.consistencyProof') as ConsistencyInput) : undefined } : undefined;
      // an older list (from before a revocation) is refused: below a generation accepted before or committed to
      // — for a credential too (it rests on the list's keys and cancellations alone)
      const { warning } = acceptTrustList(checked.list, { stateFile: opts.trustState, held: held?.note, input: isCredential(doc) ? undefined : doc, clock: new Date(Math.max(at.getTime(), Date.now())) });
      if (warning) process.stderr.write(`kpcs: warning: ${warning}\n`);
      if (isCredential(doc)) return verifyCredentialFile(doc, opts, at, checked.list);
      return report(verifyCertificate(doc, contextFromTrustList(checked.list, at, { witnesses, held, clock: new Date(Math.max(at.getTime(), Date.now())) })));
    }
    if (isCredential(doc)) return verifyCredentialFile(doc, opts, at);
    return withStore(opts, async (store) => report(await onlineVerification.verifyDocument(store, doc, at)));
  });

  withStoreOptions(withAsOption(
    cert
      .command('confirm <number>')
      .description("record the import confirmation as the importing Participant's authority (a mismatch is recorded and flagged)")
      .requiredOption('--parcels <n>', 'parcels received')
      .requiredOption('--carats <x>', 'carats received')
      .option('--seals-broken', 'the seals were not intact on arrival')
      .option('--received-on <date>', 'day of receipt (default today)')
      .option('--note <text>', 'a remark'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      const result = await service.confirm(store, actor, num, { parcels: number(opts.parcels, '--parcels'), carats: number(opts.carats, '--carats'), sealsIntact: !opts.sealsBroken, receivedOn: opts.receivedOn, note: opts.note });
      printJson(result);
      const told = result.alerted ? `${result.alerted} officer${result.alerted > 1 ? 's' : ''} of the exporting authority ${result.issuer} alerted` : `no officer of the exporting authority ${result.issuer} has an account to alert`;
      process.stderr.write(result.flagged
        ? `kpcs: ${num}: confirmed WITH MISMATCH (${told}): ${result.mismatches.map((m) => m.message).join('; ')}\n`
        : `kpcs: ${num}: confirmed (${told})\n`);
    }),
  );

  withStoreOptions(withAsOption(
    cert
      .command('awaiting')
      .description("the certificates addressed to the Participant that await its confirmation of receipt, soonest expiry first")
      .option('--limit <n>', 'at most this many', '500')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  )).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const queue = await awaitingConfirmation(store.db, actor, { limit: number(opts.limit, '--limit') });
      if (opts.format === 'json') return printJson(queue);
      printTable(queue.certificates.map((c) => ({ number: c.number, exporter: `${c.exporter.participant} ${c.exporter.name}`, issuedOn: c.issuedAt.slice(0, 10), parcels: c.parcels, carats: c.carats, expiresOn: c.expiresAt.slice(0, 10), daysLeft: c.daysLeft })), ['number', 'exporter', 'issuedOn', 'parcels', 'carats', 'expiresOn', 'daysLeft']);
    }),
  );

  withStoreOptions(
    cert
      .command('sweep-unconfirmed')
      .description('alert both authorities of each certificate unconfirmed past its expiry and the grace period (KPCS_CONFIRMATION_GRACE_DAYS, default 30), once; the server runs it daily')
      .option('--on <date>', 'judge as on this day (yyyy-mm-dd)'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const r = await sweepUnconfirmed(store.db, actor, { on: opts.on });
      process.stderr.write(`kpcs: ${r.certificates.length} certificate(s) unconfirmed ${r.graceDays} days after expiry alerted as of ${r.on}\n`);
      printJson(r);
    }),
  );

  withStoreOptions(withAsOption(
    cert
      .command('cancel <number>')
      .description("cancel a certificate as the issuing Participant's authority")
      .addOption(new Option('--reason <reason>', 'why').choices([...CANCEL_REASONS]).makeOptionMandatory())
      .option('--note <text>', 'a remark')
      .option('--replaced-by <number>', 'the replacing certificate'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await service.cancel(store, actor, num, { reason: opts.reason as CancelReason, note: opts.note, replacedBy: opts.replacedBy }))),
  );

  amendCommand(cert);

  withStoreOptions(withAsOption(
    cert
      .command('check <number>')
      .description("record a customs border check against a number (export, import, transit)")
      .addOption(new Option('--kind <kind>', 'the kind of check').choices([...BORDER_CHECK_KINDS]).makeOptionMandatory())
      .option('--seals-broken', 'the seals were not intact')
      .option('--opened', 'the shipment had been opened')
      .option('--note <text>', 'a remark'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      // the local operator acting for a Participant records as its customs
      const result = await service.borderCheck(store, { ...actor, roles: [...actor.roles, 'customs'] }, num, { kind: opts.kind as BorderCheckKind, sealsIntact: !opts.sealsBroken, unopened: !opts.opened, note: opts.note });
      printJson(result);
      if (result.flagged) process.stderr.write(`kpcs: ${num}: FLAGGED: ${result.reason}\n`);
    }),
  );

  withStoreOptions(withAsOption(
    cert
      .command('show <number>')
      .description('one certificate with its status (issuing or importing Participant)')
      .option('--pdf <file>', 'also write the printable certificate to this PDF file')
      .option('--code <code>', 'print this verification code on the PDF (checked: only the certificate\'s own)'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      const result = await service.get(store, actor, num);
      if (opts.pdf) {
        const code = await codeForPdf(store, num, opts.code, '--code');
        writePrivateFile(opts.pdf, await printable(store, result.certificate, code, result.status.cancelled !== null));
      }
      printJson(result);
    }),
  );

  withStoreOptions(withAsOption(
    cert
      .command('bundle <number>')
      .description('the offline bundle of a certificate (issuing or importing Participant): the document, a checkpoint signed by the log covering it, its inclusion proof; what `kpcs cert verify FILE --trust-list` needs')
      .option('--out <file>', 'write it to this file instead')
      .option('--consistency-from <n>', 'also the consistency proof from a checkpoint of n entries you hold'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      const b = await service.bundle(store, actor, num, { consistencyFrom: opts.consistencyFrom ? number(opts.consistencyFrom, '--consistency-from') : undefined });
      if (opts.out) {
        writePrivateFile(opts.out, `${JSON.stringify(b, null, 2)}\n`);
        process.stderr.write(`bundle of ${num} written to ${opts.out}: entry ${b.inclusion.leafIndex} in the checkpoint of ${b.inclusion.treeSize} entries\n`);
      } else printJson(b);
    }),
  );

  withStoreOptions(withAsOption(
    cert
      .command('list')
      .description("the Participant's certificates, newest first")
      .option('--received', 'those addressed to it rather than issued by it')
      .option('--year <yyyy>', 'only this year')
      .option('--limit <n>', 'at most this many', '100')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  )).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.list(store, actor, { role: opts.received ? 'received' : 'issued', year: opts.year ? number(opts.year, '--year') : undefined, limit: number(opts.limit, '--limit') });
      if (opts.format === 'json') return printJson(rows);
      printTable(rows, ['number', 'issuer', 'importer', 'issuedAt', 'carats', 'valueUsd', 'parcels', 'status']);
    }),
  );

  addCredentialCommand(cert);
  addVerifyManyCommand(cert);
  const trust = new Command('trust-list').description('the signed list of authority keys, for offline verification');
  withStoreOptions(trust.command('export').description("print the trust list signed by the Chair's key, with the chain of Chair keys").option('--out <file>', 'write it to this file instead')).action(async (opts) =>
    withStore(opts, async (store) => {
      const list = await service.trustList(store);
      if (opts.out) {
        writePrivateFile(opts.out, `${JSON.stringify(list, null, 2)}\n`);
        process.stderr.write(`trust list of ${list.keys.length} keys written to ${opts.out}; signed by the key ${list.signer.keyId} of the Chair ${list.chair} (${list.chairYear}), ${list.chain?.length ?? 0} endorsements in its chain\n`);
      } else printJson(list);
    }),
  );

  const keys = new Command('keys').description("signing keys: the authorities' (list, rotate, revoke), the Chair's (rotate) and the log's (list, rotate, revoke)");
  withStoreOptions(keys.command('list').description('every authority key with its period of service and revocation').option('--participant <code>', 'only this Participant')).action(async (opts) =>
    withStore(opts, async (store) => printTable((await service.keys(store, opts.participant?.toUpperCase())) as unknown as Record<string, unknown>[], ['keyId', 'owner', 'validFrom', 'validTo', 'revokedAt', 'revocationReason'])),
  );
  withStoreOptions(withAsOption(keys.command('rotate').description("retire the key in service (its signatures stay valid) and put a new one in service"))).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      if (!actor.participant) throw invalid(m('option.as', { option: '--as CODE' }), [detail('--as', field('required'))]);
      printJson(await service.rotateKey(store, actor, actor.participant));
    }),
  );
  withStoreOptions(withAsOption(
    keys
      .command('revoke <keyId>')
      .description('revoke a key: certificates dated before the revocation stay valid, those after do not')
      .requiredOption('--reason <text>', 'why (compromised, lost…)')
      .option('--at <time>', 'revoked from this moment (ISO 8601; default now)'),
  )).action(async (keyId: string, opts) => withStore(opts, async (store, actor) => printJson(await service.revokeKey(store, actor, keyId, { reason: opts.reason, at: opts.at }))));

  const chairKeys = keys.command('chair').description("the Chair's keys that sign the trust list, each endorsed by the previous one");
  withStoreOptions(chairKeys.command('list').description('every Chair key with its period and the key that endorsed it').addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))).action(async (opts) =>
    withStore(opts, async (store) => {
      const rows = await service.chairKeyList(store);
      if (opts.format === 'json') return printJson(rows);
      printTable(rows as unknown as Record<string, unknown>[], ['keyId', 'chair', 'year', 'validFrom', 'validTo', 'endorsedBy']);
    }),
  );
  withStoreOptions(withAsOption(chairKeys.command('rotate').description("a new key for the Chair in office, endorsed by the key it replaces (which signs no list after)"))).action(async (opts) =>
    withStore(opts, async (store, actor) => printJson(await service.rotateChairKey(store, actor))),
  );
  const logKeys = keys.command('log').description("the transparency log's tree-head signing key");
  withStoreOptions(withAsOption(logKeys.command('rotate').description('a new tree-head key from now on; heads signed by the old key stay verifiable with its period on the trust list'))).action(async (opts) =>
    withStore(opts, async (store, actor) => printJson(await service.rotateLogKey(store, actor))),
  );
  withStoreOptions(logKeys.command('list').description('every log key with its period of service and revocation')).action(async (opts) =>
    withStore(opts, async (store) => printTable((await service.logKeys(store)) as unknown as Record<string, unknown>[], ['keyId', 'validFrom', 'validTo', 'revokedAt', 'revocationReason'])),
  );
  withStoreOptions(withAsOption(
    logKeys
      .command('revoke <keyId>')
      .description('revoke a log key (administrators): checkpoints it signs from then on verify nowhere, those before stay valid; a key in service is replaced at once')
      .requiredOption('--reason <text>', 'why (compromised, lost…)')
      .option('--at <time>', 'revoked from this moment (ISO 8601; default now)'),
  )).action(async (keyId: string, opts) => withStore(opts, async (store, actor) => printJson(await service.revokeLogKey(store, actor, keyId, { reason: opts.reason, at: opts.at }))));

  const logCmd = new Command('log').description('the public transparency log (RFC 9162): tree head and proofs, checked here');
  withStoreOptions(logCmd.command('head').description('the signed tree head: size, root hash, time, signature')).action(async (opts) =>
    withStore(opts, async (store) => printJson(await log.signedTreeHead(store))),
  );
  withStoreOptions(
    logCmd
      .command('checkpoint')
      .description('the current checkpoint signed by the log key (C2SP signed note), with the witnesses\' cosignatures; it also commits to the audit chain\'s head')
      .option('--tree-size <n>', 'the latest one signed of this size instead')
      .option('--json', 'the note and its fields as JSON'),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      const cp = await checkpoints.checkpoint(store, opts.treeSize !== undefined ? number(opts.treeSize, '--tree-size') : undefined);
      if (opts.json) printJson(cp);
      else process.stdout.write(cp.note);
    }),
  );
  withStoreOptions(
    logCmd
      .command('proof')
      .description('the inclusion proof of an entry (by --index, or the issue entry of --number), verified before it is printed')
      .option('--index <i>', 'the entry')
      .option('--number <number>', 'a certificate number')
      .option('--tree-size <n>', 'in the tree of this many entries (default: now)'),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      const index = opts.index !== undefined ? number(opts.index, '--index') : opts.number ? Number((await log.entriesOf(store.db, opts.number))[0]!.idx) : undefined;
      if (index === undefined) throw invalid(m('option.indexOrNumber', { index: '--index', number: '--number' }), [detail('--index', field('required'))]);
      const p = await log.inclusionProof(store.db, index, opts.treeSize ? number(opts.treeSize, '--tree-size') : undefined);
      const ok = verifyInclusion(p.leafIndex, p.treeSize, Buffer.from(p.leafHash, 'hex'), p.proof.map((h) => Buffer.from(h, 'hex')), Buffer.from(p.rootHash, 'hex'));
      printJson({ ...p, verified: ok });
      if (!ok) throw invalid(m('proof.inclusion'), [detail('log', m('proof.inclusion.detail'))]);
    }),
  );
  withStoreOptions(
    logCmd
      .command('consistency')
      .description('prove that the log of --second entries extends the one of --first entries; with --root, against a root you kept')
      .requiredOption('--first <m>', 'the earlier size')
      .option('--second <n>', 'the later size (default: now)')
      .option('--root <hex>', 'the root of the earlier size as you saw it then (e.g. from an old tree head)'),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      const c = await log.consistencyProof(store.db, number(opts.first, '--first'), opts.second ? number(opts.second, '--second') : undefined);
      const firstRoot = opts.root ?? c.firstRoot;
      const ok = verifyConsistency(c.first, c.second, Buffer.from(firstRoot, 'hex'), Buffer.from(c.secondRoot, 'hex'), c.proof.map((h) => Buffer.from(h, 'hex')));
      printJson({ ...c, checkedAgainst: firstRoot, consistent: ok });
      if (!ok) throw invalid(m('proof.consistency', { second: String(c.second), first: String(c.first), root: firstRoot }), [detail('--root', m('proof.consistency.detail'))]);
    }),
  );

  return [cert, trust, keys, logCmd, witnessCommand()];
}
