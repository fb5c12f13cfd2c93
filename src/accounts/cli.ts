// kpcs user …
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
import { notFound } from '../core/errors.js';
import { ROLES } from '../auth/model.js';
import { m } from './messages.js';
import * as service from './service.js';
import * as passwords from './sign-in.js';

async function findUser(db: Parameters<typeof service.listUsers>[0], actor: Parameters<typeof service.listUsers>[1], login: string) {
  const user = (await service.listUsers(db, actor)).find((u) => u.login === login.toLowerCase());
  if (!user) throw notFound(m('login.notFound', { login }));
  return user;
}

export function userCommand(): Command {
  const cmd = new Command('user').description('accounts: users, roles and API tokens');
  withStoreOptions(
    cmd
      .command('add')
      .description('create a user and print an API token for it (only its hash is stored)')
      .requiredOption('--participant <code>', 'the Participant code (ZA, EU…) or organisation id (WDC, GW, PAC, UN-POE-CI…) the user acts for')
      .addOption(new Option('--role <role...>', 'role(s)').choices([...ROLES]).makeOptionMandatory())
      .requiredOption('--name <name>', "the person's or machine's name")
      .option('--group <group...>', 'working group(s) of a wg-member: WGS, WGM, WGDE, PC, WGAAP')
      .option('--login <login>', 'login for the web (default: from the name)')
      .option('--password <password>', 'a password for signing in to the web (else token only)')
      .option('--email <address>', 'where e-mail alerts go (sent when the server has KPCS_SMTP_URL)')
      .option('--company <licence>', "a company user: the licence of its company in the Participant's register (it applies only in that company's name)")
      .addOption(new Option('--format <format>', 'output').choices(['token', 'json']).default('token')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      // --company: checked before anything is written and tied in the creating transaction (catalogue refusals)
      const user = await service.createUser(store.db, actor, { name: opts.name, login: opts.login, member: opts.participant.toUpperCase(), roles: opts.role, groups: opts.group, password: opts.password, email: opts.email, company: opts.company });
      const { token } = await service.issueToken(store.db, actor, user.id, 'cli');
      if (opts.format === 'json') return printJson({ user, token });
      process.stdout.write(`${token}\n`);
      process.stderr.write(`created ${user.login} (${user.roles.join(', ')} for ${user.participant ?? user.organisation ?? 'the installation'}); the token above is shown once\n`);
    }),
  );
  withStoreOptions(cmd.command('list').description('list users')).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const users = await service.listUsers(store.db, actor);
      printTable(users.map((u) => ({ ...u, for: u.participant ?? u.organisation ?? '' })), ['login', 'name', 'for', 'roles', 'groups', 'disabled', 'tokens']);
    }),
  );
  withStoreOptions(cmd.command('token <login>').description('issue another API token for a user').option('--label <label>', 'what the token is for', 'cli')).action(async (login: string, opts) =>
    withStore(opts, async (store, actor) => {
      const user = await findUser(store.db, actor, login);
      process.stdout.write(`${(await service.issueToken(store.db, actor, user.id, opts.label)).token}\n`);
    }),
  );
  withStoreOptions(cmd.command('password <login> <password>').description("set a user's web password (signs out its sessions)")).action(async (login: string, password: string, opts) =>
    withStore(opts, async (store, actor) => {
      const user = await findUser(store.db, actor, login);
      await service.updateUser(store.db, actor, user.id, { password });
      process.stderr.write(`password of ${user.login} changed\n`);
    }),
  );
  withStoreOptions(
    cmd
      .command('reset-password <login>')
      .description('reset a user\'s web password to a temporary one, printed once: the user must choose a new one at the next sign-in (its sessions end)')
      .option('--password <password>', 'the temporary password (default: generated)'),
  ).action(async (login: string, opts) =>
    withStore(opts, async (store, actor) => {
      const user = await findUser(store.db, actor, login);
      const { temporaryPassword } = await passwords.resetPassword(store.db, actor, user.id, opts.password);
      process.stdout.write(`${temporaryPassword}\n`);
      process.stderr.write(`temporary password of ${user.login} above (shown once): at the next sign-in the web asks for a new one\n`);
    }),
  );
  withStoreOptions(cmd.command('disable <login>').description('disable a user: its sessions end and its tokens are revoked')).action(async (login: string, opts) =>
    withStore(opts, async (store, actor) => {
      const user = await findUser(store.db, actor, login);
      await service.updateUser(store.db, actor, user.id, { disabled: true });
      process.stderr.write(`${user.login} disabled\n`);
    }),
  );
  return cmd;
}
