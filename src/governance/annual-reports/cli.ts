// kpcs verbs of annual-reports.
import type { Command } from 'commander';

export function annualReportCommands(): Command[] {
  return [];
}
