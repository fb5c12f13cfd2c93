// The kpcs program's foundation verbs, run as a separate process on a fresh data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpcs } from './support/cli.js';

describe('kpcs on a fresh embedded store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-cli-'));
  });

  it('creates, migrates and seeds the store on first use', () => {
    const r = kpcs(['db', 'migrate', '--data-dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/applied 0001_foundation\.sql.*seeded the 2006 registry/);
    expect(kpcs(['db', 'migrate', '--data-dir', dir]).stdout).toMatch(/up to date/);
  });

  it('lists the registry as on a day', () => {
    const r = kpcs(['participants', 'list', '--data-dir', dir, '--at', '2004-01-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { code: string; status: string }[];
    expect(list.find((p) => p.code === 'CG')?.status).toBe('participant');
    const table = kpcs(['participants', 'list', '--data-dir', dir, '--at', '2006-11-09', '--status', 'participant']);
    expect(table.stdout).toMatch(/47 entries; 47 Participants/);
  });

  it('adds a user and prints a token that the API will accept', () => {
    const r = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'officer', '--name', 'Thandi Officer', '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^kpcs_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).toContain('created thandi.officer (officer for ZA)');
    const list = kpcs(['user', 'list', '--data-dir', dir]);
    expect(list.stdout).toMatch(/thandi\.officer\s+Thandi Officer\s+ZA\s+officer/);
  });

  it('refuses a bad user with the reason on stderr and a non-zero exit', () => {
    const r = kpcs(['user', 'add', '--participant', 'ZZ', '--role', 'officer', '--name', 'Nobody', '--data-dir', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('ZZ is neither a Participant code nor an organisation id');
    const role = kpcs(['user', 'add', '--participant', 'ZA', '--role', 'pilot', '--name', 'Nobody', '--data-dir', dir]);
    expect(role.code).not.toBe(0);
    expect(role.stderr).toMatch(/Allowed choices are company, officer/);
  });

  it('checks the audit chain of everything done so far', () => {
    const r = kpcs(['audit', 'verify', '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/audit chain intact: 3 entries/);
  });

  it('backs the store up and restores it into a new data directory', () => {
    const file = join(dir, '..', `${dir.split('/').pop()}.kpcs.gz`);
    const b = kpcs(['db', 'backup', file, '--data-dir', dir]);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/backed up \d+ rows of \d+ tables/);
    const target = mkdtempSync(join(tmpdir(), 'kpcs-restored-'));
    const r = kpcs(['db', 'restore', file, '--data-dir', target]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/restored \d+ rows .* audit chain intact \(3 entries\)/);
    expect(kpcs(['user', 'list', '--data-dir', target]).stdout).toContain('thandi.officer');
    const again = kpcs(['db', 'restore', file, '--data-dir', target]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('holds a store already');
  });

  it('answers --help for every verb with its flags', () => {
    expect(kpcs(['serve', '--help']).stdout).toMatch(/--port[\s\S]*--data-dir/);
    expect(kpcs(['participants', 'list', '--help']).stdout).toContain('--at <date>');
  });
});
