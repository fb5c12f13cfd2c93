// Peer review: review visits and missions, their teams, reports and follow-up action plans, and the
// coverage figures of the scheme. Pure rules, no I/O.
import { detail, type ErrorDetail } from '../../core/errors.js';
import { m } from './messages.js';
import { addDays, type IsoDay } from '../../core/time.js';

export const REVIEW_KINDS = ['visit', 'mission'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_STATUSES = ['invited', 'scheduled', 'done', 'cancelled'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReportStatus = 'submitted' | 'adopted';

/** invited → scheduled → done; invited or scheduled → cancelled; a scheduled visit can be moved back to invited */
const NEXT: Record<ReviewStatus, readonly ReviewStatus[]> = {
  invited: ['scheduled', 'cancelled'],
  scheduled: ['done', 'cancelled', 'invited'],
  done: [],
  cancelled: [],
};

export function canMove(from: ReviewStatus, to: ReviewStatus): boolean {
  return NEXT[from].includes(to);
}

export interface TeamMember {
  /** a Participant code or an observer organisation id */
  member: string;
  person: string;
  leader: boolean;
}

export interface Review {
  id: string;
  participant: string;
  kind: ReviewKind;
  status: ReviewStatus;
  purpose: string;
  basis: string | null;
  invitedOn: IsoDay;
  dueBy: IsoDay | null;
  scheduledFrom: IsoDay | null;
  scheduledTo: IsoDay | null;
  doneOn: IsoDay | null;
  cancelledReason: string | null;
  team: TeamMember[];
  reportStatus: ReportStatus | null;
  sharedWithUn: boolean;
}

/** Every problem of a team: the reviewed Participant is not on its own team, one leader, no one twice. */
export function teamProblems(reviewed: string, team: TeamMember[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  team.forEach((member, i) => {
    if (member.member === reviewed) problems.push(detail(`team/${i}/member`, m('team.reviewed', { code: reviewed })));
    if (!member.person.trim()) problems.push(detail(`team/${i}/person`, m('team.person')));
  });
  const leaders = team.filter((m) => m.leader).length;
  if (team.length > 0 && leaders !== 1) problems.push(detail('team', m('team.leaders', { leaders })));
  const seen = new Set<string>();
  team.forEach((member, i) => {
    const key = `${member.member}|${member.person.trim().toLowerCase()}`;
    if (seen.has(key)) problems.push(detail(`team/${i}`, m('team.twice', { person: member.person, member: member.member })));
    seen.add(key);
  });
  return problems;
}

// ---- action plans and their deadlines ----

export const DUE_SOON_DAYS = 14;

export interface ActionItem {
  id: string;
  participant: string;
  planId: string;
  description: string;
  owner: string;
  deadline: IsoDay;
  status: 'open' | 'done';
  evidence: string | null;
  doneOn: IsoDay | null;
  doneBy: string | null;
}

export type Urgency = 'overdue' | 'due' | null;

/** An open item is overdue after its deadline, due within 14 days of it; done items are neither. */
export function urgency(item: Pick<ActionItem, 'status' | 'deadline'>, on: IsoDay): Urgency {
  if (item.status !== 'open') return null;
  if (item.deadline < on) return 'overdue';
  if (item.deadline <= addDays(on, DUE_SOON_DAYS)) return 'due';
  return null;
}

// ---- coverage ----

export interface CoverageYear {
  year: number;
  /** review visits completed in the year */
  visitsDone: number;
  /** review missions completed in the year */
  missionsDone: number;
  /** visits invited in the year (any status but cancelled) */
  visitsInvited: number;
  /** visits done in the year to a Participant that had already received one (the second round, from 2007) */
  secondRound: number;
  /** Participants that had received a visit by the end of the year */
  participantsVisited: number;
  /** Participants with a visit invited or scheduled (not yet done) at the end of the year */
  participantsInvited: number;
  /** Participants of the scheme at the end of the year with no visit received or invited */
  participantsNotYetInvited: number;
  /** Participants of the scheme at the end of the year */
  participants: number;
  /** who is not yet invited (codes) */
  notYetInvited: string[];
}

export interface CoverageInput {
  reviews: Pick<Review, 'participant' | 'kind' | 'status' | 'invitedOn' | 'doneOn'>[];
  /** the Participants of the scheme on a day (from the registry's status history) */
  participantsOn(day: IsoDay): string[];
  from: number;
  to: number;
}

export const SECOND_ROUND_FROM = 2007;

/** Coverage per year, computed from the review records only. */
export function coverage(input: CoverageInput): CoverageYear[] {
  const visits = input.reviews.filter((r) => r.kind === 'visit');
  const years: CoverageYear[] = [];
  for (let year = input.from; year <= input.to; year++) {
    const end = `${year}-12-31`;
    const inYear = (d: IsoDay | null) => d !== null && d.startsWith(`${year}-`);
    const done = visits.filter((r) => r.status === 'done' && inYear(r.doneOn));
    const secondRound = year >= SECOND_ROUND_FROM
      ? done.filter((r) => visits.some((o) => o !== r && o.participant === r.participant && o.status === 'done' && o.doneOn !== null && o.doneOn < r.doneOn!)).length
      : 0;
    const visited = new Set(visits.filter((r) => r.status === 'done' && r.doneOn !== null && r.doneOn <= end).map((r) => r.participant));
    // invited by the end of the year and not done by then (a visit done later was still pending then)
    const pending = new Set(
      visits
        .filter((r) => r.status !== 'cancelled' && r.invitedOn <= end && !(r.doneOn !== null && r.doneOn <= end))
        .map((r) => r.participant)
        .filter((p) => !visited.has(p)),
    );
    const members = input.participantsOn(end);
    const notYet = members.filter((p) => !visited.has(p) && !pending.has(p)).sort();
    years.push({
      year,
      visitsDone: done.length,
      missionsDone: input.reviews.filter((r) => r.kind === 'mission' && r.status === 'done' && inYear(r.doneOn)).length,
      visitsInvited: visits.filter((r) => r.status !== 'cancelled' && inYear(r.invitedOn)).length,
      secondRound,
      participantsVisited: visited.size,
      participantsInvited: pending.size,
      participantsNotYetInvited: notYet.length,
      participants: members.length,
      notYetInvited: notYet,
    });
  }
  return years;
}
