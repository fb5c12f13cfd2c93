// kpcs decision … and kpcs document …, run as a separate process on a fresh data directory (the built
// program: npm run build first).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpcs, readyDataDir } from '../../../test/support/cli.js';

const DECISION = '6a0f0000-0000-4000-8001-000000000010';

describe('kpcs decision and kpcs document', () => {
  let dir: string;
  beforeAll(() => {
    dir = readyDataDir(mkdtempSync(join(tmpdir(), 'kpcs-decisions-')));
  });

  it('refuses to adopt a decision before its translations, names what is missing, and adopts it after the fifth', () => {
    const early = kpcs(['decision', 'adopt', DECISION, '--data-dir', dir]);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('missing French (fr), Portuguese (pt), Spanish (es), Russian (ru)');
    for (const [language, day] of [['fr', '2006-12-01'], ['pt', '2006-12-02'], ['es', '2006-12-03'], ['ru', '2006-12-04']] as const) {
      expect(kpcs(['decision', 'translate', DECISION, '--language', language, '--text', `texte ${language}`, '--on', day, '--data-dir', dir]).code).toBe(0);
      const checked = kpcs(['decision', 'check', DECISION, '--language', language, '--on', day, '--data-dir', dir]);
      expect(checked.code, checked.stderr).toBe(0);
    }
    const show = JSON.parse(kpcs(['decision', 'show', DECISION, '--format', 'json', '--data-dir', dir]).stdout);
    expect(show).toMatchObject({ title: 'Review mission to Venezuela', formallyAdoptedOn: '2006-12-04', adoption: { complete: true } });
    expect(kpcs(['decision', 'list', '--adopted', '--data-dir', dir]).stdout).toMatch(/Review mission to Venezuela\s+2006-12-04/);
  });

  it('moves a recommendation with its evidence', () => {
    const r = kpcs(['decision', 'recommendation-status', '6a0f0000-0000-4000-8002-000000000003', '--status', 'in-progress', '--evidence', 'WGS analysis of 2004-2006 started', '--data-dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('A/61/589, para. 22.13: in-progress\n');
    const all = JSON.parse(kpcs(['decision', 'recommendations', '--format', 'json', '--data-dir', dir]).stdout);
    expect(all.reviews[0].byStatus).toEqual({ 'not-started': 4, 'in-progress': 1, implemented: 0, dropped: 0 });
  });

  it('publishes, lists, searches and downloads documents; an officer only for its own Participant', () => {
    const file = join(dir, 'communique.fr.txt');
    writeFileSync(file, 'Communiqué final de Gaborone');
    const id = kpcs(['document', 'add', '--title', 'Gaborone communiqué', '--category', 'plenary', '--date', '2006-11-09', '--access', 'public', '--language', 'fr', '--file', file, '--data-dir', dir]).stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(kpcs(['document', 'version', id, '--language', 'en', '--text', 'Gaborone final communiqué', '--data-dir', dir]).code).toBe(0);
    const refused = kpcs(['document', 'add', '--title', 'x', '--category', 'other', '--date', '2006-11-09', '--access', 'participants', '--text', 'x', '--as', 'ZA', '--data-dir', dir]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('publishes the documents ZA owns: name ZA as the owner');
    expect(kpcs(['document', 'add', '--title', 'ZA annual report', '--category', 'annual-report', '--date', '2007-03-01', '--access', 'participants', '--owner', 'ZA', '--text', 'x', '--as', 'ZA', '--data-dir', dir]).code).toBe(0);
    expect(kpcs(['document', 'browse', '--data-dir', dir]).stdout).toMatch(/plenary\s+2006\s+1[\s\S]*annual-report\s+2007\s+1[\s\S]*2 documents; by language: en 2, fr 1/);
    const found = JSON.parse(kpcs(['document', 'list', '--q', 'communiqué final', '--format', 'json', '--data-dir', dir]).stdout);
    expect(found.map((d: { id: string }) => d.id)).toEqual([id]);
    const out = join(dir, 'got.txt');
    expect(kpcs(['document', 'get', id, '--language', 'fr', '--out', out, '--data-dir', dir]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('Communiqué final de Gaborone');
  });
});
