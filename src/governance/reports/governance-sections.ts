// The annual report's sections on the governance workflows: applications and status decisions
// (participation), annual reports of the Participants, peer review, technical assistance, plenary
// decisions and the three-year review's recommendations. Each calls its domain's services as the
// system (the report's reader is authorized once, for reports.read, by the report's service).
import { SYSTEM } from '../../auth/model.js';
import * as applications from '../participation/service.js';
import * as statusDecisions from '../participation/status.js';
import * as reviews from '../reviews/service.js';
import { coverageFigures } from '../reviews/coverage.js';
import * as annualReports from '../annual-reports/service.js';
import * as assistance from '../assistance/service.js';
import * as decisions from '../decisions/service.js';
import * as recommendations from '../decisions/recommendations.js';
import { RECOMMENDATION_STATUSES } from '../decisions/model.js';
import { PROGRAMME_STATUSES } from '../assistance/model.js';
import { country, day, languages, list, num, t } from './catalogue.js';
import type { Block, SectionProvider } from './model.js';

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;
const inYear = (iso: string | null | undefined, year: number) => !!iso && iso.slice(0, 4) === String(year);
/** the day the year's figures are taken: its last day, or today for the current year */
const asOf = (year: number, now = new Date().toISOString().slice(0, 10)) => (now < yearEnd(year) ? now : yearEnd(year));
const dash = '–';

/** Applications received, admitted, refused and pending in the year; suspensions, removals, readmissions. */
export const applicationsSection: SectionProvider = async (db, year, lang, data) => {
  const all = await applications.list(db, SYSTEM);
  const end = yearEnd(year);
  const received = all.filter((a) => inYear(a.submittedOn, year));
  const admitted = all.filter((a) => a.status === 'admitted' && inYear(a.decidedOn, year));
  const refused = all.filter((a) => a.status === 'refused' && inYear(a.decidedOn, year));
  const pending = all.filter((a) => a.submittedOn <= end && (a.status === 'submitted' || (a.decidedOn !== null && a.decidedOn > end)));
  const shown = all
    .filter((a) => received.includes(a) || admitted.includes(a) || refused.includes(a) || pending.includes(a))
    .sort((a, b) => a.submittedOn.localeCompare(b.submittedOn) || a.applicant.localeCompare(b.applicant));
  const status = (await statusDecisions.decisions(db, SYSTEM)).filter((d) => inYear(d.effectiveOn, year)).sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
  data.applications = {
    received: received.map((a) => a.applicant).sort(),
    admitted: admitted.map((a) => a.applicant).sort(),
    refused: refused.map((a) => a.applicant).sort(),
    pending: pending.map((a) => a.applicant).sort(),
    statusDecisions: status.map((d) => ({ participant: d.participant, kind: d.kind, effectiveOn: d.effectiveOn })),
  };
  if (shown.length === 0 && status.length === 0) return null;
  const applicationStatus = (a: (typeof all)[number]) =>
    a.decidedOn !== null && a.decidedOn <= end ? t(lang, a.status === 'admitted' ? 'app.admitted' : 'app.refused') : t(lang, 'app.pending');
  const blocks: Block[] = [
    {
      type: 'figures',
      items: [
        { label: t(lang, 'fig.applicationsReceived'), value: num(lang, received.length) },
        { label: t(lang, 'fig.applicationsAdmitted'), value: num(lang, admitted.length) },
        { label: t(lang, 'fig.applicationsRefused'), value: num(lang, refused.length) },
        { label: t(lang, 'fig.applicationsPending'), value: num(lang, pending.length) },
      ],
    },
  ];
  if (shown.length) {
    blocks.push({
      type: 'table',
      caption: t(lang, 'caption.applications'),
      columns: [{ label: t(lang, 'col.applicant') }, { label: t(lang, 'col.submitted') }, { label: t(lang, 'col.status') }, { label: t(lang, 'col.decided') }, { label: t(lang, 'col.requirementsMet'), align: 'right' }],
      rows: shown.map((a) => [country(lang, year, a.applicant, a.applicantName), day(lang, a.submittedOn), applicationStatus(a), a.decidedOn && a.decidedOn <= end ? day(lang, a.decidedOn) : dash, `${num(lang, a.met)}/${num(lang, a.total)}`]),
    });
  }
  blocks.push(
    status.length
      ? {
          type: 'table',
          caption: t(lang, 'caption.statusDecisions'),
          columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.decision') }, { label: t(lang, 'col.effective') }, { label: t(lang, 'col.reason') }],
          rows: status.map((d) => [country(lang, year, d.participant), t(lang, `decision.${d.kind}` as never), day(lang, d.effectiveOn), { quote: d.reason, source: t(lang, 'source.statusDecision', { date: day(lang, d.effectiveOn) }) }]),
        }
      : { type: 'paragraph', text: t(lang, 'p.statusDecisionsNone', { year }) },
  );
  return { id: 'applications', heading: t(lang, 'h.applications'), blocks };
};

/** The Participants' annual reports for the year: submitted, assessed (by outcome), missing. */
export const annualReportsSection: SectionProvider = async (db, year, lang, data) => {
  const submitted = await annualReports.list(db, SYSTEM, { year });
  const missing = await annualReports.missing(db, SYSTEM, year);
  const assessed = submitted.filter((r) => r.status === 'assessed');
  const outcomes = Object.fromEntries(annualReports.OUTCOMES.map((o) => [o, assessed.filter((r) => r.outcome === o).length]));
  data['annual-reports'] = { submitted: submitted.map((r) => r.participant).sort(), assessed: assessed.length, outcomes, missing: missing.map((m) => m.code) };
  return {
    id: 'annual-reports',
    heading: t(lang, 'h.annualReports'),
    blocks: [
      {
        type: 'figures',
        items: [
          { label: t(lang, 'fig.reportsSubmitted'), value: num(lang, submitted.length) },
          { label: t(lang, 'fig.reportsAssessed'), value: num(lang, assessed.length) },
          ...annualReports.OUTCOMES.map((o) => ({ label: t(lang, `outcome.${o}` as never), value: num(lang, outcomes[o]!) })),
          { label: t(lang, 'fig.reportsMissing'), value: num(lang, missing.length) },
        ],
      },
      {
        type: 'paragraph',
        text: missing.length
          ? t(lang, 'p.reportsMissing', { year, list: list(lang, missing.map((m) => country(lang, year, m.code, m.name)).sort((a, b) => a.localeCompare(b, lang))) })
          : t(lang, 'p.reportsMissingNone', { year }),
      },
    ],
  };
};

/** Peer review: visits and missions of the year, the coverage figures, action plans open and overdue. */
export const peerReviewSection: SectionProvider = async (db, year, lang, data) => {
  const { years, baselines } = await coverageFigures(db, SYSTEM, { from: year, to: year });
  const c = years[0]!;
  const baseline = baselines.find((b) => b.year === year);
  const end = yearEnd(year);
  const all = await reviews.list(db, SYSTEM);
  const ofYear = all
    .filter((r) => inYear(r.invitedOn, year) || inYear(r.doneOn, year) || inYear(r.scheduledFrom, year) || (r.invitedOn <= end && (r.status === 'invited' || r.status === 'scheduled')))
    .sort((a, b) => a.invitedOn.localeCompare(b.invitedOn) || a.participant.localeCompare(b.participant));
  const on = asOf(year);
  let open = 0;
  let overdue = 0;
  for (const r of all.filter((x) => x.invitedOn <= end)) {
    const detail = await reviews.get(db, SYSTEM, r.id, on);
    for (const item of detail.plans.flatMap((p) => p.items)) {
      if (item.status !== 'open' && !(item.doneOn !== null && item.doneOn > on)) continue;
      open++;
      if (item.deadline < on) overdue++;
    }
  }
  data['peer-review'] = { coverage: c, baseline: baseline ?? null, reviews: ofYear.map((r) => ({ participant: r.participant, kind: r.kind, status: r.status, invitedOn: r.invitedOn, dueBy: r.dueBy, doneOn: r.doneOn })), actionItemsOpen: open, actionItemsOverdue: overdue, asOf: on };
  const blocks: Block[] = [
    {
      type: 'figures',
      items: [
        { label: t(lang, 'fig.visitsDone'), value: num(lang, c.visitsDone) },
        { label: t(lang, 'fig.missionsDone'), value: num(lang, c.missionsDone) },
        { label: t(lang, 'fig.visitsInvited'), value: num(lang, c.visitsInvited) },
        { label: t(lang, 'fig.participantsVisited'), value: num(lang, c.participantsVisited) },
        { label: t(lang, 'fig.participantsInvited'), value: num(lang, c.participantsInvited) },
        { label: t(lang, 'fig.secondRound'), value: num(lang, c.secondRound) },
        { label: t(lang, 'fig.actionItemsOpen'), value: num(lang, open) },
        { label: t(lang, 'fig.actionItemsOverdue'), value: num(lang, overdue) },
      ],
    },
  ];
  if (baseline) {
    blocks.push({ type: 'paragraph', text: t(lang, 'p.coverageBaseline', { year, visited: num(lang, baseline.participantsVisited), invited: num(lang, baseline.participantsVisitedOrInvited) }) });
    // where the figures come from, as the record says it
    blocks.push({ type: 'quote', text: baseline.source, source: t(lang, 'source.peerReview') });
  }
  blocks.push(
    ofYear.length
      ? {
          type: 'table',
          caption: t(lang, 'caption.reviews'),
          columns: [{ label: t(lang, 'col.participant') }, { label: t(lang, 'col.kind') }, { label: t(lang, 'col.status') }, { label: t(lang, 'col.invited') }, { label: t(lang, 'col.dueBy') }, { label: t(lang, 'col.done') }],
          rows: ofYear.map((r) => [country(lang, year, r.participant), t(lang, `review.${r.kind}` as never), t(lang, `reviewStatus.${r.doneOn && r.doneOn > end ? 'scheduled' : r.status}` as never), day(lang, r.invitedOn), r.dueBy ? day(lang, r.dueBy) : dash, r.doneOn && r.doneOn <= end ? day(lang, r.doneOn) : dash]),
        }
      : { type: 'paragraph', text: t(lang, 'p.reviewsNone', { year }) },
  );
  blocks.push({ type: 'paragraph', text: t(lang, 'p.actionItems', { date: day(lang, on), open: num(lang, open), overdue: num(lang, overdue) }) });
  return { id: 'peer-review', heading: t(lang, 'h.peerReview'), blocks };
};

/** Technical assistance: needs and offers declared in the year, programmes active in it by status. */
export const assistanceSection: SectionProvider = async (db, year, lang, data) => {
  const { needs, offers, programmes } = await assistance.overview(db, SYSTEM);
  const start = yearStart(year);
  const end = yearEnd(year);
  const needsOfYear = needs.filter((n) => inYear(n.declaredAt, year));
  const offersOfYear = offers.filter((o) => inYear(o.declaredAt, year));
  // a programme's period: its dates when known, else from its recording (to its last change once closed)
  const closed = (p: (typeof programmes)[number]) => p.status === 'completed' || p.status === 'cancelled';
  const active = programmes
    .filter((p) => (p.startsOn ?? p.createdAt.slice(0, 10)) <= end && (p.endsOn ?? (closed(p) ? p.updatedAt.slice(0, 10) : null) ?? end) >= start)
    .sort((a, b) => a.participant.localeCompare(b.participant) || a.title.localeCompare(b.title));
  const byStatus = Object.fromEntries(PROGRAMME_STATUSES.map((s) => [s, active.filter((p) => p.status === s).length]));
  data.assistance = { needs: needsOfYear.length, offers: offersOfYear.length, programmes: active.map((p) => ({ participant: p.participant, donor: p.donor, title: p.title, status: p.status })), byStatus };
  if (needsOfYear.length === 0 && offersOfYear.length === 0 && active.length === 0) return null;
  return {
    id: 'assistance',
    heading: t(lang, 'h.assistance'),
    blocks: [
      { type: 'paragraph', text: t(lang, 'p.assistance', { year, needs: num(lang, needsOfYear.length), offers: num(lang, offersOfYear.length), programmes: num(lang, active.length) }) },
      ...(active.length
        ? [{
            type: 'table' as const,
            caption: t(lang, 'caption.programmes'),
            columns: [{ label: t(lang, 'col.beneficiary') }, { label: t(lang, 'col.donor') }, { label: t(lang, 'col.programme') }, { label: t(lang, 'col.status') }, { label: t(lang, 'col.since') }, { label: t(lang, 'col.until') }],
            rows: active.map((p) => [country(lang, year, p.participant), country(lang, year, p.donor), { quote: p.title, source: t(lang, 'source.programme') }, t(lang, `programme.${p.status}` as never), p.startsOn ? day(lang, p.startsOn) : dash, p.endsOn ? day(lang, p.endsOn) : dash]),
          }]
        : []),
    ],
  };
};

/** Plenary decisions of the year with their formal adoption; the three-year review's recommendations by status. */
export const decisionsSection: SectionProvider = async (db, year, lang, data) => {
  const plenaries = (await decisions.listPlenaries(db, SYSTEM)).filter((p) => inYear(p.startsOn, year)).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const blocks: Block[] = [];
  const decided: { plenary: string; number: number; title: string; formallyAdoptedOn: string | null; missing: string[] }[] = [];
  for (const p of plenaries) {
    const ds = await decisions.list(db, SYSTEM, { plenary: p.id });
    ds.forEach((d) => decided.push({ plenary: p.id, number: d.number, title: d.title, formallyAdoptedOn: d.formallyAdoptedOn, missing: d.adoption.missing }));
    const adopted = ds.filter((d) => d.formallyAdoptedOn !== null).length;
    const place = p.place.split(',')[0]!.trim();
    blocks.push({ type: 'paragraph', text: t(lang, 'p.plenary', { place, from: day(lang, p.startsOn), to: day(lang, p.endsOn), n: num(lang, ds.length), adopted: num(lang, adopted) }) });
    if (ds.length) {
      blocks.push({
        type: 'table',
        columns: [{ label: t(lang, 'col.number'), align: 'right' }, { label: t(lang, 'col.decisionTitle') }, { label: t(lang, 'col.adoption') }],
        rows: ds.map((d) => [
          num(lang, d.number),
          { quote: d.title, source: t(lang, 'source.decision', { place, year: p.startsOn.slice(0, 4), number: num(lang, d.number) }) },
          d.formallyAdoptedOn ? t(lang, 'adoption.adopted', { date: day(lang, d.formallyAdoptedOn) }) : t(lang, 'adoption.awaiting', { languages: languages(lang, d.adoption.missing) }),
        ]),
      });
    }
  }
  const overview = await recommendations.overview(db, SYSTEM);
  const threeYear = overview.reviews.filter((r) => r.adoptedOn <= yearEnd(year));
  for (const r of threeYear) {
    blocks.push({ type: 'paragraph', text: t(lang, 'p.recommendations', { date: day(lang, r.adoptedOn), adopted: num(lang, r.recommendationsAdopted), recorded: num(lang, r.recorded) }) });
    blocks.push({ type: 'quote', text: r.title, source: t(lang, 'source.review', { date: day(lang, r.adoptedOn) }) });
    blocks.push({ type: 'figures', items: RECOMMENDATION_STATUSES.map((s) => ({ label: t(lang, `recommendation.${s}` as never), value: num(lang, r.byStatus[s]) })) });
  }
  data.decisions = {
    plenaries: plenaries.map((p) => p.id),
    decisions: decided,
    recommendations: threeYear.map((r) => ({ review: r.id, adopted: r.recommendationsAdopted, recorded: r.recorded, byStatus: r.byStatus })),
    priorityIssues: overview.priorityIssues.length,
  };
  if (blocks.length === 0) return null;
  if (plenaries.length === 0) blocks.unshift({ type: 'paragraph', text: t(lang, 'p.plenaryNone', { year }) });
  return { id: 'decisions', heading: t(lang, 'h.decisions'), blocks };
};
