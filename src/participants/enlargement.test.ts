// Issue #14: the registry as seeded knows every authority's name and the enlargement of the European
// Union on 1 January 2007, and what reads the member states by date follows it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import * as statistics from '../statistics/service.js';
import { participation } from '../governance/reports/annual.js';
import authorities from './seed/authorities.json' with { type: 'json' };
import * as service from './service.js';

const MIGRATION = readFileSync(new URL('../db/migrations/0021_figures_world.sql', import.meta.url), 'utf8');

describe.each(engines)('the registry of 2007 and its authorities on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('adds Bulgaria and Romania to the European Community on 2007-01-01, with the treaty as basis', async () => {
    const before = await service.get(store.db, 'EU', '2006-12-31');
    const after = await service.get(store.db, 'EU', '2007-01-02');
    expect(before.members).not.toContain('BG');
    expect(after.members.filter((m) => !before.members.includes(m)).sort()).toEqual(['BG', 'RO']);
    expect(after.members).toHaveLength(before.members.length + 2);
    for (const code of ['BG', 'RO']) {
      expect(after.memberHistory.find((m) => m.country === code)).toEqual({ participant: 'EU', country: code, validFrom: '2007-01-01', validTo: null, basis: 'Treaty of Accession of 2005 (in force 1 January 2007)' });
    }
    expect(after.memberHistory.every((m) => m.basis !== null)).toBe(true);
  });

  it('ends their own participation that day: covered by the Community, listed no more on their own', async () => {
    const bg2006 = await service.get(store.db, 'BG', '2006-12-31');
    expect(bg2006).toMatchObject({ status: 'participant', memberOf: null });
    const bg = await service.get(store.db, 'BG', '2007-01-02');
    expect(bg).toMatchObject({ status: 'participant', statusSince: '2007-01-01', memberOf: { participant: 'EU', validFrom: '2007-01-01' } });
    expect(bg.history.at(-1)).toMatchObject({ status: 'participant', validTo: '2007-01-01' });
    expect(bg.history.at(-1)!.note).toContain('Treaty of Accession of 2005');
    const listed = (await service.list(store.db, { at: '2007-01-02' })).map((p) => p.code);
    expect(listed).not.toContain('BG');
    expect(listed).not.toContain('RO');
    expect(await service.standing(store.db, 'RO', '2007-01-02')).toMatchObject({ participant: 'EU', goodStanding: true });
    expect(await service.standing(store.db, 'RO', '2006-12-31')).toMatchObject({ participant: 'RO', goodStanding: true });
  });

  it('counts the same countries in the Chair’s report of 2007, two fewer Participants and two more member states', async () => {
    const d2006: Record<string, unknown> = {};
    const d2007: Record<string, unknown> = {};
    await participation(store.db, 2006, 'en', d2006);
    await participation(store.db, 2007, 'en', d2007);
    const p6 = d2006.participation as { participants: number; countries: number; euMembers: number };
    const p7 = d2007.participation as { participants: number; countries: number; euMembers: number };
    expect(p7.euMembers).toBe(p6.euMembers + 2);
    expect(p7.participants).toBe(p6.participants - 2);
    expect(p7.countries).toBe(p6.countries);
  });

  it('files trade with Bulgaria under the Community from 2007, and refuses Bulgaria as a reporter then', async () => {
    const row = (reporter: string, partner: string, period: string) => ({ reporter, period, flow: 'export', partner, hs_code: '7102.10', carats: 10, value_usd: 1000, certificates: 1 });
    const dry = await statistics.submit(store.db, localOperator(), 'trade', statistics.jsonRows([row('ZA', 'BG', '2007-Q1'), row('ZA', 'BG', '2006-Q4')]), { source: 'test', dryRun: true, now: new Date('2007-06-01T00:00:00Z') });
    expect(dry.submissions.map((s) => s.period).sort()).toEqual(['2006-Q4', '2007-Q1']);
    await expect(statistics.submit(store.db, localOperator(), 'trade', statistics.jsonRows([row('ZA', 'BG', '2007-Q1'), row('ZA', 'EU', '2007-Q1')]), { source: 'test', dryRun: true, now: new Date('2007-06-01T00:00:00Z') }))
      .rejects.toMatchObject({ details: [{ row: 2, column: 'partner', message: expect.stringContaining('duplicate of row 1') }] });
    await expect(statistics.submit(store.db, localOperator(), 'trade', statistics.jsonRows([row('BG', 'ZA', '2007-Q1')]), { source: 'test', dryRun: true, now: new Date('2007-06-01T00:00:00Z') }))
      .rejects.toMatchObject({ details: [{ row: 1, column: 'reporter', message: 'Bulgaria (BG) reports through European Community: write EU as the reporter' }] });
  });

  it('seeds the name of every entry’s KP authority, the same names the migration gives an older store', async () => {
    const rows = await store.db.selectFrom('participants').select(['code', 'authority_name']).orderBy('code').execute();
    expect(rows.filter((r) => !r.authority_name)).toEqual([]);
    const seeded = authorities.authorities as Record<string, { name: string }>;
    expect(Object.fromEntries(rows.map((r) => [r.code, r.authority_name]))).toEqual(Object.fromEntries(Object.entries(seeded).map(([c, a]) => [c, a.name])));
    expect((await service.get(store.db, 'BW')).authority.name).toBe('Ministry of Minerals, Energy and Water Resources');
    expect((await service.get(store.db, 'ZA')).authority.name).toBe('South African Diamond and Precious Metals Regulator');
    // the migration's list, read back from its SQL
    const values = MIGRATION.slice(MIGRATION.indexOf('from (values'), MIGRATION.indexOf(') as a (code, name)'));
    const inMigration = Object.fromEntries([...values.matchAll(/\('([A-Z]{2})', '((?:[^']|'')*)'\)/g)].map((m) => [m[1], m[2]!.replace(/''/g, "'")]));
    expect(inMigration).toEqual(Object.fromEntries(Object.entries(seeded).map(([c, a]) => [c, a.name])));
  });

  it('gives an older store the names it lacks and keeps those a Participant set itself', async () => {
    await sql`update participants set authority_name = null where code = 'AO'`.execute(store.db);
    await sql`update participants set authority_name = 'Namibian Diamond Office' where code = 'NA'`.execute(store.db);
    const update = MIGRATION.slice(MIGRATION.indexOf('update participants set authority_name'), MIGRATION.indexOf('authority_name is null;') + 'authority_name is null;'.length);
    await sql.raw(update).execute(store.db);
    service.forgetSnapshot(store.db);
    expect((await service.get(store.db, 'AO')).authority.name).toBe('Ministry of Geology and Mines');
    expect((await service.get(store.db, 'NA')).authority.name).toBe('Namibian Diamond Office');
  });
});
