// kpcs verbs of assistance.
import type { Command } from 'commander';

export function assistanceCommands(): Command[] {
  return [];
}
