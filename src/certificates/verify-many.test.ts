// Many certificates verified offline at once (issue 18, goal 5: a file of many certificates uses both
// cores): `kpcs cert verify-all` on a day's bundles, one cancelled and one altered among them, gives each
// the verdict `kpcs cert verify` gives it, in the file's order, on two threads as on one; a file that is
// not certificates is refused naming its line, before anything is verified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshStore } from '../../test/support/store.js';
import { kpcs } from '../../test/support/cli.js';
import { listOf } from '../../test/support/trust-list.js';
import type { Store } from '../db/store.js';
import type { KpcsError } from '../core/errors.js';
import { localOperator } from '../auth/model.js';
import { contextFromTrustList, verifyCertificate, type Verification } from './verification.js';
import { certificatesIn, MANY_MAX } from './verify-many.js';
import * as service from './service.js';
import { zaToIndia } from '../../test/support/certificates.js';
import type { CertificateRequest } from './model.js';

const ZA = localOperator('ZA');
const request = (i: number): CertificateRequest => zaToIndia({ goods: [{ hsCode: '7102.10', carats: 100 + i, valueUsd: 9000 + i }] });

describe('kpcs cert verify-all', () => {
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), 'kpcs-verify-all-'));
  const files = { lines: join(dir, 'bundles.jsonl'), array: join(dir, 'bundles.json'), list: join(dir, 'list.json') };
  let expected: Verification[];
  let cancelled: string;
  let altered: string;

  beforeAll(async () => {
    store = await freshStore('pglite');
    service.configure(store, { masterKey: randomBytes(32) });
    const issued = await service.issueAll(store, ZA, Array.from({ length: 600 }, (_, i) => request(i)));
    cancelled = issued[17]!.number;
    await service.cancel(store, ZA, cancelled, { reason: 'lost' });
    const bundles: Record<string, unknown>[] = [];
    for (const c of issued) bundles.push((await service.bundle(store, ZA, c.number)) as unknown as Record<string, unknown>);
    // a carat weight raised after signing
    const doc = (bundles[400]!.certificate ?? bundles[400]) as { number: string; goods: { carats: number }[] };
    altered = doc.number;
    doc.goods[0]!.carats += 1000;
    const list = await listOf(store);
    writeFileSync(files.list, JSON.stringify(await service.trustList(store)));
    writeFileSync(files.lines, bundles.map((b) => JSON.stringify(b)).join('\n'));
    writeFileSync(files.array, JSON.stringify(bundles, null, 2));
    const ctx = contextFromTrustList(list);
    expected = bundles.map((b) => verifyCertificate(JSON.parse(JSON.stringify(b)), ctx));
  }, 300_000);
  afterAll(() => store?.close());

  it('gives every certificate its verdict, in order, on two threads as on one, and exits 1 when any is not genuine', { timeout: 300_000 }, () => {
    expect(expected.filter((v) => !v.valid).map((v) => [v.number, v.verdict])).toEqual([[cancelled, 'cancelled'], [altered, expect.stringMatching(/signature|altered|hash/)]]);
    const two = kpcs(['cert', 'verify-all', files.lines, '--trust-list', files.list, '--threads', '2', '--format', 'json']);
    expect(two.code, two.stderr).toBe(1);
    // all of it, through the pipe (300 KB: a program that exits at once cuts a pipe off at 64 KiB)
    expect(two.stdout.length).toBeGreaterThan(65_536);
    const answer = JSON.parse(two.stdout) as { total: number; genuine: number; refused: number; verdicts: Verification[] };
    expect(answer).toMatchObject({ total: 600, genuine: 598, refused: 2 });
    expect(answer.verdicts.map((v) => [v.number, v.verdict, v.valid])).toEqual(expected.map((v) => [v.number, v.verdict, v.valid]));
    const one = kpcs(['cert', 'verify-all', files.array, '--trust-list', files.list, '--threads', '1', '--format', 'json']);
    expect(JSON.parse(one.stdout)).toEqual(answer);
    // one line each, the refused ones on stderr with their reason, and the count
    const table = kpcs(['cert', 'verify-all', files.lines, '--trust-list', files.list]);
    expect(table.code).toBe(1);
    const lines = table.stdout.trim().split('\n');
    expect(lines).toHaveLength(599);
    expect(lines.at(-1)).toBe('600 certificates: 598 genuine, 2 not');
    expect(lines[0]).toMatch(new RegExp(`^${expected[0]!.number}: `));
    expect(table.stderr).toContain(`${cancelled}: cancelled: `);
    expect(table.stderr).toContain(`${altered}: `);
  });

  it('refuses a file that is not certificates, naming the line, before verifying anything', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"a": 1}\n{"b": 2\n');
    const run = kpcs(['cert', 'verify-all', bad, '--trust-list', files.list]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Line 2 of .*bad\.jsonl is not a certificate in JSON/);
    expect(run.stdout).toBe('');
    expect(kpcs(['cert', 'verify-all', files.lines, '--trust-list', files.list, '--threads', '0']).stderr).toMatch(/--threads must be a whole number/);
  });

  it('reads an array, JSON Lines or one document, and bounds what it reads', () => {
    expect(certificatesIn('[{"a":1},{"b":2}]', 'f')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(certificatesIn('{"a":1}\n\n{"b":2}\n', 'f')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(certificatesIn('{\n  "a": 1\n}\n', 'f')).toEqual([{ a: 1 }]);
    const refusal = (text: string) => {
      try {
        certificatesIn(text, 'f');
      } catch (e) {
        return e as KpcsError;
      }
      throw new Error('not refused');
    };
    expect(refusal('\n \n').details[0]!.path).toBe('f');
    expect(refusal('{"a":1}\nnot json\n').details[0]!.path).toBe('f:2');
    expect(refusal('{}\n'.repeat(MANY_MAX + 1)).message).toMatch(`more than ${MANY_MAX.toLocaleString('en')} certificates`);
  });
});
