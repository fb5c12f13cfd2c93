// The policy rules of peer review (joined into the one table of http/policy.ts). Review documents (the
// report, its recommendations, the action plans) are confidential: the route lets through those who
// may be concerned, and the service checks the loaded review (its Participant, its team, the share).
import { has, isChair, monitoringGroup, type Rule } from '../../auth/rules.js';

export const reviewPolicy = {
  'reviews.read': { who: 'any signed-in user (the schedule of review visits and missions and their teams; the documents: see reviews.documents.read)', allow: () => true },
  'reviews.coverage.read': { who: 'anyone: the coverage of peer review is reported to the plenary and the UN General Assembly', public: true },
  'reviews.manage': {
    who: 'the working group on monitoring (WGM members); the Chair; administrators (record reviews, schedule, teams, close, action plans)',
    allow: (a) => monitoringGroup(a),
  },
  'reviews.documents.read': {
    who: "the reviewed Participant's authority officers; the members of the review team (their Participant or organisation); the working group on monitoring; the Chair; administrators; UN bodies once the Chair has shared the report",
    allow: (a) => (has(a, 'officer', 'wg-member', 'observer', 'un') && (a.participant !== null || a.organisation !== null)) || monitoringGroup(a),
  },
  'reviews.report.submit': {
    who: 'the members of the review team (officers, working-group members or observers of a team member); the working group on monitoring; the Chair; administrators',
    allow: (a) => (has(a, 'officer', 'wg-member', 'observer') && (a.participant !== null || a.organisation !== null)) || monitoringGroup(a),
  },
  'reviews.report.adopt': { who: 'the working group on monitoring (WGM members); the Chair; administrators', allow: (a) => monitoringGroup(a) },
  'reviews.report.share': { who: 'the Chair (shares a review report with UN bodies, or withdraws the share)', allow: (a) => isChair(a) },
  'reviews.items.complete': {
    who: "the owner Participant's authority officers (with evidence); the working group on monitoring; the Chair; administrators",
    allow: (a) => (has(a, 'officer') && a.participant !== null) || monitoringGroup(a),
  },
  'reviews.alerts': { who: 'the working group on monitoring (WGM members); the Chair; administrators (action items due within 14 days or overdue, and the alerts about them)', allow: (a) => monitoringGroup(a) },
} satisfies Record<string, Rule>;
