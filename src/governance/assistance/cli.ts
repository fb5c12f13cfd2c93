// kpcs assistance …: needs, offers, the coordinator, programmes of technical assistance.
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import { AREAS, PROGRAMME_STATUSES } from './model.js';
import * as service from './service.js';

const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const verb = (name: string) => withAsOption(withStoreOptions(new Command(name)));
const area = () => new Option('--area <area>').choices([...AREAS]).default('other');
const rows = (v: unknown) => v as Record<string, unknown>[];

export function assistanceCommands(): Command[] {
  const assistance = new Command('assistance').description('technical assistance: needs of Participants, offers of donors, programmes matched by the coordinator');

  assistance.addCommand(
    verb('list').description('the coordinator, needs, offers and programmes').option('--participant <code>').addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const o = await service.overview(store.db, actor, { participant: opts.participant?.toUpperCase() });
        if (opts.format === 'json') return printJson(o);
        process.stdout.write(`coordinator: ${o.coordinators.map((c) => `${c.member} since ${c.designatedOn}`).join(', ') || 'none'}\n\nneeds\n`);
        printTable(rows(o.needs), ['id', 'participant', 'area', 'status', 'title']);
        process.stdout.write('\noffers\n');
        printTable(rows(o.offers), ['id', 'donor', 'area', 'status', 'title']);
        process.stdout.write('\nprogrammes\n');
        printTable(rows(o.programmes), ['id', 'participant', 'donor', 'status', 'startsOn', 'endsOn', 'title']);
      })),
  );

  assistance.addCommand(
    verb('need').description("declare a need (with --as CODE: that Participant's)").option('--participant <code>').requiredOption('--title <text>').requiredOption('--description <text>').addOption(area()).addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const n = await service.declareNeed(store.db, actor, { participant: opts.participant?.toUpperCase(), title: opts.title, description: opts.description, area: opts.area });
        return opts.format === 'json' ? printJson(n) : printTable([n as unknown as Record<string, unknown>], ['id', 'participant', 'area', 'status', 'title']);
      })),
  );

  assistance.addCommand(
    verb('offer').description('declare an offer of a donor (a Participant or an organisation)').option('--donor <code>').requiredOption('--title <text>').requiredOption('--description <text>').addOption(area()).addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const o = await service.declareOffer(store.db, actor, { donor: opts.donor?.toUpperCase(), title: opts.title, description: opts.description, area: opts.area });
        return opts.format === 'json' ? printJson(o) : printTable([o as unknown as Record<string, unknown>], ['id', 'donor', 'area', 'status', 'title']);
      })),
  );

  assistance.addCommand(
    verb('coordinator').description('designate the coordinator of technical assistance').argument('<member>').option('--on <day>').option('--note <text>')
      .action(async (member: string, opts) => withStore(opts, async (store, actor) => printJson(await service.designateCoordinator(store.db, actor, { member: member.toUpperCase(), on: opts.on, note: opts.note })))),
  );

  assistance.addCommand(
    verb('match').description('match a need with an offer: a programme is proposed').requiredOption('--need <id>').requiredOption('--offer <id>').option('--title <text>').option('--starts-on <day>').option('--ends-on <day>').addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const p = await service.match(store.db, actor, { needId: opts.need, offerId: opts.offer, title: opts.title, startsOn: opts.startsOn, endsOn: opts.endsOn });
        return opts.format === 'json' ? printJson(p) : printTable([p as unknown as Record<string, unknown>], ['id', 'participant', 'donor', 'status', 'title']);
      })),
  );

  assistance.addCommand(
    verb('programme').description('move a programme').argument('<id>').addOption(new Option('--status <status>').choices([...PROGRAMME_STATUSES]).makeOptionMandatory()).option('--starts-on <day>').option('--ends-on <day>').addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const p = await service.moveProgramme(store.db, actor, id, { status: opts.status, startsOn: opts.startsOn, endsOn: opts.endsOn });
        return opts.format === 'json' ? printJson(p) : printTable([p as unknown as Record<string, unknown>], ['id', 'participant', 'donor', 'status', 'startsOn', 'endsOn', 'title']);
      })),
  );

  return [assistance];
}
