// The policy rules of monitoring of origin (joined into the one table of http/policy.ts): production
// capacity assessments (src/monitoring/capacity.ts) and suspicious shipment reports with their
// enforcement actions (this folder). Reports name traders and Participants before anything is proven:
// the reporting Participant sees its own, the Chair and the working group on monitoring see all.
import { actsFor, has, inGroup, isAdmin, isChair, monitoringGroup, type Rule } from '../../auth/rules.js';
import type { Actor } from '../../auth/model.js';

/** the working groups on monitoring and of diamond experts, the Chair, administrators */
const originGroups = (a: Actor) => monitoringGroup(a) || inGroup(a, 'WGDE');

export const shipmentPolicy = {
  'capacity.read': { who: 'the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators', allow: (a) => originGroups(a) },
  'capacity.manage': { who: 'the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators (record, correct, withdraw an assessment)', allow: (a) => originGroups(a) },
  'shipments.report': {
    who: "that Participant's authority officers (a shipment met at its own border)",
    allow: (a, r) => actsFor(a, r) && has(a, 'officer'),
  },
  'shipments.read': {
    who: "the reporting Participant's authority officers (its own reports); the working group on monitoring (WGM); the Chair; administrators",
    allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || monitoringGroup(a),
  },
  'shipments.link': { who: 'the working group on monitoring (WGM); the Chair; administrators (link a report to findings, close it)', allow: (a) => monitoringGroup(a) },
  'shipments.enforcement.report': {
    who: "the reporting Participant's authority officers (actions against its own reports, reported to the Chair); the Chair; administrators",
    allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isChair(a) || isAdmin(a),
  },
} satisfies Record<string, Rule>;
