// The policy table: every action of every domain and who may perform it, joined from each domain's part
// (its policy.ts). The server's route hook (http/auth.ts) and `kpcs policy` read it; the access-matrix
// test walks it. The mechanism is auth/policy.ts's rulebook.
import { rulebook, type Rule } from '../auth/policy.js';
import { accountPolicy } from '../accounts/policy.js';
import { participantPolicy } from '../participants/policy.js';
import { auditPolicy } from '../audit/policy.js';
import { findingsPolicy } from '../monitoring/policy.js';
import { statisticsPolicy } from '../statistics/policy.js';
import { certificatePolicy } from '../certificates/policy.js';
import { shipmentPolicy } from '../monitoring/shipments/policy.js';
import { companyPolicy } from '../companies/policy.js';
import { hubPolicy } from '../hub/policy.js';
import { footprintPolicy } from '../monitoring/footprints/policy.js';
import { governancePolicy } from '../governance/policy.js';
import { notificationPolicy } from '../notifications/policy.js';

export type { Resource } from '../auth/policy.js';

export const POLICY = {
  'health.read': { who: 'anyone', public: true },
  ...participantPolicy,
  ...accountPolicy,
  ...auditPolicy,
  ...findingsPolicy,
  ...statisticsPolicy,
  ...certificatePolicy,
  ...shipmentPolicy,
  ...companyPolicy,
  ...hubPolicy,
  ...footprintPolicy,
  ...governancePolicy,
  ...notificationPolicy,
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export const { isPublic, can, authorize } = rulebook(POLICY);
