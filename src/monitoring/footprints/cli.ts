// kpcs verbs of footprints.
import type { Command } from 'commander';

export function footprintCommands(): Command[] {
  return [];
}
