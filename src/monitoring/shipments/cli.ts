// kpcs verbs of shipments.
import type { Command } from 'commander';

export function shipmentCommands(): Command[] {
  return [];
}
