// kpcs verbs of reports.
import type { Command } from 'commander';

export function reportCommands(): Command[] {
  return [];
}
