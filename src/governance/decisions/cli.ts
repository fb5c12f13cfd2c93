// kpcs decision …: plenaries, decisions and their translations, formal adoption, and the three-year
// review's recommendations.
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { printJson, printTable, withStore, withStoreOptions } from '../../interface/cli.js';
import { invalid } from '../../core/errors.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { RECOMMENDATION_STATUSES, TRANSLATED_LANGUAGES } from './model.js';
import * as service from './service.js';
import * as recommendations from './recommendations.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

function textOf(opts: { text?: string; textFile?: string }, what: 'cli.theRecommendation' | 'cli.theEnglishText' | 'cli.theTranslation'): string {
  if (opts.textFile) {
    try {
      return readFileSync(opts.textFile, 'utf8');
    } catch (e) {
      throw invalid(common('cannotRead', { file: opts.textFile, reason: (e as Error).message }));
    }
  }
  if (opts.text) return opts.text;
  throw invalid(m('cli.giveText', { what: m(what), text: '--text', textFile: '--text-file' }));
}

function printDecision(d: service.Decision) {
  process.stdout.write(`${d.plenary}, decision ${d.number}: ${d.title}\n${d.text}\n`);
  process.stdout.write(d.formallyAdoptedOn ? `formally adopted on ${d.formallyAdoptedOn}\n` : `not formally adopted yet: missing ${d.adoption.missing.join(', ')}\n`);
  printTable(d.translations.map((t) => ({ ...t, text: t.text && t.text.length > 60 ? `${t.text.slice(0, 57)}…` : t.text })), ['language', 'status', 'requestedOn', 'providedOn', 'checkedOn', 'text']);
}

export function decisionCommands(): Command[] {
  const cmd = new Command('decision').description('plenary decisions, their translations into the five plenary languages, and the three-year review');

  withStoreOptions(cmd.command('plenaries').description('list the plenary meetings').addOption(formatOption())).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.listPlenaries(store.db, actor);
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((r) => ({ ...r })), ['id', 'name', 'place', 'startsOn', 'endsOn', 'decisions']);
    }),
  );

  withStoreOptions(
    cmd.command('plenary-add').description('record a plenary meeting').requiredOption('--name <name>').requiredOption('--place <place>').requiredOption('--from <date>', 'first day').requiredOption('--to <date>', 'last day'),
  ).action(async (opts) => withStore(opts, async (store, actor) => printJson(await service.createPlenary(store.db, actor, { name: opts.name, place: opts.place, startsOn: opts.from, endsOn: opts.to }))));

  withStoreOptions(
    cmd.command('list').description('list decisions with the languages still missing').option('--plenary <id>', 'of one plenary').option('--adopted', 'formally adopted only').option('--pending', 'not yet formally adopted only').addOption(formatOption()),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const rows = await service.list(store.db, actor, { plenary: opts.plenary, adopted: opts.adopted ? true : opts.pending ? false : undefined });
      if (opts.format === 'json') return printJson(rows);
      printTable(rows.map((d) => ({ ...d, adopted: d.formallyAdoptedOn ?? '', missing: d.adoption.missing })), ['id', 'plenary', 'number', 'title', 'adopted', 'missing']);
    }),
  );

  withStoreOptions(cmd.command('show <id>').description('one decision with its translations').addOption(formatOption())).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => {
      const d = await service.get(store.db, actor, id);
      if (opts.format === 'json') return printJson(d);
      printDecision(d);
    }),
  );

  withStoreOptions(
    cmd.command('add').description('record a decision adopted by consensus at a plenary (English text); its translations are requested').requiredOption('--plenary <id>').requiredOption('--title <title>').option('--text <text>').option('--text-file <file>').option('--source <source>', 'where the text comes from'),
  ).action(async (opts) => withStore(opts, async (store, actor) => printDecision(await service.create(store.db, actor, { plenary: opts.plenary, title: opts.title, text: textOf(opts, 'cli.theEnglishText'), source: opts.source }))));

  withStoreOptions(
    cmd
      .command('translate <id>')
      .description('record the text of a translation as provided (or corrected)')
      .addOption(new Option('--language <lang>').choices([...TRANSLATED_LANGUAGES]).makeOptionMandatory())
      .option('--text <text>')
      .option('--text-file <file>')
      .option('--title <title>', "the decision's title in that language (its alerts name it so)")
      .option('--on <date>', 'the day it arrived (default today)'),
  ).action(async (id: string, opts) => withStore(opts, async (store, actor) => printDecision(await service.translate(store.db, actor, id, opts.language, { step: 'provide', text: textOf(opts, 'cli.theTranslation'), title: opts.title, on: opts.on }))));

  withStoreOptions(
    cmd
      .command('check <id>')
      .description('mark a provided translation checked; the fifth language available adopts the decision formally and tells every Participant')
      .addOption(new Option('--language <lang>').choices([...TRANSLATED_LANGUAGES]).makeOptionMandatory())
      .option('--on <date>', 'the day it was checked (default today)'),
  ).action(async (id: string, opts) => withStore(opts, async (store, actor) => printDecision(await service.translate(store.db, actor, id, opts.language, { step: 'check', on: opts.on }))));

  withStoreOptions(cmd.command('adopt <id>').description('mark a decision formally adopted; refused, naming the missing languages, until all five are available')).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => printDecision(await service.adopt(store.db, actor, id))),
  );

  withStoreOptions(
    cmd.command('recommendations').description("the three-year review's recommendations, their status, and the priority issues").addOption(new Option('--status <status>').choices([...RECOMMENDATION_STATUSES])).option('--owner <owner>').addOption(formatOption()),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const o = await recommendations.overview(store.db, actor, { status: opts.status, owner: opts.owner });
      if (opts.format === 'json') return printJson(o);
      for (const r of o.reviews) process.stdout.write(`${r.title}: ${r.recommendationsAdopted} recommendations adopted, ${r.recorded} recorded here; ${RECOMMENDATION_STATUSES.map((s) => `${r.byStatus[s]} ${s}`).join(', ')}\n`);
      printTable(o.recommendations.map((r) => ({ ...r, text: r.text.length > 70 ? `${r.text.slice(0, 67)}…` : r.text })), ['id', 'source', 'owner', 'status', 'text']);
      process.stdout.write('\npriority issues:\n');
      printTable(o.priorityIssues.map((i) => ({ ...i, recommendations: i.recommendations.length })), ['number', 'title', 'recommendations']);
    }),
  );

  withStoreOptions(
    cmd
      .command('recommendation-status <id>')
      .description('move a recommendation to a status, with the evidence of implementation')
      .addOption(new Option('--status <status>').choices([...RECOMMENDATION_STATUSES]).makeOptionMandatory())
      .requiredOption('--evidence <text>', 'what was done and where it can be seen'),
  ).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => {
      const r = await recommendations.change(store.db, actor, id, { status: opts.status, evidence: opts.evidence });
      process.stdout.write(`${r.source}: ${r.status}\n`);
    }),
  );

  withStoreOptions(
    cmd
      .command('recommendation-add')
      .description("enter a recommendation of a review, quoted from its source")
      .option('--review <id>', 'the review', 'three-year-review-2006')
      .option('--number <n>', "its number in the review's list")
      .requiredOption('--source <source>', 'where the text comes from (e.g. the review, p. 12)')
      .option('--text <text>')
      .option('--text-file <file>')
      .option('--owner <owner>', 'the owner (a working group id such as WGS, or a name)'),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const number = opts.number === undefined ? null : Number(opts.number);
      if (number !== null && !Number.isInteger(number)) throw invalid(m('cli.wholeNumber', { option: '--number', value: String(opts.number) }));
      const r = await recommendations.create(store.db, actor, { review: opts.review, number, source: opts.source, text: textOf(opts, 'cli.theRecommendation'), owner: opts.owner });
      process.stdout.write(`${r.id}\n`);
    }),
  );

  withStoreOptions(
    cmd.command('priority-link <issue> <recommendation>').description('link a recommendation to a priority issue (--unlink removes the link)').option('--unlink'),
  ).action(async (issue: string, recommendation: string, opts) =>
    withStore(opts, async (store, actor) => {
      const i = await recommendations.linkIssue(store.db, actor, issue, recommendation, !opts.unlink);
      process.stdout.write(`${i.title}: ${i.recommendations.length} recommendation(s)\n`);
    }),
  );

  return [cmd];
}
