// What every verb shares: choosing the store, acting as a Participant, printing, failing clearly.
import { Command, Option } from 'commander';
import { localOperator, type Actor } from '../auth/model.js';
import type { OpenOptions } from '../db/store.js';
import { openReadyStore, type ReadyStore } from '../setup.js';

export interface StoreFlags {
  dataDir?: string;
  as?: string;
}

export function withStoreOptions(cmd: Command): Command {
  return cmd.addOption(new Option('--data-dir <dir>', 'the embedded store folder (default ./data; ignored when DATABASE_URL is set)'));
}

export function withAsOption(cmd: Command): Command {
  return cmd.addOption(new Option('--as <code>', "act as that Participant's authority (local store operator)"));
}

/** Opens the store for one verb and always closes it (PGlite keeps the process alive otherwise). */
export async function withStore<T>(flags: StoreFlags, work: (store: ReadyStore, actor: Actor) => Promise<T>, open: OpenOptions = {}): Promise<T> {
  const store = await openReadyStore({ dataDir: flags.dataDir }, open);
  try {
    return await work(store, localOperator(flags.as?.toUpperCase()));
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printTable(rows: Record<string, unknown>[], columns: string[]): void {
  const cells = rows.map((r) => columns.map((c) => formatCell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  process.stdout.write(`${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of cells) process.stdout.write(`${line(row)}\n`);
}

function formatCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(',');
  return String(v);
}
