// Starts a real kpcs server for a browser test: a fresh data directory (a copy of the run's migrated
// template store, test/browser/global-setup.ts, by readyDataDir), a free port (--port 0),
// the administrator's password from the environment; the URL is read from the first line the
// server prints ("kpcs is serving http://127.0.0.1:PORT/ …"). stop() ends it and removes the data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readyDataDir } from '../support/cli.js';

export const ADMIN_PASSWORD = 'browser-test-admin-password';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_MS = 90_000;

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const dataDir = readyDataDir(mkdtempSync(join(tmpdir(), 'kpcs-browser-')));
  const child = spawn(process.execPath, ['bin/kpcs.js', 'serve', '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, KPCS_ADMIN_PASSWORD: ADMIN_PASSWORD, PORT: undefined, DATABASE_URL: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await kill(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await firstUrl(child);
    return { url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

function firstUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`kpcs serve printed no URL within ${STARTUP_MS / 1000} s\n${out}${err}`)), STARTUP_MS);
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e);
    };
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      const match = /kpcs is serving (http:\/\/\S+?)\/?\s/.exec(out.slice(0, newline + 1));
      clearTimeout(timer);
      if (match) resolve(match[1]!);
      else reject(new Error(`unexpected first line from kpcs serve: ${out.slice(0, newline)}`));
    });
    child.once('exit', (code) => fail(new Error(`kpcs serve exited with ${code} before serving\n${out}${err}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
