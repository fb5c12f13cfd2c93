// Many certificates verified offline at once: a border post's bundles of the day, an export. One file
// holds them (a JSON array, or JSON Lines: one certificate or bundle a line); each is judged against one
// trust list, as `kpcs cert verify --trust-list` judges one. On every core: this thread and a worker
// thread a further core (verify-worker.ts) take parts of 128 certificates as they finish the last (a
// thread slow to start takes fewer), each with a verifying context of its own in which the checkpoint
// notes the bundles share are checked once.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { detail, invalid } from '../core/errors.js';
import { m } from './cli-messages.js';
import type { TrustList } from './signing.js';
import { contextFromTrustList, verifyCertificate, type Verification } from './verification.js';

/** At most this many certificates in one file. */
export const MANY_MAX = 100_000;
/** Fewer than this many a thread: verified in this one (a thread costs more to start than they take). */
const PER_THREAD_MIN = 256;

/** The certificates of a file's text: a JSON array, JSON Lines, or one JSON document; each bad line named. */
export function certificatesIn(text: string, file: string): unknown[] {
  const trimmed = text.trimStart();
  let docs: unknown[];
  if (trimmed.startsWith('[')) {
    try {
      docs = JSON.parse(text) as unknown[];
    } catch (e) {
      throw invalid(m('file.notJson', { what: m('what.certificates'), file, format: 'JSON', reason: (e as Error).message }), [detail(file, m('file.unreadableJson.detail', { format: 'JSON' }))]);
    }
  } else {
    docs = [];
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      if (docs.length >= MANY_MAX) throw tooMany(file);
      try {
        docs.push(JSON.parse(line));
      } catch (e) {
        // one document over several lines (an ordinary JSON file): read whole
        if (docs.length === 0) {
          try {
            return [JSON.parse(text)];
          } catch {
            /* neither: the first line is named */
          }
        }
        throw invalid(m('file.lineNotJson', { file, line: i + 1, format: 'JSON', reason: (e as Error).message }), [detail(`${file}:${i + 1}`, m('file.unreadableJson.detail', { format: 'JSON' }))]);
      }
    }
  }
  if (docs.length > MANY_MAX) throw tooMany(file);
  if (docs.length === 0) throw invalid(m('file.noCertificate', { file }), [detail(file, m('file.noCertificate.detail'))]);
  return docs;
}

const tooMany = (file: string) => invalid(m('file.tooMany', { file, max: MANY_MAX }), [detail(file, m('file.tooMany.detail', { max: MANY_MAX }))]);

export interface ManyOptions {
  /** the moment expiry and revocation are judged at */
  at: Date;
  /** cosignatures of this many witnesses required on each checkpoint */
  witnesses: number;
  /** the verifier's own clock (a checkpoint from its future is refused) */
  clock: Date;
  /** threads to use (default: the machine's cores) */
  threads?: number;
}

/** What a verifying thread is told first: what to verify against. */
export interface ManyContext {
  list: TrustList;
  at: string;
  witnesses: number;
  clock: string;
}

/** A part of the certificates for a thread: where it starts in the file, and the certificates as JSON. */
export interface ManyPart {
  from: number;
  docs: string;
}

/** Certificates a part: the threads take parts as they finish the last, so a thread slow to start takes fewer. */
const PART = 128;

const contextOf = (c: ManyContext) => contextFromTrustList(c.list, new Date(c.at), { witnesses: c.witnesses, clock: new Date(c.clock) });

/** Every certificate verified, on every core when there are enough of them (this thread too); verdicts in the file's order. */
export async function verifyMany(docs: unknown[], list: TrustList, opts: ManyOptions): Promise<Verification[]> {
  const context: ManyContext = { list, at: opts.at.toISOString(), witnesses: opts.witnesses, clock: opts.clock.toISOString() };
  const ctx = contextOf(context);
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), Math.floor(docs.length / PER_THREAD_MIN)));
  // under the test runner the sources are TypeScript, with no worker file beside them: in this thread
  if (threads === 1 || !import.meta.url.endsWith('.js')) return docs.map((d) => verifyCertificate(d, ctx));
  const out: Verification[] = new Array(docs.length);
  let next = 0;
  const take = (): number | undefined => {
    if (next >= docs.length) return undefined;
    const from = next;
    next = Math.min(docs.length, next + PART);
    return from;
  };
  const helpers = Array.from({ length: threads - 1 }, () => helper(context, docs, out, take, ctx));
  // this thread takes parts too, letting the helpers' answers in between
  for (let from = take(); from !== undefined; from = take()) {
    verifyHere(docs, out, from, ctx);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(helpers);
  return out;
}

function verifyHere(docs: unknown[], out: Verification[], from: number, ctx: ReturnType<typeof contextOf>): void {
  for (let i = from; i < Math.min(docs.length, from + PART); i++) out[i] = verifyCertificate(docs[i], ctx);
}

/** Parts a worker thread holds at once: one it verifies, one waiting (this thread hears its answers only between its own parts). */
const IN_FLIGHT = 2;

/**
 * A worker thread that takes parts until none is left, its verdicts written into `out`. It is given a
 * part ahead, so that it never waits for this thread to finish a part of its own before the next. A
 * part that cannot be written as JSON for the thread (nested too deep for JSON.stringify's stack) is
 * verified in this thread instead, where each document is judged on its own.
 */
function helper(context: ManyContext, docs: unknown[], out: Verification[], take: () => number | undefined, ctx: ReturnType<typeof contextOf>): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify-worker.js', import.meta.url));
    const fail = (e: unknown) => {
      void worker.terminate();
      reject(e);
    };
    let held = 0;
    const give = () => {
      for (let from = take(); from !== undefined; from = take()) {
        let part: string;
        try {
          part = JSON.stringify(docs.slice(from, from + PART));
        } catch {
          verifyHere(docs, out, from, ctx);
          continue;
        }
        worker.postMessage({ from, docs: part } satisfies ManyPart);
        held++;
        return;
      }
      if (held === 0) void worker.terminate().then(() => resolve());
    };
    worker.on('message', (answer: { from?: number; verdicts?: Verification[]; error?: string }) => {
      try {
        if (answer.error !== undefined) return fail(new Error(`verifying in a thread failed: ${answer.error}`));
        if (answer.verdicts) {
          answer.verdicts.forEach((v, i) => (out[answer.from! + i] = v));
          held--;
          give();
        } else for (let i = 0; i < IN_FLIGHT; i++) give();
      } catch (e) {
        fail(e);
      }
    });
    worker.once('error', fail);
    worker.postMessage(context);
  });
}
