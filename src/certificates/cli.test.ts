// The CLI contract of kpcs, through the built program: issue, export the trust list, verify offline,
// confirm. Runs `node bin/kpcs.js` against a temporary --data-dir (builds first when stale).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, readyDataDir, REQUEST_FILE } from '../../test/support/cli.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openReadyStore } from '../setup.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/kpcs.js');

function kpcs(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KPCS_MASTER_KEY: '', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kpcs cert (CLI contract)', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(() => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'kpcs-cert-cli-'));
    readyDataDir(file('data'));
    readyDataDir(file('revoke-data'));
    writeFileSync(file('request.json'), JSON.stringify(REQUEST_FILE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('issues, exports the trust list, verifies offline, refuses an altered copy, and confirms', () => {
    const data = ['--data-dir', file('data')];
    const issued = kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('request.json'), ...data]);
    expect(issued.code).toBe(0);
    const cert = JSON.parse(issued.stdout);
    expect(cert.number).toMatch(/^ZA-\d{4}-000001$/);
    // the verification code, once, on stderr: stdout stays the signed document, which does not hold it
    const code = /verification code of ZA-\d{4}-000001: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(issued.stderr)?.[1];
    expect(code, issued.stderr).toBeDefined();
    expect(issued.stdout).not.toContain(code!);
    writeFileSync(file('code.txt'), code!);
    writeFileSync(file('cert.json'), issued.stdout);
    // the master key was created beside the store, readable by its owner only
    expect(statSync(file('data/master.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(file('data/master.key'), 'utf8')).not.toContain(cert.signature.value);

    const list = kpcs(['trust-list', 'export', ...data]);
    expect(list.code).toBe(0);
    writeFileSync(file('trust.json'), list.stdout);
    expect(JSON.parse(list.stdout).keys.map((k: { keyId: string }) => k.keyId)).toContain(cert.issuer.keyId);

    // offline, the bare document is the authority's word only: refused, and told where to get the bundle
    const bare = kpcs(['cert', 'verify', file('cert.json'), '--trust-list', file('trust.json')]);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('not in log: the document carries no checkpoint signed by the transparency log');
    expect(kpcs(['cert', 'bundle', cert.number, '--as', 'ZA', '--out', file('bundle.json'), ...data]).code).toBe(0);
    // offline: no store is opened (the data dir is not even given)
    const ok = kpcs(['cert', 'verify', file('bundle.json'), '--trust-list', file('trust.json')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('genuine');
    expect(ok.stdout).toContain('signed by the log key KP-');

    writeFileSync(file('altered.json'), JSON.stringify({ ...cert, parcels: 4 }));
    const bad = kpcs(['cert', 'verify', file('altered.json'), '--trust-list', file('trust.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('altered');

    const online = kpcs(['cert', 'verify', file('cert.json'), ...data]);
    expect(online.code).toBe(0);


    const other = kpcs(['cert', 'confirm', '--as', 'BW', cert.number, '--parcels', '3', '--carats', '1234.56', ...data]);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain('may not');
    // the importing authority's queue holds it until it is confirmed
    const queue = kpcs(['cert', 'awaiting', '--as', 'IN', '--format', 'json', ...data]);
    expect(JSON.parse(queue.stdout).certificates.map((c: { number: string }) => c.number)).toEqual([cert.number]);
    const confirmed = kpcs(['cert', 'confirm', '--as', 'IN', cert.number, '--parcels', '3', '--carats', '1234.56', ...data]);
    expect(confirmed.code).toBe(0);
    expect(JSON.parse(confirmed.stdout)).toMatchObject({ number: cert.number, flagged: false });
    expect(confirmed.stderr).toBe(`kpcs: ${cert.number}: confirmed (no officer of the exporting authority ZA has an account to alert)\n`);
    expect(JSON.parse(kpcs(['cert', 'awaiting', '--as', 'IN', '--format', 'json', ...data]).stdout).certificates).toEqual([]);
    const twice = kpcs(['cert', 'confirm', '--as', 'IN', cert.number, '--parcels', '3', '--carats', '1234.56', ...data]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already confirmed');

    // the log: two entries (issued, confirmed); consistent with the first; a forged old root is not
    const head = JSON.parse(kpcs(['log', 'head', ...data]).stdout);
    expect(head.treeSize).toBe(2);
    const consistent = kpcs(['log', 'consistency', '--first', '1', '--root', cert.transparency.rootHash, ...data]);
    expect(consistent.code).toBe(0);
    expect(JSON.parse(consistent.stdout).consistent).toBe(true);
    const forged = kpcs(['log', 'consistency', '--first', '1', '--root', '00'.repeat(32), ...data]);
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain('rewritten');
  }, 600_000);

  it('gives a new verification code to the issuing authority only, the old one stops working; the PDF prints only the own code', () => {
    const data = ['--data-dir', file('data')];
    const cert = JSON.parse(readFileSync(file('cert.json'), 'utf8'));
    const firstCode = readFileSync(file('code.txt'), 'utf8');
    // a new code from the issuing authority (the old one stops working); another Participant may not
    expect(kpcs(['cert', 'code', cert.number, '--as', 'IN', ...data]).code).not.toBe(0);
    const renewed = kpcs(['cert', 'code', cert.number, '--as', 'ZA', '--pdf', file('renewed.pdf'), ...data]);
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(JSON.parse(renewed.stdout)).toMatchObject({ number: cert.number, replaced: true, verificationCode: expect.not.stringMatching(firstCode) });
    expect(readFileSync(file('renewed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const wrong = kpcs(['cert', 'show', cert.number, '--as', 'ZA', '--pdf', file('wrong.pdf'), '--code', firstCode, ...data]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('does not match');
  });

  it('issues a historical certificate with --on, refuses a removed importer, and a cancelled one stops verifying', () => {
    const data = ['--data-dir', file('data')];
    const old = kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('request.json'), '--on', '2006-03-01', ...data]);
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout).number).toBe('ZA-2006-000001');
    writeFileSync(file('old.json'), kpcs(['cert', 'bundle', 'ZA-2006-000001', '--as', 'ZA', ...data]).stdout);
    // expired by now, for the offline verifier too
    kpcs(['trust-list', 'export', '--out', file('trust2.json'), ...data]);
    const expired = kpcs(['cert', 'verify', file('old.json'), '--trust-list', file('trust2.json')]);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain('expired');

    const req = JSON.parse(readFileSync(file('request.json'), 'utf8'));
    writeFileSync(file('cg.json'), JSON.stringify({ ...req, importer: { ...req.importer, country: 'CG' } }));
    const cg = kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('cg.json'), '--on', '2005-06-01', ...data]);
    expect(cg.code).toBe(2);
    expect(cg.stderr).toContain('importer.country');
    expect(cg.stderr).toContain('removed');

    const fresh = kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('request.json'), ...data]);
    const number = JSON.parse(fresh.stdout).number;
    writeFileSync(file('fresh.json'), kpcs(['cert', 'bundle', number, '--as', 'ZA', ...data]).stdout);
    expect(kpcs(['cert', 'cancel', '--as', 'ZA', number, '--reason', 'lost', ...data]).code).toBe(0);
    kpcs(['trust-list', 'export', '--out', file('trust3.json'), ...data]);
    const cancelled = kpcs(['cert', 'verify', file('fresh.json'), '--trust-list', file('trust3.json')]);
    expect(cancelled.code).toBe(1);
    expect(cancelled.stderr).toContain('cancelled');
  });

  it("rotates the Chair's key and the log key; --pin follows the chain from the first key, a forged list is refused", () => {
    const data = ['--data-dir', file('data')];
    kpcs(['trust-list', 'export', '--out', file('trust-a.json'), ...data]);
    const pinned = JSON.parse(readFileSync(file('trust-a.json'), 'utf8')).signer.keyId as string;
    expect(pinned).toMatch(/^CHAIR-/);
    const rotated = kpcs(['keys', 'chair', 'rotate', ...data]);
    expect(rotated.code).toBe(0);
    expect(JSON.parse(rotated.stdout).retired).toBe(pinned);
    expect(kpcs(['keys', 'chair', 'rotate', '--as', 'ZA', ...data]).code).not.toBe(0);
    const headBefore = JSON.parse(kpcs(['log', 'head', ...data]).stdout);
    expect(kpcs(['keys', 'log', 'rotate', ...data]).code).toBe(0);
    expect(JSON.parse(kpcs(['log', 'head', ...data]).stdout).keyId).not.toBe(headBefore.keyId);
    const out = kpcs(['trust-list', 'export', '--out', file('trust-b.json'), ...data]);
    expect(out.stderr).toContain('1 endorsements');
    const listed = kpcs(['keys', 'chair', 'list', '--format', 'json', ...data]);
    expect(JSON.parse(listed.stdout).map((k: { endorsedBy: string | null }) => k.endorsedBy)).toEqual([null, pinned]);

    // the certificate issued before the rotation verifies with the new list, through the chain from the pin
    const ok = kpcs(['cert', 'verify', file('bundle.json'), '--trust-list', file('trust-b.json'), '--pin', pinned]);
    expect(ok.stderr).toContain(`endorsed from the pinned key: ${pinned} → `);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('genuine');
    // a pin the chain does not reach
    const other = kpcs(['cert', 'verify', file('cert.json'), '--trust-list', file('trust-b.json'), '--pin', 'CHAIR-ZA-0000000000000000']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("is not in the trust list's chain of Chair keys");
    // a list whose signer is swapped for a key the chain does not end at
    const b = JSON.parse(readFileSync(file('trust-b.json'), 'utf8'));
    writeFileSync(file('trust-c.json'), JSON.stringify({ ...b, signer: JSON.parse(readFileSync(file('trust-a.json'), 'utf8')).signer }));
    const swapped = kpcs(['cert', 'verify', file('cert.json'), '--trust-list', file('trust-c.json')]);
    expect(swapped.code).toBe(2);
    expect(swapped.stderr).toContain('The trust list cannot be used');
  });

  it("cancels with --replaced-by only a real, later certificate; verify names both; refuses an Ivorian export under resolution 1643 (2005)", () => {
    const data = ['--data-dir', file('data')];
    const a = JSON.parse(kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('request.json'), ...data]).stdout);
    const b = JSON.parse(kpcs(['cert', 'issue', '--as', 'ZA', '--request', file('request.json'), ...data]).stdout);
    writeFileSync(file('a.json'), JSON.stringify(a));
    writeFileSync(file('b.json'), JSON.stringify(b));
    const missing = kpcs(['cert', 'cancel', '--as', 'ZA', a.number, '--reason', 'replaced', '--replaced-by', 'ZA-2006-999999', ...data]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no certificate numbered ZA-2006-999999 was issued');
    expect(kpcs(['cert', 'cancel', '--as', 'ZA', a.number, '--reason', 'replaced', '--replaced-by', b.number, ...data]).code).toBe(0);
    const again = kpcs(['cert', 'cancel', '--as', 'ZA', a.number, '--reason', 'void', ...data]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`${a.number} was already cancelled on `);
    expect(again.stderr).toContain(`(replaced), replaced by ${b.number}`);
    const va = kpcs(['cert', 'verify', file('a.json'), ...data]);
    expect(va.code).toBe(1);
    expect(va.stderr).toContain(`replaced by ${b.number}`);
    const vb = kpcs(['cert', 'verify', file('b.json'), ...data]);
    expect(vb.code).toBe(0);
    expect(vb.stdout).toContain(`it replaces ${a.number}, cancelled on `);

    const req = JSON.parse(readFileSync(file('request.json'), 'utf8'));
    writeFileSync(file('ci.json'), JSON.stringify({ ...req, exporter: { ...req.exporter, country: 'CI' }, importer: { ...req.importer, country: 'BE' }, origin: 'ZA' }));
    const ci = kpcs(['cert', 'issue', '--as', 'CI', '--request', file('ci.json'), '--on', '2006-06-01', ...data]);
    expect(ci.code).toBe(2);
    expect(ci.stderr).toContain("Côte d'Ivoire is under UN Security Council resolution 1643 (2005), a UN embargo in force on 1 June 2006");
  });

  it('checkpoints kept by outsiders: kpcs log checkpoint, witnesses, --witnesses K, and audit verify --checkpoint after a cut', async () => {
    const data = ['--data-dir', file('data')];
    const cp = kpcs(['log', 'checkpoint', ...data]);
    expect(cp.code).toBe(0);
    expect(cp.stdout.split('\n')[0]).toBe('localhost:8080/kpcs-log');
    expect(cp.stdout).toMatch(/\n\n\u2014 localhost:8080\/kpcs-log \S+\n$/);
    writeFileSync(file('checkpoint.txt'), cp.stdout);
    expect(kpcs(['audit', 'verify', '--checkpoint', file('checkpoint.txt'), ...data]).code).toBe(0);

    // a witness: its key file is its owner's only; an administrator registers it; it cosigns the bundle's checkpoint
    const init = kpcs(['witness', 'init', '--name', 'witness.example.org', '--key', file('witness.key')]);
    expect(init.code).toBe(0);
    expect(statSync(file('witness.key')).mode & 0o777).toBe(0o600);
    expect(kpcs(['witness', 'init', '--name', 'witness.example.org', '--key', file('witness.key')]).code).not.toBe(0);
    const publicKey = JSON.parse(init.stdout).publicKey as string;
    expect(kpcs(['witness', 'add', 'witness.example.org', publicKey, '--as', 'ZA', ...data]).code).not.toBe(0);
    expect(kpcs(['witness', 'add', 'witness.example.org', publicKey, ...data]).code).toBe(0);
    kpcs(['trust-list', 'export', '--out', file('trust-w.json'), ...data]);
    const bundle = JSON.parse(readFileSync(file('bundle.json'), 'utf8'));
    writeFileSync(file('bundle-cp.txt'), bundle.checkpoint);
    const cosigned = kpcs(['witness', 'cosign', '--key', file('witness.key'), '--checkpoint', file('bundle-cp.txt'), '--trust-list', file('trust-w.json')]);
    expect(cosigned.stderr).toBe('');
    expect(cosigned.code).toBe(0);
    writeFileSync(file('bundle-w.json'), JSON.stringify({ ...bundle, checkpoint: cosigned.stdout }));
    expect(kpcs(['cert', 'verify', file('bundle.json'), '--trust-list', file('trust-w.json'), '--witnesses', '1'])).toMatchObject({ code: 1, stderr: expect.stringContaining('0 valid cosignatures by witnesses of the trust list, 1 required') });
    const witnessed = kpcs(['cert', 'verify', file('bundle-w.json'), '--trust-list', file('trust-w.json'), '--witnesses', '1']);
    expect(witnessed.code).toBe(0);
    expect(witnessed.stdout).toContain('cosigned by 1 witness');
    expect(kpcs(['cert', 'verify', file('bundle-w.json'), '--trust-list', file('trust-w.json'), '--witnesses', '2']).code).toBe(1);
    // the checkpoint the verifier holds is the later one: sizes differ, a consistency proof is needed and then holds
    const later = kpcs(['log', 'checkpoint', ...data]).stdout;
    writeFileSync(file('later.txt'), later);
    const sizes = [Number(bundle.checkpoint.split('\n')[1]), Number(later.split('\n')[1])];
    if (sizes[0] !== sizes[1]) {
      const noProof = kpcs(['cert', 'verify', file('bundle.json'), '--trust-list', file('trust-w.json'), '--checkpoint', file('later.txt')]);
      expect(noProof.code).toBe(1);
      expect(noProof.stderr).toContain('no consistency proof between them was given');
      writeFileSync(file('consistency.json'), kpcs(['log', 'consistency', '--first', String(sizes[0]), '--second', String(sizes[1]), ...data]).stdout);
      expect(kpcs(['cert', 'verify', file('bundle.json'), '--trust-list', file('trust-w.json'), '--checkpoint', file('later.txt'), '--consistency', file('consistency.json')]).code).toBe(0);
    }

    // ATTACK: the last two audit entries deleted: the chain alone passes; against the checkpoint it does not
    const store = await openReadyStore({ dataDir: file('data') });
    try {
      await sql`delete from audit_log where seq > (select max(seq) - 2 from audit_log)`.execute(store.db);
    } finally {
      await store.close();
    }
    writeFileSync(file('checkpoint-now.txt'), later);
    expect(kpcs(['audit', 'verify', ...data]).code).toBe(0);
    const cut = kpcs(['audit', 'verify', '--checkpoint', file('checkpoint-now.txt'), ...data]);
    expect(cut.code).not.toBe(0);
    expect(cut.stderr).toContain('2 entries were cut off the end');
  }, 900_000);

  it('revokes a log key and a witness (administrators): listed with the reason, on the trust list, audited', () => {
    const data = ['--data-dir', file('revoke-data')];
    expect(kpcs(['trust-list', 'export', '--out', file('trust-r0.json'), ...data]).code).toBe(0);
    const [key] = JSON.parse(readFileSync(file('trust-r0.json'), 'utf8')).keys.filter((k: { purpose: string }) => k.purpose === 'log') as { keyId: string }[];
    expect(kpcs(['keys', 'log', 'revoke', key!.keyId, '--reason', 'stolen', '--as', 'ZA', ...data]).code).not.toBe(0);
    expect(kpcs(['keys', 'log', 'revoke', key!.keyId, '--reason', 'stolen', '--at', '2999-01-01T00:00:00Z', ...data])).toMatchObject({ code: 2, stderr: expect.stringContaining('not in the future') });
    const revoked = kpcs(['keys', 'log', 'revoke', key!.keyId, '--reason', 'stolen', ...data]);
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ keyId: key!.keyId, reason: 'stolen', inService: expect.stringMatching(/^KP-/) });
    expect(kpcs(['keys', 'log', 'list', ...data]).stdout).toMatch(new RegExp(`${key!.keyId}.*stolen`));
    const init = kpcs(['witness', 'init', '--name', 'w.example.org', '--key', file('revoke-witness.key')]);
    // the command's own words when it fails (it failed once in CI with exit code 1 and nothing else to read)
    const added = kpcs(['witness', 'add', 'w.example.org', JSON.parse(init.stdout).publicKey, ...data]);
    expect(added.code, added.stderr).toBe(0);
    expect(kpcs(['witness', 'revoke', 'w.example.org', '--reason', 'key stolen', ...data]).code).toBe(0);
    const again = kpcs(['witness', 'revoke', 'w.example.org', '--reason', 'again', ...data]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('revoked already');
    kpcs(['trust-list', 'export', '--out', file('trust-r1.json'), ...data]);
    const keys = JSON.parse(readFileSync(file('trust-r1.json'), 'utf8')).keys as { keyId: string; purpose: string; owner: string; revocationReason: string | null }[];
    expect(keys.find((k) => k.keyId === key!.keyId)?.revocationReason).toBe('stolen');
    expect(keys.find((k) => k.purpose === 'witness' && k.owner === 'w.example.org')?.revocationReason).toBe('key stolen');
    const auditList = kpcs(['audit', 'list', ...data]).stdout;
    expect(auditList).toContain('certificates.log-key.revoke');
    expect(auditList).toContain('certificates.witness.revoke');
  });
});
