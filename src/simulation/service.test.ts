// A simulated world written into the store through the domains' services, then analysed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as certificates from '../certificates/service.js';
import * as onlineVerification from '../certificates/online-verification.js';
import { configure } from '../certificates/keys.js';
import * as annualSummary from '../statistics/annual-summary.js';
import * as monitoring from '../monitoring/service.js';
import { runSimulation, type SimulationReport } from './service.js';

describe('kpcs simulate into the store', () => {
  let store: Store;
  let report: SimulationReport;
  let truthFile: string;
  beforeAll(async () => {
    store = await freshStore('pglite');
    configure(store, { masterKey: randomBytes(32) });
    truthFile = join(mkdtempSync(join(tmpdir(), 'kpcs-sim-')), 'truth.json');
    report = await runSimulation(store, { from: 2005, to: 2006, seed: 42, scenario: 'laundering', certificateLimit: 40, truthFile });
  }, 300_000);
  afterAll(() => store.close());

  it('issues and confirms real, verifiable certificates dated in the simulated years', async () => {
    expect(report.certificates).toBe(80);
    expect(report.confirmations).toBe(80);
    const issued = await certificates.list(store, SYSTEM, { participant: 'BW', year: 2006, limit: 1000 });
    const received = await certificates.list(store, SYSTEM, { participant: 'EU', role: 'received', year: 2006, limit: 1000 });
    const all = [...issued, ...received];
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) {
      expect(c.issuedAt.startsWith('2006')).toBe(true);
      expect(c.status).toBe('confirmed');
    }
    const v = await onlineVerification.verifyNumber(store, all[0]!.number, new Date(all[0]!.issuedAt));
    expect(v).toMatchObject({ verdict: 'genuine' });
  });

  it('submits every Participant’s statistics, so the annual summary has the world’s figures', async () => {
    const summary = await annualSummary.summary(store.db, SYSTEM, 2006);
    expect(summary.world.exports.valueUsd).toBeGreaterThan(30e9);
    expect(summary.world.exports.carats).toBeGreaterThan(450e6);
    expect(summary.participants.find((p) => p.participant === 'BW')!.production.carats).toBeGreaterThan(25e6);
    expect(report.tradeRows).toBeGreaterThan(2000);
  });

  it('writes the injected truth beside the data, and monitoring finds it', async () => {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
    expect(truth).toMatchObject({ seed: 42, scenario: 'laundering' });
    const injected = truth.truth.filter((t: { scenario: string }) => t.scenario === 'laundering');
    expect(injected.map((t: { type: string; participant: string }) => `${t.type}:${t.participant}`).sort()).toEqual(['balance:GH', 'neighbour_surge:GH']);
    const found = await monitoring.run(store.db, SYSTEM, 2006);
    for (const t of injected) expect(found.findings.some((f) => f.type === t.type && f.participant === t.participant && f.period === String(t.year))).toBe(true);
  });
});
