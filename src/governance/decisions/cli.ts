// kpcs verbs of decisions.
import type { Command } from 'commander';

export function decisionCommands(): Command[] {
  return [];
}
