// Files kpcs keeps are its owner's alone: the store (password hashes in the WAL, the master key, the
// first administrator's password), backups and what the command line exports. Directories 0700, files
// 0600, whatever the umask the program was started with (docs/security.md, "A private store").
import { chmodSync, lstatSync, openSync, closeSync, fchmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KpcsError } from './errors.js';
import { m } from './error-messages.js';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Every file this process creates from now on is its owner's only (umask 077): the embedded store's
 * engine writes through Node's fs with the modes PostgreSQL asks for, filtered by the umask alone. Called
 * first thing by the kpcs program (bin/kpcs.js, src/cli/main.ts). Not possible in a worker thread,
 * which shares its process's umask anyway.
 */
export function keepNewFilesPrivate(): void {
  process.umask(0o077);
  privateUmask = true;
}

let privateUmask = false;

/** True once keepNewFilesPrivate() ran in this process: what it creates needs no narrowing afterwards. */
export function newFilesArePrivate(): boolean {
  return privateUmask;
}

/** Writes a file readable by its owner only, also when it existed before with a wider mode. */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data, { mode: PRIVATE_FILE_MODE });
  chmodSync(path, PRIVATE_FILE_MODE);
}

/** Opens (creates or truncates) a file readable by its owner only and returns its descriptor, for a stream to write. */
export function openPrivateFile(path: string): number {
  const fd = openSync(path, 'w', PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

export interface PrivacyRepair {
  /** files and directories looked at */
  checked: number;
  /** those whose mode was wider and was narrowed */
  repaired: number;
}

/**
 * Walks a tree (without following symbolic links) and sets every directory to 0700 and every file to
 * 0600: nothing for the group or others. A file the process cannot change (another owner) is named in
 * the error.
 */
export function makeTreePrivate(root: string): PrivacyRepair {
  const report: PrivacyRepair = { checked: 0, repaired: 0 };
  const visit = (path: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    report.checked++;
    const want = st.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
    if ((st.mode & 0o777) !== want) {
      try {
        chmodSync(path, want);
      } catch (e) {
        throw new KpcsError('internal', m('file.private', { path, mode: want.toString(8), reason: (e as Error).message }));
      }
      report.repaired++;
    }
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return report;
}
