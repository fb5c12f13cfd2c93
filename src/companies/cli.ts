// kpcs company add|list|suspend: a Participant's register of licensed companies, kept by its authority
// (the local operator acts as that Participant's authority).
import { Command } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../cli/common.js';
import { localOperator } from '../auth/model.js';
import * as service from './service.js';
import { addStockCommands } from './stock-cli.js';

export function companyCommand(): Command {
  const cmd = new Command('company').description("licensed companies: a Participant's register (its certificates then name only companies licensed on the day)");
  withStoreOptions(
    cmd
      .command('add')
      .description('register a licensed company')
      .requiredOption('--participant <code>', 'the Participant whose authority licenses it (BW, EU…)')
      .requiredOption('--name <name>', "the company's name, as its certificates write it")
      .requiredOption('--licence <number>', 'the licence number, e.g. BW-L-0001')
      .option('--address <text>', "the company's address")
      .option('--valid-from <date>', 'first day of the licence (default today)')
      .option('--valid-to <date>', 'last day of the licence (default: until suspended)'),
  ).action(async (opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      printJson(await service.add(store.db, localOperator(participant), { participant, name: opts.name, licence: opts.licence, address: opts.address, validFrom: opts.validFrom, validTo: opts.validTo }));
    }),
  );
  withStoreOptions(cmd.command('list').description("a Participant's register").requiredOption('--participant <code>', 'the Participant')).action(async (opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      const rows = await service.list(store.db, localOperator(participant), participant);
      printTable(
        rows.map((c) => ({ licence: c.licence, name: c.name, validFrom: c.validFrom, validTo: c.validTo ?? '', suspended: c.suspended ? `${c.suspended.at.slice(0, 10)} ${c.suspended.reason}` : '' })),
        ['licence', 'name', 'validFrom', 'validTo', 'suspended'],
      );
    }),
  );
  withStoreOptions(cmd.command('suspend <licence>').description("suspend a company's licence: from today its name is refused on certificates").requiredOption('--participant <code>', 'the Participant').requiredOption('--reason <text>', 'why')).action(async (licence: string, opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      printJson(await service.suspend(store.db, localOperator(participant), participant, licence, opts.reason));
    }),
  );
  addStockCommands(cmd);
  return cmd;
}
