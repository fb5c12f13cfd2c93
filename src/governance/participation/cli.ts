// kpcs participation … (applications, status decisions) and kpcs chair … (the rotation).
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import { invalid } from '../../core/errors.js';
import { m } from './messages.js';
import type { Db } from '../../db/store.js';
import type { Actor } from '../../auth/model.js';
import { DECISION_KINDS, REQUIREMENT_IDS, type DecisionKind } from './model.js';
import * as service from './service.js';
import * as status from './status.js';
import * as certificates from '../../certificates/service.js';

const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const verb = (cmd: Command) => withAsOption(withStoreOptions(cmd));

/** An application id, or an applicant's code for its latest application. */
async function resolve(db: Db, actor: Actor, ref: string): Promise<string> {
  if (/^[0-9a-f-]{36}$/i.test(ref)) return ref;
  const found = await service.list(db, actor, { applicant: ref.toUpperCase() });
  if (!found.length) throw invalid(m('application.none', { code: ref.toUpperCase() }));
  return found[0]!.id;
}

function printApplication(a: Awaited<ReturnType<typeof service.get>>, fmt: string) {
  if (fmt === 'json') return printJson(a);
  process.stdout.write(`${a.applicant} ${a.applicantName}: ${a.status}${a.decidedOn ? ` on ${a.decidedOn}` : ''}${a.decisionReason ? ` (${a.decisionReason})` : ''}; submitted ${a.submittedOn}; ${a.met}/${a.total} requirements met\n`);
  printTable(a.checklist.map((i) => ({ requirement: i.requirement, review: i.review ?? '', evidence: i.evidence ? (i.evidence.length > 60 ? `${i.evidence.slice(0, 57)}…` : i.evidence) : '', comment: i.comment ?? '' })), ['requirement', 'review', 'evidence', 'comment']);
}

export function participationCommands(): Command[] {
  const cmd = new Command('participation').description('applications for participation (minimum requirements, the Participation Committee) and the Chair\'s status decisions');
  verb(cmd.command('applications').description('list the applications with how many requirements are met').addOption(new Option('--status <status>').choices(['submitted', 'admitted', 'refused'])).addOption(format())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.list(store.db, actor, { status: opts.status });
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((r) => ({ ...r, met: `${r.met}/${r.total}` })), ['applicant', 'applicantName', 'status', 'submittedOn', 'met', 'decidedOn', 'id']);
    }),
  );
  verb(cmd.command('show <application>').description('one application (its id, or the applicant code for its latest) with its checklist').addOption(format())).action(async (ref: string, opts) =>
    withStore(opts, async (store, actor) => printApplication(await service.get(store.db, actor, await resolve(store.db, actor, ref)), opts.format)),
  );
  verb(cmd.command('apply').description('record an application for participation').requiredOption('--applicant <code>', 'the applicant').option('--on <date>', 'the day it was submitted (default today)').option('--note <text>')).action(async (opts) =>
    withStore(opts, async (store, actor) => printApplication(await service.apply(store.db, actor, { applicant: opts.applicant.toUpperCase(), submittedOn: opts.on, note: opts.note }), 'table')),
  );
  verb(
    cmd
      .command('evidence <application>')
      .description("the applicant's evidence for one minimum requirement")
      .addOption(new Option('--requirement <id>').choices([...REQUIREMENT_IDS]).makeOptionMandatory())
      .requiredOption('--text <text>', 'the evidence, or @file to read it from a file'),
  ).action(async (ref: string, opts) =>
    withStore(opts, async (store, actor) => {
      const text = opts.text.startsWith('@') ? readFileSync(opts.text.slice(1), 'utf8') : opts.text;
      printApplication(await service.putEvidence(store.db, actor, await resolve(store.db, actor, ref), opts.requirement, text), 'table');
    }),
  );
  verb(
    cmd
      .command('review <application>')
      .description("the Participation Committee's review of one requirement")
      .addOption(new Option('--requirement <id>').choices([...REQUIREMENT_IDS]).makeOptionMandatory())
      .addOption(new Option('--result <result>').choices(['met', 'not_met']).makeOptionMandatory())
      .option('--comment <text>'),
  ).action(async (ref: string, opts) =>
    withStore(opts, async (store, actor) => printApplication(await service.review(store.db, actor, await resolve(store.db, actor, ref), opts.requirement, { review: opts.result, comment: opts.comment }), 'table')),
  );
  verb(cmd.command('admit <application>').description('admit the applicant from a day (every requirement met)').requiredOption('--on <date>', 'the day of admission')).action(async (ref: string, opts) =>
    withStore(opts, async (store, actor) => printApplication(await service.decide(store.db, actor, await resolve(store.db, actor, ref), { decision: 'admit', admittedOn: opts.on }), 'table')),
  );
  verb(cmd.command('refuse <application>').description('refuse the application with a reason').requiredOption('--reason <text>').option('--on <date>', 'the day of the decision (default today)')).action(async (ref: string, opts) =>
    withStore(opts, async (store, actor) => printApplication(await service.decide(store.db, actor, await resolve(store.db, actor, ref), { decision: 'refuse', reason: opts.reason, on: opts.on }), 'table')),
  );
  verb(
    cmd
      .command('decide')
      .description("a status decision of the Chair (written into the registry's history)")
      .requiredOption('--participant <code>')
      .addOption(new Option('--kind <kind>').choices([...DECISION_KINDS]).makeOptionMandatory())
      .requiredOption('--on <date>', 'the effective day')
      .requiredOption('--reason <text>')
      .requiredOption('--basis <text>', 'the requirement or decision it rests on'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => printJson(await status.decideStatus(store.db, actor, { participant: opts.participant.toUpperCase(), kind: opts.kind as DecisionKind, effectiveOn: opts.on, reason: opts.reason, basis: opts.basis }))),
  );
  withStoreOptions(cmd.command('decisions').description("the Chair's status decisions (public record)").option('--participant <code>').addOption(format())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await status.decisions(store.db, actor, opts.participant?.toUpperCase());
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((r) => ({ ...r })), ['effectiveOn', 'participant', 'kind', 'reason', 'basis']);
    }),
  );

  const chair = new Command('chair').description('the Chair and Vice-Chair of each year: the plenary elects a Vice-Chair, who becomes Chair the next year');
  withStoreOptions(chair.command('list').description('the chairs table').addOption(format())).action(async (opts) =>
    withStore(opts, async (store) => {
      const rows = await status.chairs(store.db);
      if (opts.format === 'json') return printJson(rows);
      printTable(rows, ['year', 'chair', 'viceChair']);
    }),
  );
  verb(chair.command('elect-vice').description("record the plenary's election of a year's Vice-Chair").requiredOption('--year <year>').requiredOption('--participant <code>')).action(async (opts) =>
    withStore(opts, async (store, actor) => printJson(await status.electViceChair(store.db, actor, Number(opts.year), opts.participant.toUpperCase()))),
  );
  verb(chair.command('rotate').description("end a year's term: its Vice-Chair becomes Chair of the next year").requiredOption('--year <year>')).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const next = await status.rotate(store.db, actor, Number(opts.year));
      await certificates.onChairChanged(store, actor); // the new Chair's key, endorsed by the outgoing one
      printJson(next);
    }),
  );
  return [cmd, chair];
}
