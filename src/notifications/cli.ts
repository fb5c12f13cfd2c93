// kpcs inbox --user LOGIN [--unread] [--mark-read] · kpcs mail deliver · (kpcs stats remind: statistics/cli.ts)
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../interface/cli.js';
import { invalid } from '../core/errors.js';
import { r } from './messages.js';
import * as service from './service.js';
import { Mailer, mailConfig, redactUrl } from './mailer.js';

export function notificationCommands(): Command[] {
  return [inboxCommand(), mailCommand()];
}

function inboxCommand(): Command {
  return withStoreOptions(
    new Command('inbox')
      .description("a user's notifications, unread first (the local operator names the user)")
      .requiredOption('--user <login>', 'whose inbox')
      .option('--unread', 'only the unread ones')
      .option('--kind <kind>', 'only this kind of alert (e.g. submission.due)')
      .option('--mark-read', 'then mark all of them read')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const box = await service.inbox(store.db, actor, { user: opts.user, unread: opts.unread, kind: opts.kind });
      if (opts.markRead) await service.markRead(store.db, actor, 'all', opts.user);
      if (opts.format === 'json') return printJson(box);
      printTable(box.notifications.map((n) => ({ ...n, read: n.readAt ? 'yes' : '' , at: n.createdAt.slice(0, 16).replace('T', ' ') })), ['at', 'read', 'kind', 'subject']);
      process.stderr.write(`${box.unread} unread${opts.markRead && box.unread ? ', now marked read' : ''}\n`);
    }),
  );
}

function mailCommand(): Command {
  const cmd = new Command('mail').description('e-mail alerts through SMTP (KPCS_SMTP_URL, KPCS_MAIL_FROM)');
  withStoreOptions(cmd.command('deliver').description('deliver the pending e-mail alerts now (the server does it every 30 s when configured)')).action(async (opts) =>
    withStore(opts, async (store) => {
      const config = mailConfig();
      if (!config) throw invalid(r('mail.unconfigured', { url: 'KPCS_SMTP_URL', example: 'smtp://mail.example.org:25', from: 'KPCS_MAIL_FROM' }));
      const mailer = new Mailer(store.db, config);
      try {
        const r = await mailer.deliverPending();
        process.stdout.write(`through ${redactUrl(config.url)}: ${r.sent} sent, ${r.failed} failed (retried later), ${r.skipped} without an address\n`);
      } finally {
        await mailer.stop();
      }
    }),
  );
  return cmd;
}
