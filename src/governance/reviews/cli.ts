// kpcs review …: review visits and missions, their reports, action plans, deadline alerts, coverage.
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import { detail, invalid } from '../../core/errors.js';
import { verbatim } from '../../core/i18n.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { isIsoDay } from '../../core/time.js';
import * as service from './service.js';
import { sweepDeadlines } from './alerts.js';
import { coverageFigures } from './coverage.js';
import type { TeamMember } from './model.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const verb = (name: string) => withAsOption(withStoreOptions(new Command(name)));

/** "ZA:Jane Doe:leader" → a team member */
function parseMember(spec: string): TeamMember {
  const [member, person, leader] = spec.split(':');
  if (!member || !person) throw invalid(m('cli.member', { option: '--member', format: 'CODE:Person[:leader]', spec }), [detail('member', verbatim(spec))]);
  return { member: member.toUpperCase(), person, leader: leader === 'leader' };
}

/** "GH|2007-02-09|Address the internal control issues" → an item */
function parseItem(spec: string) {
  const [owner, deadline, ...rest] = spec.split('|');
  if (!owner || !deadline || rest.length === 0) throw invalid(m('cli.member', { option: '--item', format: 'OWNER|yyyy-mm-dd|description', spec }), [detail('item', verbatim(spec))]);
  return { owner: owner.toUpperCase(), deadline, description: rest.join('|') };
}

function printReview(r: service.ReviewDetail) {
  printTable([r as unknown as Record<string, unknown>], ['id', 'participant', 'kind', 'status', 'invitedOn', 'dueBy', 'scheduledFrom', 'doneOn', 'reportStatus']);
  if (r.team.length) process.stdout.write(`team: ${r.team.map((m) => `${m.person} (${m.member})${m.leader ? ' leader' : ''}`).join('; ')}\n`);
  if (!r.documentsVisible) return void process.stdout.write('the report and action plans are confidential to the reviewed Participant, the team, the working group on monitoring and the Chair\n');
  if (r.report) process.stdout.write(`report (${r.report.status}):\n${r.report.text}\n`);
  r.recommendations.forEach((rec) => process.stdout.write(`  ${rec.position}. ${rec.text}\n`));
  for (const p of r.plans) {
    process.stdout.write(`action plan: ${p.title}\n`);
    printTable(p.items as unknown as Record<string, unknown>[], ['id', 'owner', 'deadline', 'status', 'urgency', 'description']);
  }
}

export function reviewCommands(): Command[] {
  const review = new Command('review').description('peer review: review visits and missions, reports, action plans and their deadlines, coverage');

  review.addCommand(
    verb('list').description('list review visits and missions').option('--participant <code>').addOption(new Option('--status <status>').choices(['invited', 'scheduled', 'done', 'cancelled'])).addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const rows = await service.list(store.db, actor, { participant: opts.participant?.toUpperCase(), status: opts.status });
        if (opts.format === 'json') return printJson(rows);
        printTable(rows.map((r) => ({ ...r, leader: r.team.find((m) => m.leader)?.member })), ['id', 'participant', 'kind', 'status', 'invitedOn', 'dueBy', 'doneOn', 'leader', 'purpose']);
      })),
  );

  review.addCommand(
    verb('show').description('one review with its team, report, recommendations and action plans').argument('<id>').addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.get(store.db, actor, id);
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('add').description('record a review visit or mission invited (or decided)')
      .requiredOption('--participant <code>', 'the reviewed Participant')
      .addOption(new Option('--kind <kind>').choices(['visit', 'mission']).default('visit'))
      .requiredOption('--purpose <text>')
      .requiredOption('--invited-on <day>', 'the day it was invited or decided')
      .option('--due-by <day>', 'the day by which it must take place')
      .option('--basis <text>', 'the decision or invitation it rests on')
      .option('--member <CODE:Person[:leader]>', 'a team member (repeat)', collect)
      .addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const r = await service.create(store.db, actor, { participant: opts.participant.toUpperCase(), kind: opts.kind, purpose: opts.purpose, basis: opts.basis, invitedOn: opts.invitedOn, dueBy: opts.dueBy, team: (opts.member ?? []).map(parseMember) });
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('team').description('set the team of a review (replaces it)').argument('<id>').requiredOption('--member <CODE:Person[:leader]>', 'a team member (repeat)', collect).addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.setTeam(store.db, actor, id, opts.member.map(parseMember));
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('status').description('move a review: scheduled (--from [--to]), done (--done-on), cancelled (--reason), invited').argument('<id>')
      .addOption(new Option('--to-status <status>', 'the new status').choices(['invited', 'scheduled', 'done', 'cancelled']).makeOptionMandatory())
      .option('--from <day>', 'first day of the visit').option('--to <day>', 'last day of the visit').option('--done-on <day>').option('--reason <text>').addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.move(store.db, actor, id, { status: opts.toStatus, scheduledFrom: opts.from, scheduledTo: opts.to, doneOn: opts.doneOn, reason: opts.reason });
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('report').description('submit the report of a review done, with its recommendations').argument('<id>').requiredOption('--file <file>', 'the report text').option('--recommendation <text>', 'a recommendation (repeat)', collect).addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.submitReport(store.db, actor, id, { text: readFileSync(opts.file, 'utf8'), recommendations: opts.recommendation ?? [] });
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('adopt').description('adopt the submitted report').argument('<id>').addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.adoptReport(store.db, actor, id);
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('share').description('share the report with UN bodies (the Chair), or --withdraw the share').argument('<id>').option('--withdraw').addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.shareReport(store.db, actor, id, !opts.withdraw);
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('plan').description('record a follow-up action plan of the reviewed Participant').argument('<review-id>').requiredOption('--title <text>').option('--basis <text>')
      .requiredOption('--item <OWNER|yyyy-mm-dd|description>', 'an item (repeat)', collect).addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const r = await service.createPlan(store.db, actor, id, { title: opts.title, basis: opts.basis, items: opts.item.map(parseItem) });
        return opts.format === 'json' ? printJson(r) : printReview(r);
      })),
  );

  review.addCommand(
    verb('item-done').description('mark an action item done, with the evidence').argument('<item-id>').requiredOption('--evidence <text>').option('--on <day>').addOption(format())
      .action(async (id: string, opts) => withStore(opts, async (store, actor) => {
        const item = await service.completeItem(store.db, actor, id, { evidence: opts.evidence, on: opts.on });
        return opts.format === 'json' ? printJson(item) : printTable([item as unknown as Record<string, unknown>], ['id', 'owner', 'deadline', 'status', 'doneOn', 'evidence']);
      })),
  );

  review.addCommand(
    verb('alerts').description('alert owners, the working group on monitoring and the Chair about action items due within 14 days or overdue (once each), and list them')
      .option('--on <day>', 'the day to judge deadlines on (default today)').addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        if (opts.on !== undefined && !isIsoDay(opts.on)) throw invalid(common('dayExpected', { path: '--on', value: opts.on }), [detail('on', common('notADay'))]);
        const result = await sweepDeadlines(store.db, opts.on ? new Date(`${opts.on}T12:00:00Z`) : new Date(), actor);
        if (opts.format === 'json') return printJson(result);
        printTable(result.items as unknown as Record<string, unknown>[], ['urgency', 'deadline', 'daysLeft', 'participant', 'owner', 'description']);
        if (result.reviews.length) {
          process.stdout.write('\nreviews not yet carried out\n');
          printTable(result.reviews as unknown as Record<string, unknown>[], ['urgency', 'dueBy', 'daysLeft', 'participant', 'kind', 'status', 'purpose']);
        }
        process.stdout.write(`${result.items.length} action items and ${result.reviews.length} reviews due or overdue on ${result.on}; ${result.delivered} new alerts\n`);
      })),
  );

  review.addCommand(
    verb('coverage').description('coverage of peer review per year: visits done, invited, not yet invited, second round').option('--from <year>').option('--to <year>').addOption(format())
      .action(async (opts) => withStore(opts, async (store, actor) => {
        const report = await coverageFigures(store.db, actor, { from: opts.from ? Number(opts.from) : undefined, to: opts.to ? Number(opts.to) : undefined });
        if (opts.format === 'json') return printJson(report);
        printTable(report.years as unknown as Record<string, unknown>[], ['year', 'visitsDone', 'missionsDone', 'visitsInvited', 'secondRound', 'participantsVisited', 'participantsInvited', 'participantsNotYetInvited', 'participants']);
        for (const b of report.baselines) process.stdout.write(`reported ${b.year}: ${b.participantsVisited} visited, ${b.participantsVisitedOrInvited} visited or invited (${b.source})\n`);
      })),
  );

  return [review];
}
