// The threads that read statistics files (file-reader.ts), off the server's event loop: at most
// `concurrency` at once (more imports wait their turn), each job bounded in time — past the limit its
// thread is terminated and the file refused — and in memory (the thread's heap is capped). Idle threads
// are kept for the next file, never keep the process alive, and end after a minute without work.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { detailAt, KpcsError } from '../core/errors.js';
import { verbatim, type Msg, type Param } from '../core/i18n.js';
import { field } from '../core/messages.js';
import { m } from './file-messages.js';
import { READER_ROLE, type Answer, type FileFormat, type Problem, type ReadLimits, type Said, type Table } from './file-reader.js';

export interface PoolLimits extends ReadLimits {
  /** threads reading at once */
  concurrency: number;
  /** the longest one file may take to read, in milliseconds */
  timeLimitMs: number;
  /** the heap of a reading thread, in MiB */
  memoryMb: number;
}

const IDLE_MS = 60_000;

/** What the reading thread said, as a message of the catalogue (or the library's words as they are). */
function toMsg(said: Said): Msg {
  if ('text' in said) return verbatim(said.text);
  const params: Record<string, Param> = {};
  for (const [k, v] of Object.entries(said.params ?? {})) params[k] = typeof v === 'object' ? toMsg(v) : v;
  return said.key.startsWith('field.') ? field(said.key.slice('field.'.length) as Parameters<typeof field>[0], params) : m(said.key as Parameters<typeof m>[0], params);
}

const refusal = (p: Problem) => new KpcsError(p.code, toMsg(p.said), p.details.map(({ said, ...where }) => detailAt(where, toMsg(said))));

interface Reader {
  worker: Worker;
  memoryMb: number;
  idleTimer?: NodeJS.Timeout;
}

const idle: Reader[] = [];
let running = 0;
const waiting: (() => void)[] = [];
let nextJob = 0;

/** Reads a file in a thread of the pool, within the limits; a refusal is a KpcsError naming the limit. */
export async function readInThread(format: FileFormat, bytes: Uint8Array, limits: PoolLimits): Promise<Table> {
  while (running >= limits.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await runJob(format, bytes, limits);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function takeReader(memoryMb: number): Reader {
  const at = idle.findIndex((r) => r.memoryMb === memoryMb);
  if (at >= 0) {
    const [reader] = idle.splice(at, 1);
    clearTimeout(reader!.idleTimer);
    return reader!;
  }
  return { worker: spawn({ workerData: { role: READER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: memoryMb } }), memoryMb };
}

function putBack(reader: Reader): void {
  reader.worker.unref();
  reader.idleTimer = setTimeout(() => {
    const at = idle.indexOf(reader);
    if (at >= 0) idle.splice(at, 1);
    void reader.worker.terminate();
  }, IDLE_MS).unref();
  idle.push(reader);
}

function runJob(format: FileFormat, bytes: Uint8Array, limits: PoolLimits): Promise<Table> {
  const reader = takeReader(limits.memoryMb);
  const { worker } = reader;
  worker.ref();
  const id = nextJob++;
  return new Promise<Table>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) putBack(reader);
      else void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      const slow = { code: 'payload_too_large', said: { key: 'read.slow', params: { seconds: limits.timeLimitMs / 1000, setting: 'KPCS_IMPORT_TIME_LIMIT_MS' } } } as const;
      finish(() => reject(refusal({ ...slow, details: [{ row: 1, said: { key: 'read.slowDetail', params: { ms: limits.timeLimitMs } } }] })), false);
    }, limits.timeLimitMs);
    const onMessage = (answer: Answer) => {
      if (answer.id !== id) return;
      if ('table' in answer) finish(() => resolve(answer.table), true);
      else if ('problem' in answer) finish(() => reject(refusal(answer.problem)), true);
      else finish(() => reject(new Error(`reading the file failed in its thread: ${answer.error}`)), false);
    };
    const onError = (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const memory = { code: 'payload_too_large', said: { key: 'read.memory', params: { mb: limits.memoryMb, setting: 'KPCS_IMPORT_MEMORY_MB' } } } as const;
        finish(() => reject(refusal({ ...memory, details: [{ row: 1, said: { key: 'read.memoryDetail', params: { mb: limits.memoryMb } } }] })), false);
      } else finish(() => reject(e), false);
    };
    const onExit = (code: number) => finish(() => reject(new Error(`the file-reading thread stopped (exit ${code})`)), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // a copy goes to the thread (the caller keeps its bytes)
    const copy = new Uint8Array(bytes);
    worker.postMessage({ id, format, bytes: copy, limits: { maxInflatedBytes: limits.maxInflatedBytes, maxRows: limits.maxRows, maxCells: limits.maxCells, maxRatio: limits.maxRatio } }, [copy.buffer]);
  });
}

/** Ends the idle threads now (tests, and a server stopping). */
export async function closeReaders(): Promise<void> {
  const all = idle.splice(0);
  for (const r of all) clearTimeout(r.idleTimer);
  await Promise.all(all.map((r) => r.worker.terminate()));
}

let transpiled: string | undefined;

/**
 * The compiled reader (dist/…/file-reader.js) in a thread. Under the test runner the sources are
 * TypeScript, which Node 20 cannot run in a thread: the reader — one self-contained file — is then
 * transpiled to CommonJS (with the typescript package of the development tools) and run from source,
 * so the tests exercise a real thread as well.
 */
function spawn(options: WorkerOptions): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./file-reader.js', import.meta.url), options);
  const source = fileURLToPath(new URL('./file-reader.ts', import.meta.url));
  if (transpiled === undefined) {
    const require = createRequire(import.meta.url);
    const ts = require('typescript') as typeof import('typescript');
    const js = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true }, fileName: source }).outputText;
    transpiled = `((require, exports, module) => {\n${js}\n})(require('node:module').createRequire(${JSON.stringify(source)}), {}, { exports: {} });`;
  }
  return new Worker(transpiled, { ...options, eval: true });
}
