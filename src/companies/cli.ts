// kpcs company add|list|suspend|users|tie|untie: a Participant's register of licensed companies, kept by its authority
// (the local operator acts as that Participant's authority).
import { Command } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
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
  // company users (issue #21): tie a user of the role company to the company it acts for, untie it
  withStoreOptions(cmd.command('users <licence>').description('the users tied to a company').requiredOption('--participant <code>', 'the Participant')).action(async (licence: string, opts) =>
    withStore(opts, async (store) => {
      const participant = String(opts.participant).toUpperCase();
      const r = await service.companyUsers(store.db, localOperator(participant), participant, licence);
      printTable(r.users.map((x) => ({ login: x.login, name: x.name, disabled: x.disabled })), ['login', 'name', 'disabled']);
    }),
  );
  for (const [verb, what] of [
    ['tie', 'tie an existing company user of the Participant (tied to no other company) to the company'],
    ['untie', 'untie a user from the company: it then applies in no company\'s name'],
  ] as const) {
    withStoreOptions(cmd.command(`${verb} <licence> <login>`).description(what).requiredOption('--participant <code>', 'the Participant')).action(async (licence: string, login: string, opts) =>
      withStore(opts, async (store) => {
        const participant = String(opts.participant).toUpperCase();
        const actor = localOperator(participant);
        const id = await service.userIdOf(store.db, login);
        const r = verb === 'tie' ? await service.tieCompanyUser(store.db, actor, participant, licence, id) : await service.untieCompanyUser(store.db, actor, participant, licence, id);
        printJson(r);
      }),
    );
  }
  addStockCommands(cmd);
  return cmd;
}
