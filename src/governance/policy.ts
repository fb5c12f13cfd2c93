// Governance's part of the policy table: one part per workflow, joined here.
import { rulebook } from '../auth/policy.js';
import { participationPolicy } from './participation/policy.js';
import { groupPolicy } from './groups/policy.js';
import { annualReportPolicy } from './annual-reports/policy.js';
import { reviewPolicy } from './reviews/policy.js';
import { assistancePolicy } from './assistance/policy.js';
import { decisionPolicy } from './decisions/policy.js';
import { documentPolicy } from './documents/policy.js';
import { reportPolicy } from './reports/policy.js';

export const governancePolicy = {
  ...participationPolicy,
  ...groupPolicy,
  ...annualReportPolicy,
  ...reviewPolicy,
  ...assistancePolicy,
  ...decisionPolicy,
  ...documentPolicy,
  ...reportPolicy,
};

export const { authorize, can } = rulebook(governancePolicy);
