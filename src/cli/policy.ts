// kpcs policy: the policy table, joined by the assembly (http/policy.ts).
import { Command } from 'commander';
import { printTable } from '../interface/cli.js';
import { POLICY } from '../http/policy.js';

export function policyCommand(): Command {
  return new Command('policy').description('print the policy table: every action and who may perform it').action(() => {
    printTable(
      Object.entries(POLICY).map(([action, rule]) => ({ action, who: rule.who })),
      ['action', 'who'],
    );
  });
}
