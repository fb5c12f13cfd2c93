// What every verb shares: choosing the store, acting as a Participant, printing, failing clearly.
import { Command, Option } from 'commander';
import { localOperator, type Actor } from '../auth/model.js';
import type { OpenOptions, Store } from '../db/store.js';

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

/** Opens a store ready for work (migrated, seeded): src/setup.ts, above the domains. */
export type StoreOpener = (opts: { dataDir?: string }, open: OpenOptions) => Promise<Store>;

let opener: StoreOpener | undefined;

/**
 * The program's assembly (cli/main.ts) says how a verb's store is opened: opening it ready migrates it,
 * seeds it and repairs old keys, work of every domain that the domains' verbs must not import back.
 */
export function setStoreOpener(open: StoreOpener): void {
  opener = open;
}

/** Opens the store for one verb and always closes it (PGlite keeps the process alive otherwise). */
export async function withStore<T>(flags: StoreFlags, work: (store: Store, actor: Actor) => Promise<T>, open: OpenOptions = {}): Promise<T> {
  if (!opener) throw new Error('withStore: no store opener; the kpcs program (cli/main.ts) sets it before any verb runs');
  const store = await opener({ dataDir: flags.dataDir }, open);
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
