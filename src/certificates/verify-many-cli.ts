// `kpcs cert verify-all FILE --trust-list LIST`: many certificates (or their bundles) verified offline at
// once, on every core (verify-many.ts): one line a certificate, then a count; exit 0 only if all are genuine.
import { availableParallelism } from 'node:os';
import { CommanderError, type Command } from 'commander';
import { printJson } from '../interface/cli.js';
import { atOption, count, readText, trustListFile } from './cli-input.js';
import { acceptTrustList, bundleCheckpoint } from './trust-state.js';
import { certificatesIn, verifyMany } from './verify-many.js';

export function addVerifyManyCommand(cert: Command): void {
  cert
    .command('verify-all <file>')
    .description('verify offline many certificates or bundles held in one file (a JSON array, or JSON Lines: one a line) against a trust list, on every core: one line each, then a count; exit 0 only if all are genuine, unexpired and uncancelled')
    .requiredOption('--trust-list <file>', 'the exported trust list to verify against')
    .option('--pin <keyIdOrPublicKey>', 'a Chair key you trusted before (id or public key): the trust list must be signed by it or by a key its endorsements lead to')
    .option('--at <time>', 'judge expiry and revocation at that moment (yyyy-mm-dd or an ISO time) instead of now')
    .option('--witnesses <k>', "require cosignatures of k witnesses of the trust list on each bundle's checkpoint", '0')
    .option('--trust-state <file>', 'a file where this verifier keeps the newest trust list generation it accepted (made if absent): an older list is refused')
    .option('--threads <n>', 'threads to verify on (default: the machine\'s cores)', String(availableParallelism()))
    .option('--format <format>', 'table (one line each) or json (every verdict)', 'table')
    .action(async (file: string, opts) => {
      const docs = certificatesIn(readText(file, 'what.certificates'), file);
      const at = atOption(opts.at);
      const witnesses = count(opts.witnesses, '--witnesses', 0);
      const threads = count(opts.threads, '--threads', 1);
      const checked = trustListFile(opts.trustList, opts.pin);
      const clock = new Date(Math.max(at.getTime(), Date.now()));
      // an older list is refused: below a generation accepted before, or one a bundle's checkpoint commits
      // to (each distinct checkpoint of the file checked: the bundles of one export share few)
      // (a checkpoint counts once it is a bundle's: the same note on anything else sets no floor and is not skipped on)
      let { warning } = acceptTrustList(checked.list, { stateFile: opts.trustState, clock });
      const seen = new Set<string>();
      for (const d of docs) {
        const note = bundleCheckpoint(d);
        if (note === undefined || seen.has(note)) continue;
        seen.add(note);
        warning = acceptTrustList(checked.list, { stateFile: opts.trustState, input: d, clock }).warning ?? warning;
      }
      if (warning) process.stderr.write(`kpcs: warning: ${warning}\n`);
      const verdicts = await verifyMany(docs, checked.list, { at, witnesses, clock, threads });
      const bad = verdicts.filter((v) => !v.valid).length;
      if (opts.format === 'json') printJson({ total: verdicts.length, genuine: verdicts.length - bad, refused: bad, verdicts });
      else {
        for (const [i, v] of verdicts.entries()) {
          if (v.valid) process.stdout.write(`${v.number}: ${v.reason}\n`);
          else process.stderr.write(`kpcs: ${v.number ?? `certificate ${i + 1} of ${file}`}: ${v.verdict.replace(/-/g, ' ')}: ${v.reason}\n`);
        }
        process.stdout.write(`${verdicts.length} certificates: ${verdicts.length - bad} genuine, ${bad} not\n`);
      }
      if (bad) throw new CommanderError(1, 'kpcs.cert.verify', `${bad} of ${verdicts.length} certificates are not genuine`);
    });
}
