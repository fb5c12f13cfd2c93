// kpcs hub …: the keys national systems registered (the Chair's approval), a national system's outbox,
// and the conformance kit of the exchange.
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
// the exchange's modules (and its message schemas) are loaded by the hub's commands only
const keyRegistry = () => import('./key-registry.js');
const store = () => import('./store.js');

export function hubCommand(): Command {
  const cmd = new Command('hub').description('the hub exchange: national systems connected to this hub, or this installation as a national system (docs/hub.md)');
  const keys = cmd.command('keys').description("the authority keys national systems registered at this hub, and the Chair's approval");
  withStoreOptions(
    keys
      .command('list')
      .description('the registered keys and their status')
      .option('--participant <code>', 'one Participant')
      .addOption(new Option('--status <status>', 'pending, approved or refused').choices(['pending', 'approved', 'refused']))
      .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (s, actor) => {
      const rows = await (await keyRegistry()).listKeys(s, actor, { participant: opts.participant?.toUpperCase(), status: opts.status });
      if (opts.format === 'json') return printJson(rows);
      printTable(rows, ['participant', 'keyId', 'status', 'validFrom', 'registeredAt', 'decidedBy']);
    }),
  );
  for (const [verb, approve] of [['approve', true], ['refuse', false]] as const) {
    withStoreOptions(
      keys
        .command(`${verb} <participant> <keyId>`)
        .description(approve ? "approve a national system's new key (the Chair or the secretariat): it enters the trust list as the Participant's key in service" : "refuse a national system's new key: messages it signs are refused")
        .option('--note <text>', 'why'),
    ).action(async (participant: string, keyId: string, opts) =>
      withStore(opts, async (s, actor) => {
        const k = await (await keyRegistry()).decideKey(s, actor, participant.toUpperCase(), keyId, { approve, note: opts.note });
        process.stderr.write(`${k.keyId} of ${k.participant}: ${k.status}\n`);
      }),
    );
  }
  withStoreOptions(
    cmd
      .command('outbox')
      .description('a national system: the messages to the hub, delivered, pending (with their last error) and refused')
      .option('--pending', 'only those not delivered yet')
      .option('--send', 'run one round of the exchange now (KPCS_HUB_URL, KPCS_HUB_TOKEN)')
      .option('--limit <n>', 'rows shown', '50'),
  ).action(async (opts) =>
    withStore(opts, async (s) => {
      if (opts.send) {
        const { exchangeOnce, hubConnection } = await import('./national.js');
        const c = hubConnection();
        if (!c) throw new Error('KPCS_HUB_URL is not set: this installation is not a national system.');
        const r = await exchangeOnce(s, c);
        process.stderr.write(`hub ${r.hubUp ? 'reached' : 'unreachable'}: ${r.registered} key(s) registered, ${r.queued} queued, ${r.delivered} delivered, ${r.failed} failed, ${r.applied} applied\n`);
      }
      const counts = await (await store()).outboxCounts(s.db);
      process.stderr.write(`${counts.total} message(s): ${counts.delivered} delivered, ${counts.pending} pending, ${counts.refused} refused\n`);
      printTable((await (await store()).outboxRows(s.db, { pending: !!opts.pending, limit: Number(opts.limit) || 50 })).map((r) => ({ ...r, state: r.delivered_at ? 'delivered' : r.refused_at ? 'refused' : 'pending' })), ['seq', 'id', 'type', 'number', 'state', 'attempts', 'last_error']);
    }),
  );
  cmd
    .command('conformance <url>')
    .description("check a hub's implementation of the exchange (kp-hub/1) at URL: the checks a third party runs against its own system; changes nothing there")
    .option('--token <token>', "a national-system user's token at that hub (else only the anonymous checks)")
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
    .action(async (url: string, opts) => {
      const { conformance } = await import('./conformance.js');
      const checks = await conformance(url, opts.token ?? process.env.KPCS_HUB_TOKEN);
      if (opts.format === 'json') printJson(checks);
      else printTable(checks.map((c) => ({ result: c.ok ? 'pass' : 'FAIL', check: c.name, detail: c.detail })), ['result', 'check', 'detail']);
      const failed = checks.filter((c) => !c.ok).length;
      process.stderr.write(`${checks.length - failed} of ${checks.length} checks passed\n`);
      if (failed) process.exitCode = 1;
    });
  return cmd;
}
