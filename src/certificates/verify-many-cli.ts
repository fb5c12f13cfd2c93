// `kpcs cert verify-all FILE --trust-list LIST`: many certificates (or their bundles) verified offline at
// once, on every core (verify-many.ts): one line a certificate, then a count; exit 0 only if all are genuine.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CommanderError, type Command } from 'commander';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { printJson } from '../interface/cli.js';
import { m } from './cli-messages.js';
import { number, readJson } from './cli-input.js';
import { checkTrustList } from './signing.js';
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
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw invalid(m('file.unreadable', { what: m('what.certificates'), file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), [detail(file, field('unreadable'))]);
      }
      const docs = certificatesIn(text, file);
      const at = opts.at === undefined ? new Date() : new Date(/^\d{4}-\d{2}-\d{2}$/.test(opts.at) ? `${opts.at}T23:59:59Z` : opts.at);
      if (Number.isNaN(at.getTime())) throw invalid(m('option.notATime', { option: '--at', value: String(opts.at) }), [detail('at', m('option.notATime.detail'))]);
      const witnesses = number(opts.witnesses, '--witnesses');
      if (!Number.isInteger(witnesses) || witnesses < 0) throw invalid(m('option.notACount', { option: '--witnesses', value: String(opts.witnesses) }), [detail('--witnesses', m('option.notACount.detail'))]);
      const threads = number(opts.threads, '--threads');
      if (!Number.isInteger(threads) || threads < 1) throw invalid(m('option.notACount', { option: '--threads', value: String(opts.threads) }), [detail('--threads', m('option.notACount.detail'))]);
      const pin: string | undefined = opts.pin;
      const checked = checkTrustList(readJson(opts.trustList, 'what.trustList'), pin);
      if (!checked.ok) throw invalid(m('trustList.unusable', { reason: checked.reason }), [{ path: opts.trustList, message: checked.reason }]);
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
