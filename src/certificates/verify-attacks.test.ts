// What an offline verifier accepts (#15): attacks by someone holding a genuine authority key, or a log's
// genuine checkpoint, on the dates a verifier believes. Each is performed against verifyCertificate with
// a trust list and a fixed verifier clock; test/web-offline-trust.test.ts performs the same on the
// browser's verifier and expects the same verdict and reason.
import { describe, expect, it } from 'vitest';
import { certificateFixture, LOG_ORIGIN } from '../../test/support/certificates.js';
import { attackList, attacks, bundle, NOW } from '../../test/support/verify-attacks.js';
import { checkpointBody, signCheckpoint, verifyCheckpoint, type Checkpoint } from './checkpoint.js';
import { privateKeyObject } from './signing.js';
import { contextFromTrustList, verifyCertificate } from './verification.js';

const { logKey, logTrusted } = certificateFixture;


const verify = (input: unknown, at: Date, witnesses?: number) => verifyCertificate(input, contextFromTrustList(attackList, at, { witnesses }));

describe('ATTACKS on what an offline verifier accepts', () => {
  for (const [name, a] of Object.entries(attacks())) {
    it(`ATTACK ${name}: refused with the reason`, () => {
      const r = verify(a.input, a.at, 'witnesses' in a ? a.witnesses : undefined);
      expect(r).toMatchObject({ verdict: a.verdict, valid: false });
      expect(r.reason).toContain(a.reason);
    });
  }

  it('the honest cases still verify: 366 days, a clock 4 minutes behind, a cosignature after the checkpoint', () => {
    expect(verify(bundle({ expiresAt: '2007-03-02T12:00:00.000Z' }), NOW)).toMatchObject({ verdict: 'genuine', valid: true });
    const clock = new Date('2006-03-01T11:56:00.000Z');
    expect(verify(bundle({}, '2006-03-01T12:00:01.000Z', ['2006-03-01T12:00:30.000Z']), clock, 1)).toMatchObject({ verdict: 'genuine', reason: expect.stringContaining('cosigned by 1 witness') });
    // a cosignature in the checkpoint's own second counts (its time has whole seconds)
    expect(verify(bundle({}, '2006-03-01T12:00:01.500Z', ['2006-03-01T12:00:01.000Z']), NOW, 1)).toMatchObject({ verdict: 'genuine' });
  });

  it('judging an earlier moment (kpcs cert verify --at) does not make a checkpoint signed since "the future": the clock is separate', () => {
    const b = bundle({}, '2006-03-09T00:00:00.000Z');
    const crossed = new Date('2006-03-02T00:00:00.000Z');
    expect(verifyCertificate(b, contextFromTrustList(attackList, crossed, { clock: NOW }))).toMatchObject({ verdict: 'genuine' });
    expect(verifyCertificate(b, contextFromTrustList(attackList, crossed))).toMatchObject({ verdict: 'not-in-log', reason: expect.stringContaining('from the future') });
  });

  it('a checkpoint from the future is refused by verifyCheckpoint itself (witnesses and audit checks use it)', () => {
    const c: Checkpoint = { origin: LOG_ORIGIN, treeSize: 6, rootHash: 'ab'.repeat(32), time: '2006-03-10T00:05:01.000Z', audit: { entries: 1, head: 'cd'.repeat(32) } };
    const note = signCheckpoint(c, privateKeyObject(logKey.privateKeyDer), logKey.publicKey);
    expect(verifyCheckpoint(note, [logTrusted], 0, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('from the future') });
    expect(verifyCheckpoint(note, [logTrusted], 0, new Date('2006-03-10T00:00:02.000Z'))).toMatchObject({ ok: true });
    expect(checkpointBody(c)).toContain('kpcs-time 2006-03-10T00:05:01.000Z');
  });
});
