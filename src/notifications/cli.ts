// kpcs verbs of notifications.
import type { Command } from 'commander';

export function notificationCommands(): Command[] {
  return [];
}
