// kpcs verbs of participation.
import type { Command } from 'commander';

export function participationCommands(): Command[] {
  return [];
}
