// kpcs review … and kpcs assistance …, run against the built program (`npm run build` first).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpcsAsync as kpcs, readyDataDir } from '../../../test/support/cli.js';

const BUILT = existsSync(new URL('../../../dist/src/governance/reviews/cli.js', import.meta.url));

describe.skipIf(!BUILT)('kpcs review and kpcs assistance (built CLI)', () => {
  let dir: string;
  let data: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-review-cli-'));
    data = readyDataDir(join(dir, 'data'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a review visit from invitation to an adopted report with an action plan, and alerts on its deadline', async () => {
    const missions = JSON.parse((await kpcs('review', 'list', '--format', 'json', '--data-dir', data)).stdout) as { participant: string; dueBy: string | null }[];
    expect(missions.map((m) => [m.participant, m.dueBy]).sort()).toEqual([['GH', '2007-02-28'], ['VE', null]]);

    const refused = await kpcs('review', 'add', '--participant', 'AO', '--purpose', 'visit', '--invited-on', '2006-03-01', '--member', 'AO:Self:leader', '--data-dir', data);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('cannot be on its own review team');

    const added = await kpcs('review', 'add', '--participant', 'AO', '--purpose', 'review visit', '--invited-on', '2006-03-01', '--member', 'ZA:Team Leader:leader', '--member', 'WDC:Expert', '--format', 'json', '--data-dir', data);
    expect(added.code).toBe(0);
    const id = (JSON.parse(added.stdout) as { id: string }).id;
    expect((await kpcs('review', 'status', id, '--to-status', 'scheduled', '--from', '2006-04-24', '--to', '2006-04-28', '--data-dir', data)).code).toBe(0);
    expect((await kpcs('review', 'status', id, '--to-status', 'done', '--done-on', '2006-04-28', '--data-dir', data)).code).toBe(0);
    const report = join(dir, 'report.txt');
    writeFileSync(report, 'Internal controls largely in place.');
    expect((await kpcs('review', 'report', id, '--file', report, '--recommendation', 'Register all buyers', '--data-dir', data)).code).toBe(0);
    expect((await kpcs('review', 'adopt', id, '--data-dir', data)).code).toBe(0);
    const planned = await kpcs('review', 'plan', id, '--title', 'Follow-up', '--item', 'AO|2007-01-31|Register all buyers', '--format', 'json', '--data-dir', data);
    const shown = JSON.parse(planned.stdout) as { report: { status: string }; recommendations: { text: string }[]; plans: { items: { id: string; deadline: string }[] }[] };
    expect(shown.report.status).toBe('adopted');
    expect(shown.recommendations.map((r) => r.text)).toEqual(['Register all buyers']);
    const itemId = shown.plans[0]!.items[0]!.id;

    const alerts = JSON.parse((await kpcs('review', 'alerts', '--on', '2007-02-05', '--format', 'json', '--data-dir', data)).stdout) as { items: { id: string; urgency: string; owner: string }[] };
    expect(alerts.items.map((i) => [i.owner, i.urgency]).sort()).toEqual([['AO', 'overdue'], ['GH', 'due']]);

    // another Participant's officer may not mark it done; its owner's may, with evidence
    expect((await kpcs('review', 'item-done', itemId, '--evidence', 'x', '--as', 'BW', '--data-dir', data)).code).not.toBe(0);
    expect((await kpcs('review', 'item-done', itemId, '--evidence', 'Register published', '--on', '2007-02-06', '--as', 'AO', '--data-dir', data)).code).toBe(0);
    const after = JSON.parse((await kpcs('review', 'alerts', '--on', '2007-02-06', '--format', 'json', '--data-dir', data)).stdout) as { items: { owner: string }[] };
    expect(after.items.map((i) => i.owner)).toEqual(['GH']);

    const coverage = JSON.parse((await kpcs('review', 'coverage', '--from', '2006', '--to', '2006', '--format', 'json', '--data-dir', data)).stdout) as { years: { visitsDone: number; participantsVisited: number }[]; baselines: { participantsVisited: number }[] };
    expect(coverage.years[0]).toMatchObject({ visitsDone: 1, participantsVisited: 1 });
    expect(coverage.baselines[0]!.participantsVisited).toBe(34);
  });

  it('declares a need and an offer, and the coordinator matches them', async () => {
    const need = JSON.parse((await kpcs('assistance', 'need', '--as', 'SL', '--title', 'Valuation training', '--description', 'Ten valuators', '--area', 'valuation', '--format', 'json', '--data-dir', data)).stdout) as { id: string; participant: string };
    expect(need.participant).toBe('SL');
    const other = await kpcs('assistance', 'need', '--as', 'SL', '--participant', 'LR', '--title', 't', '--description', 'd', '--data-dir', data);
    expect(other.code).not.toBe(0);
    const offer = JSON.parse((await kpcs('assistance', 'offer', '--as', 'US', '--title', 'Valuator course', '--description', 'Two weeks', '--area', 'valuation', '--format', 'json', '--data-dir', data)).stdout) as { id: string; donor: string };
    expect(offer.donor).toBe('US');
    const programme = JSON.parse((await kpcs('assistance', 'match', '--need', need.id, '--offer', offer.id, '--format', 'json', '--data-dir', data)).stdout) as { id: string; status: string };
    expect(programme.status).toBe('proposed');
    const list = JSON.parse((await kpcs('assistance', 'list', '--format', 'json', '--data-dir', data)).stdout) as { needs: { status: string }[]; programmes: { id: string }[]; coordinators: { member: string }[] };
    expect(list.needs.map((n) => n.status)).toEqual(['matched']);
    expect(list.programmes.map((p) => p.id)).toEqual([programme.id]);
    expect(list.coordinators.map((c) => c.member)).toEqual(['US']);
  });
});
