// Monitoring's part of the policy table (joined into http/policy.ts): the findings, and the shipments'
// and footprints' parts beside their code; and the check of all three.
import { rulebook } from '../auth/policy.js';
import { monitoringGroup, type Rule } from '../auth/rules.js';
import { shipmentPolicy } from './shipments/policy.js';
import { footprintPolicy } from './footprints/policy.js';

export const findingsPolicy = {
  // monitoring (src/monitoring): findings name Participants before anything is proven, so they stay
  // within the working group on monitoring, the Chair and the installation's administrators
  'findings.read': { who: 'the working group on monitoring (WGM members); the Chair; administrators', allow: (a) => monitoringGroup(a) },
  'findings.run': { who: 'the working group on monitoring (WGM members); the Chair; administrators', allow: (a) => monitoringGroup(a) },
  'findings.manage': { who: 'the working group on monitoring (WGM members); the Chair; administrators (acknowledge, assign, comment, close)', allow: (a) => monitoringGroup(a) },
} satisfies Record<string, Rule>;

export const monitoringPolicy = { ...findingsPolicy, ...shipmentPolicy, ...footprintPolicy } satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(monitoringPolicy);
