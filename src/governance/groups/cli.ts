// kpcs verbs of groups.
import type { Command } from 'commander';

export function groupCommands(): Command[] {
  return [];
}
