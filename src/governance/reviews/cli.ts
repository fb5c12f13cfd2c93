// kpcs verbs of reviews.
import type { Command } from 'commander';

export function reviewCommands(): Command[] {
  return [];
}
