// kpcs verbs of documents.
import type { Command } from 'commander';

export function documentCommands(): Command[] {
  return [];
}
