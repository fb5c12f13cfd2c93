// kpcs groups …
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import * as service from './service.js';

const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const verb = (cmd: Command) => withAsOption(withStoreOptions(cmd));

export function groupCommands(): Command[] {
  const cmd = new Command('groups').description('working groups: chairs, members with dates, meetings');
  withStoreOptions(cmd.command('list').description('the groups, their chairs and members').addOption(format())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const groups = await service.list(store.db, actor);
      if (opts.format === 'json') return printJson(groups);
      printTable(groups.map((g) => ({ ...g, members: g.members.filter((m) => m.until === null).map((m) => m.member) })), ['id', 'name', 'chair', 'members']);
    }),
  );
  verb(
    cmd
      .command('member <group> <member>')
      .description('add a member or change its role and dates')
      .addOption(new Option('--role <role>').choices(['member', 'coordinator']))
      .option('--region <region>')
      .option('--since <date>')
      .option('--until <date>'),
  ).action(async (group: string, member: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await service.putMember(store.db, actor, group.toUpperCase(), member.toUpperCase(), { role: opts.role, region: opts.region, since: opts.since, until: opts.until }))),
  );
  verb(cmd.command('set-chair <group> <member>').description("give a group a new chair (one of its members)")).action(async (group: string, member: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await service.update(store.db, actor, group.toUpperCase(), { chair: member.toUpperCase() }))),
  );
  verb(cmd.command('meetings <group>').description("a group's meetings").addOption(format())).action(async (group: string, opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.meetings(store.db, actor, group.toUpperCase());
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((m) => ({ ...m, agenda: m.agenda.split('\n')[0], minutes: m.minutes ? 'yes' : '' })), ['heldOn', 'place', 'agenda', 'minutes', 'id']);
    }),
  );
  verb(cmd.command('meeting <group>').description('record a meeting').requiredOption('--on <date>').requiredOption('--place <place>').requiredOption('--agenda <text>').option('--minutes <text>')).action(async (group: string, opts) =>
    withStore(opts, async (store, actor) => printJson(await service.addMeeting(store.db, actor, group.toUpperCase(), { heldOn: opts.on, place: opts.place, agenda: opts.agenda, minutes: opts.minutes }))),
  );
  return [cmd];
}
