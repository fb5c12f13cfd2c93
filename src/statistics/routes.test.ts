import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { countryName } from '../core/i18n.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith } from '../../test/support/app.js';
import { engines } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import * as service from './service.js';

const HEADER = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates';

describe.each(engines)('statistics over HTTP on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const bearer: Record<string, string> = {};
  beforeAll(async () => {
    const world = await appWith(engine, [
      { key: 'za', name: 'ZA officer', member: 'ZA', roles: ['officer'] },
      { key: 'bw', name: 'BW officer', member: 'BW', roles: ['officer'] },
      { key: 'zaCustoms', name: 'ZA customs', member: 'ZA', roles: ['customs'] },
      { key: 'wgs', name: 'WGS member', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
    ]);
    ({ store, app } = world);
    for (const [key, person] of Object.entries(world.people)) bearer[key] = `Bearer ${person.token}`;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const row = (reporter: string, partner: string, flow = 'export', period = '2006-Q1') => ({ reporter, period, flow, partner, hs_code: '7102.10', carats: 100.5, value_usd: '10000.00', certificates: 2 });

  it('takes JSON rows from an officer for its own Participant only', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/statistics/trade', payload: { rows: [row('ZA', 'BW')] } });
    expect(none.statusCode).toBe(401);
    const foreign = await app.inject({ method: 'POST', url: '/api/statistics/trade', headers: { authorization: bearer.za! }, payload: { rows: [row('ZA', 'BW'), row('BW', 'ZA', 'import')] } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'forbidden', details: [{ row: 2, column: 'reporter' }] });
    const customs = await app.inject({ method: 'POST', url: '/api/statistics/trade', headers: { authorization: bearer.zaCustoms! }, payload: { rows: [row('ZA', 'BW')] } });
    expect(customs.statusCode).toBe(403);
    const bad = await app.inject({ method: 'POST', url: '/api/statistics/trade', headers: { authorization: bearer.za! }, payload: { rows: [row('ZA', 'BW'), { ...row('ZA', 'LR'), carats: -1 }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([
      { row: 2, column: 'partner', message: expect.stringContaining('Liberia (LR) was not a Participant in good standing') },
      { row: 2, column: 'carats', message: 'must not be negative, got -1' },
    ]);
    // the same refusal for a French reader: the sentence and each row's problem in French, the partner named
    const fr = await app.inject({ method: 'POST', url: '/api/statistics/trade', headers: { authorization: bearer.za!, 'accept-language': 'fr-FR,fr;q=0.9' }, payload: { rows: [row('ZA', 'BW'), { ...row('ZA', 'LR'), carats: -1 }] } });
    expect(fr.statusCode).toBe(400);
    expect(fr.headers['content-language']).toBe('fr');
    expect(fr.json().message).toBe("1 ligne sur 2 a des problèmes (2 en tout). Rien n'a été importé.");
    expect(fr.json().details).toEqual([
      { row: 2, column: 'partner', message: `${countryName('LR', 'fr')} (LR) n'était pas un Participant en règle pendant 2006-Q1 (LR : non participant) ; le commerce avec lui n'est pas permis par le système` },
      { row: 2, column: 'carats', message: 'ne doit pas être négatif, reçu -1' },
    ]);
    // and in Russian, without the English words
    const ru = (await app.inject({ method: 'POST', url: '/api/statistics/trade', headers: { authorization: bearer.za!, 'accept-language': 'ru' }, payload: { rows: [{ ...row('ZA', 'LR'), carats: -1 }] } })).json();
    expect(ru.details.map((d: { message: string }) => d.message).join(' ')).not.toMatch(/Participant|negative|scheme/);
    expect(ru.details[0].message).toContain(countryName('LR', 'ru'));
    const ok = await app.inject({ method: 'POST', url: '/api/statistics/trade', headers: { authorization: bearer.za! }, payload: { rows: [row('ZA', 'BW')] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ kind: 'trade', dryRun: false, rows: 1, submissions: [{ reporter: 'ZA', period: '2006-Q1', version: 1, rows: 1 }] });
  });

  it('imports a CSV or XLSX file sent as the body, with a preview', async () => {
    const text = `${HEADER}\nBW,2006-Q1,import,ZA,7102.10,100.5,10000,2\n`;
    const preview = await app.inject({ method: 'POST', url: '/api/statistics/import/trade?dryRun=true&filename=bw.csv', headers: { authorization: bearer.bw!, 'content-type': 'text/csv' }, payload: text });
    expect(preview.json()).toMatchObject({ dryRun: true, submissions: [{ reporter: 'BW', version: 1 }] });
    const res = await app.inject({ method: 'POST', url: '/api/statistics/import/trade?filename=bw.csv', headers: { authorization: bearer.bw!, 'content-type': 'text/csv' }, payload: text });
    expect(res.statusCode).toBe(200);
    const subs = await app.inject({ method: 'GET', url: '/api/statistics/submissions/BW?kind=trade', headers: { authorization: bearer.bw! } });
    expect(subs.json().submissions).toMatchObject([{ period: '2006-Q1', version: 1, source: 'file bw.csv', current: true }]);
    // another Participant's officer may not read them; the working group may
    expect((await app.inject({ method: 'GET', url: '/api/statistics/submissions/BW', headers: { authorization: bearer.za! } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/statistics/submissions/BW/trade/2006-Q1', headers: { authorization: bearer.wgs! } })).json().trade).toEqual([
      { flow: 'import', partner: 'ZA', hsCode: '7102.10', carats: 100.5, valueUsd: 10000, certificates: 2 },
    ]);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('production');
    ws.addRow(['reporter', 'period', 'mining', 'carats', 'value_usd']);
    ws.addRow(['BW', '2006-H1', 'industrial', 16000000, 1500000000]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await app.inject({ method: 'POST', url: '/api/statistics/import/production', headers: { authorization: bearer.bw!, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, payload: xlsx });
    expect(x.statusCode).toBe(200);
    expect(x.json().submissions).toEqual([{ reporter: 'BW', period: '2006-H1', version: 1, rows: 1 }]);

    const wrong = await app.inject({ method: 'POST', url: '/api/statistics/import/trade', headers: { authorization: bearer.bw!, 'content-type': 'text/csv' }, payload: 'reporter,period\nBW,2006-Q1\n' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toContainEqual({ row: 1, column: 'flow', message: 'missing column "flow"' });
  });

  it('keeps the summary from the public until the working group releases the year', async () => {
    const anon = await app.inject({ method: 'GET', url: '/api/statistics/summary?year=2006' });
    expect(anon.statusCode).toBe(404);
    expect(anon.json().message).toContain('The statistics of 2006 have not been released yet');
    expect((await app.inject({ method: 'GET', url: '/api/statistics/summary?year=2006', headers: { authorization: bearer.za! } })).statusCode).toBe(404);
    const draft = await app.inject({ method: 'GET', url: '/api/statistics/summary?year=2006', headers: { authorization: bearer.wgs! } });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ status: 'draft', world: { exports: { carats: 100.5 }, imports: { carats: 100.5 }, production: { carats: 16000000 } } });

    expect((await app.inject({ method: 'POST', url: '/api/statistics/releases', headers: { authorization: bearer.za! }, payload: { year: 2006 } })).statusCode).toBe(403);
    const rel = await app.inject({ method: 'POST', url: '/api/statistics/releases', headers: { authorization: bearer.wgs! }, payload: { year: 2006 } });
    expect(rel.statusCode).toBe(200);

    const pub = await app.inject({ method: 'GET', url: '/api/statistics/summary?year=2006' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ year: 2006, status: 'released', release: { version: 1, releasedBy: 'Working Group on Statistics' }, participants: [{ participant: 'BW' }, { participant: 'ZA' }] });
    expect(pub.json().changedSinceRelease).toBeUndefined();
    const csv = await app.inject({ method: 'GET', url: '/api/statistics/summary.csv?year=2006' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe('participant,name,production_carats,production_usd,production_usd_per_carat,exports_carats,exports_usd,exports_certificates,imports_carats,imports_usd,imports_certificates');
    expect(csv.body).toContain('\nWORLD,World,16000000.00,1500000000.00,93.75,100.50,10000.00,2,100.50,10000.00,2\n');
    expect((await app.inject({ method: 'GET', url: '/api/statistics/summary.csv?year=2005' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/statistics/releases' })).json()).toMatchObject({ releases: [{ year: 2006, version: 1 }] });
    expect((await app.inject({ method: 'GET', url: '/api/statistics/summary?year=06' })).statusCode).toBe(400);
    const series = await app.inject({ method: 'GET', url: '/api/statistics/series?participants=ZA&participants=BW&from=2006&to=2006', headers: { authorization: bearer.wgs! } });
    expect(series.statusCode).toBe(200);
    expect(series.json().series.map((x: { participant: string; points: unknown[] }) => [x.participant, x.points.length])).toEqual([['ZA', 1], ['BW', 2]]);
    expect((await app.inject({ method: 'GET', url: '/api/statistics/series?participants=ZA&from=2006&to=2006', headers: { authorization: bearer.za! } })).statusCode).toBe(403);
    const matrix = await app.inject({ method: 'GET', url: '/api/statistics/matrix?year=2006', headers: { authorization: bearer.wgs! } });
    expect(matrix.json().cells).toEqual([{ reporter: 'ZA', partner: 'BW', carats: 100.5, valueUsd: 10000, certificates: 2 }]);
  });
  it('serves the reconciliation, the discrepancy workflow and compliance to those entitled', async () => {
    // ZA reports 300 ct more exports to BW in 2006-Q3 than BW reports as imports
    await service.submit(store.db, localOperator(), 'trade', service.jsonRows([
      { reporter: 'ZA', period: '2006-Q3', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 1000, value_usd: 100000, certificates: 4 },
      { reporter: 'BW', period: '2006-Q3', flow: 'import', partner: 'ZA', hs_code: '7102.10', carats: 700, value_usd: 70000, certificates: 3 },
    ]), { source: 'test' });
    expect((await app.inject({ method: 'GET', url: '/api/statistics/reconciliation?year=2006', headers: { authorization: bearer.za! } })).statusCode).toBe(403);
    const rec = await app.inject({ method: 'GET', url: '/api/statistics/reconciliation?year=2006&tolerance=0.1', headers: { authorization: bearer.wgs! } });
    expect(rec.statusCode).toBe(200);
    expect(rec.json().lines).toEqual([
      { exporter: 'ZA', importer: 'BW', period: '2006-Q3', exports: { carats: 1000, valueUsd: 100000 }, imports: { carats: 700, valueUsd: 70000 }, index: { carats: 0.176471, valueUsd: 0.176471 }, status: 'discrepancy' },
    ]);

    const opened = await app.inject({ method: 'POST', url: '/api/statistics/discrepancies', headers: { authorization: bearer.wgs! }, payload: { year: 2006 } });
    expect(opened.json().opened.map((d: { exporter: string; period: string }) => `${d.exporter} ${d.period}`)).toEqual(['ZA 2006-Q3']);
    const url = '/api/statistics/discrepancies/ZA/BW/2006-Q3';
    expect((await app.inject({ method: 'POST', url: `${url}/notes`, headers: { authorization: bearer.zaCustoms! }, payload: { kind: 'explanation', text: 'x' } })).statusCode).toBe(403);
    const explained = await app.inject({ method: 'POST', url: `${url}/notes`, headers: { authorization: bearer.bw! }, payload: { kind: 'explanation', text: 'One shipment of 300 ct arrived in October.' } });
    expect(explained.statusCode).toBe(200);
    expect(explained.json()).toMatchObject({ status: 'explained', notes: [{ kind: 'opened' }, { kind: 'explanation', actingFor: 'BW' }] });
    expect((await app.inject({ method: 'POST', url: `${url}/resolution`, headers: { authorization: bearer.bw! }, payload: { outcome: 'ok' } })).statusCode).toBe(403);
    const resolved = await app.inject({ method: 'POST', url: `${url}/resolution`, headers: { authorization: bearer.wgs! }, payload: { outcome: 'Timing: BW will count it in 2006-Q4.' } });
    expect(resolved.json()).toMatchObject({ status: 'resolved', outcome: 'Timing: BW will count it in 2006-Q4.' });
    expect((await app.inject({ method: 'GET', url: '/api/statistics/discrepancies?year=2006', headers: { authorization: bearer.za! } })).json().discrepancies).toHaveLength(1);

    expect((await app.inject({ method: 'GET', url: '/api/statistics/compliance?year=2006', headers: { authorization: bearer.za! } })).statusCode).toBe(403);
    const c = await app.inject({ method: 'GET', url: '/api/statistics/compliance?year=2006', headers: { authorization: bearer.wgs! } });
    expect(c.statusCode).toBe(200);
    expect(c.json().participants.find((p: { participant: string }) => p.participant === 'ZA').cells.map((x: { status: string }) => x.status)).toEqual(['late', 'missing', 'late', 'missing']);
    const h = await app.inject({ method: 'GET', url: '/api/statistics/compliance/habitual?asOf=2007-03-15&missing=4', headers: { authorization: bearer.wgs! } });
    expect(h.json().participants.map((p: { participant: string }) => p.participant)).toContain('AO');
  });
  it('raises questionnaires on jumps, answered by the Participant over HTTP', async () => {
    await service.submit(store.db, localOperator(), 'trade', service.jsonRows([{ reporter: 'ZA', period: '2006-Q2', flow: 'export', partner: 'BW', hs_code: '7102.10', carats: 50, value_usd: 5000, certificates: 1 }]), { source: 'test' });
    expect((await app.inject({ method: 'POST', url: '/api/statistics/questionnaires', headers: { authorization: bearer.za! }, payload: { year: 2006 } })).statusCode).toBe(403);
    const raised = await app.inject({ method: 'POST', url: '/api/statistics/questionnaires', headers: { authorization: bearer.wgs! }, payload: { year: 2006, threshold: 0.5 } });
    expect(raised.statusCode).toBe(200);
    const za = raised.json().raised.filter((q: { participant: string }) => q.participant === 'ZA');
    expect(za.map((q: { period: string; measure: string }) => `${q.period} ${q.measure}`)).toEqual(['2006-Q2 exports_carats', '2006-Q3 exports_carats', '2006-Q3 exports_usd']);
    const id = za[0].id;
    expect((await app.inject({ method: 'GET', url: '/api/statistics/questionnaires/ZA', headers: { authorization: bearer.bw! } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/statistics/questionnaires/ZA/${id}/answer`, headers: { authorization: bearer.bw! }, payload: { answer: 'x' } })).statusCode).toBe(403);
    const answered = await app.inject({ method: 'POST', url: `/api/statistics/questionnaires/ZA/${id}/answer`, headers: { authorization: bearer.za! }, payload: { answer: 'The mine was flooded in April.' } });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'The mine was flooded in April.' });
    const list = await app.inject({ method: 'GET', url: '/api/statistics/questionnaires/ZA?status=open', headers: { authorization: bearer.za! } });
    expect(list.json().questionnaires).toHaveLength(2);
  });
});
