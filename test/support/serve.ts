// Runs `kpcs serve` as a separate process on a given store, for tests that must kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/kpcs.js', import.meta.url));

export interface Served {
  url: string;
  child: ChildProcess;
  /** everything the process printed so far (stdout then stderr) */
  output: () => string;
}

/** `port`: a given port (a server restarted where its clients expect it); default any free one. */
export function serve(dataDir: string, env: Record<string, string | undefined> = {}, port = 0): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    env: { ...process.env, PORT: undefined, DATABASE_URL: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /kpcs is serving (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve({ url: m[1]!, child, output: () => out + err });
    });
    child.once('exit', (code) => reject(new Error(`kpcs serve exited with ${code}\n${out}${err}`)));
  });
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** A TCP port free on 127.0.0.1 a moment ago (for a process that must be told its port before it starts). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
