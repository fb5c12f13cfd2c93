// Governance's kpcs verbs, one group per workflow.
import type { Command } from 'commander';
import { participationCommands } from './participation/cli.js';
import { groupCommands } from './groups/cli.js';
import { annualReportCommands } from './annual-reports/cli.js';
import { reviewCommands } from './reviews/cli.js';
import { assistanceCommands } from './assistance/cli.js';
import { decisionCommands } from './decisions/cli.js';
import { documentCommands } from './documents/cli.js';
import { reportCommands } from './reports/cli.js';

export function governanceCommands(): Command[] {
  return [
    ...participationCommands(),
    ...groupCommands(),
    ...annualReportCommands(),
    ...reviewCommands(),
    ...assistanceCommands(),
    ...decisionCommands(),
    ...documentCommands(),
    ...reportCommands(),
  ];
}
