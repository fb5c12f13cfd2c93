// The Chair's reports carry real figures from a seeded world, in five languages, as JSON and PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { localOperator, SYSTEM } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import { transaction } from '../../db/transaction.js';
import { buildServer } from '../../http/server.js';
import * as statistics from '../../statistics/service.js';
import * as annualSummary from '../../statistics/annual-summary.js';
import * as findingStore from '../../monitoring/store.js';
import { CATALOGUE } from './catalogue.js';
import { annualReport, renderPdf, specialReport } from './service.js';
import type { Report } from './model.js';

const ADMIN = localOperator();
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

/** The strings of a PDF written as UTF-16 (bookmarks, title): how a reader shows them. */
function unicodeStrings(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\(\xfe\xff((?:\\.|[^\\)])*)\)/g)) {
    const bytes = m[1]!.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
      const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      return map[e] ?? String.fromCharCode(parseInt(e, 8));
    });
    const b = Buffer.from(bytes, 'latin1');
    out.push(b.swap16().toString('utf16le'));
  }
  return out;
}

const section = (r: Report, id: string) => r.sections.find((s) => s.id === id)!;
const text = (r: Report, id: string) => JSON.stringify(section(r, id));

describe('the catalogue of the reports', () => {
  it('has exactly English’s keys in every language, Russian in Cyrillic', () => {
    const keys = Object.keys(CATALOGUE.en).sort();
    for (const lang of ['fr', 'pt', 'es', 'ru'] as const) expect(Object.keys(CATALOGUE[lang]).sort(), lang).toEqual(keys);
    for (const [k, v] of Object.entries(CATALOGUE.ru)) expect(v.replace(/\{\w+\}/g, ''), k).not.toMatch(/[A-Za-z]/);
  });
});

describe.each(engines)("the Chair's reports on %s", (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const token: Record<string, string> = {};
  beforeAll(async () => {
    store = await freshStore(engine);
    await statistics.importFile(store.db, ADMIN, 'trade', 'csv', csv([
      'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
      'BW,2006-Q1,export,EU,7102.10,1000000,80000000,40',
      'ZA,2006-Q2,export,EU,7102.31,500000,60000000,25',
      'GH,2005-Q3,export,EU,7102.10,100000,3000000,5',
      'GH,2006-Q3,export,EU,7102.10,250000,7000000,9',
      'EU,2006-Q1,import,BW,7102.10,990000,79000000,40',
    ]), { source: 'test' });
    await statistics.importFile(store.db, ADMIN, 'production', 'csv', csv([
      'reporter,period,mining,carats,value_usd',
      'BW,2006,industrial,34000000,2800000000',
      'GH,2006,artisanal,900000,27000000',
    ]), { source: 'test' });
    await transaction(store.db, (tx) => findingStore.insert(tx, randomUUID(), { type: 'neighbour_surge', participant: 'GH', period: '2006', severity: 'high', summary: "Ghana's exports grew by 150 % while Côte d'Ivoire is embargoed", evidence: { rule: 'test', figures: {} } } as never, new Date()));
    app = await buildServer({ store, webDir: null });
    await app.ready();
    for (const [key, member, roles, groups] of [['chair', 'BW', ['chair'], []], ['wgs', 'CA', ['wg-member'], ['WGS']], ['za', 'ZA', ['officer'], []]] as const) {
      const u = await auth.createUser(store.db, SYSTEM, { name: key, member, roles: [...roles], groups: [...groups] });
      token[key] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
    }
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('the annual report of 2006 has the 2006 report’s structure and the registry’s figures: 47 Participants, 71 countries', async () => {
    const r = await annualReport(store.db, ADMIN, { year: 2006, now: new Date('2006-11-13T12:00:00Z') });
    expect(r.sections.map((s) => s.id)).toEqual(['introduction', 'participation', 'applications', 'working-groups', 'statistics', 'annual-reports', 'peer-review', 'decisions', 'challenges', 'way-forward']);
    expect(r.title).toBe('Report of the Chair of the Kimberley Process Certification Scheme for 2006');
    expect(r.subtitle).toContain('November 13, 2006');
    expect(text(r, 'introduction')).toContain('Botswana, in its capacity as the 2006 Chair');
    const p = r.data.participation as { participants: number; countries: number; euMembers: number; joined: string[]; applicants: string[]; tradingEntities: string[] };
    expect(p.participants).toBe(47);
    expect(p.countries).toBe(71);
    expect(p.euMembers).toBe(25);
    expect(p.joined.sort()).toEqual(['BD', 'NZ']);
    expect(p.applicants.sort()).toEqual(['CM', 'CV', 'GA', 'ML', 'MX', 'PH', 'SZ', 'TN', 'TR']);
    expect(p.tradingEntities).toEqual(['TW']);
    expect(text(r, 'participation')).toContain('counted 47 Participants representing 71 countries');
    expect(text(r, 'participation')).toContain('Bangladesh and New Zealand');
    expect(text(r, 'working-groups')).toContain('Working Group on Monitoring');
    expect(text(r, 'working-groups')).toContain('kept 1 findings on the statistics of 2006, 1 of them of high severity');
    expect(text(r, 'challenges')).toContain('1643');
    expect(text(r, 'challenges')).toContain('Liberia is under UN diamond sanctions');
    expect(text(r, 'way-forward')).toContain('the Vice-Chair, European Union, becomes Chair for 2007'.replace('European Union', 'European Community'));
    expect(text(r, 'way-forward')).toContain('elected India as Vice-Chair for 2007');
  });

  it('the governance sections of 2006: the nine applications, the Ghana mission, the Gaborone decisions, the three-year review', async () => {
    const r = await annualReport(store.db, ADMIN, { year: 2006 });
    const apps = r.data.applications as { received: string[]; pending: string[]; admitted: string[]; refused: string[]; statusDecisions: unknown[] };
    const nine = ['CM', 'CV', 'GA', 'ML', 'MX', 'PH', 'SZ', 'TN', 'TR'];
    expect(apps.pending).toEqual(nine);
    expect(apps.admitted).toEqual([]);
    expect(apps.statusDecisions).toEqual([]);
    expect(text(r, 'applications')).toContain('Cameroon');
    expect(text(r, 'applications')).toContain('No Participant was suspended, removed or readmitted in 2006.');
    const pr = r.data['peer-review'] as { reviews: { participant: string; kind: string; status: string; dueBy: string | null }[]; actionItemsOpen: number; actionItemsOverdue: number; baseline: { participantsVisited: number } | null };
    expect(pr.reviews).toContainEqual(expect.objectContaining({ participant: 'GH', kind: 'mission', status: 'invited', dueBy: '2007-02-28' }));
    expect(pr.baseline?.participantsVisited).toBe(34);
    expect(pr.actionItemsOpen).toBe(1);
    expect(pr.actionItemsOverdue).toBe(0);
    expect(text(r, 'peer-review')).toContain('February 28, 2007');
    const d = r.data.decisions as { decisions: { number: number; title: string; formallyAdoptedOn: string | null }[]; recommendations: { adopted: number; byStatus: Record<string, number> }[]; priorityIssues: number };
    expect(d.decisions).toHaveLength(14);
    expect(d.decisions.every((x) => x.formallyAdoptedOn === null)).toBe(true);
    expect(d.decisions.find((x) => x.number === 2)?.title).toContain('Review mission to Ghana');
    expect(d.recommendations[0]!.adopted).toBe(46);
    expect(d.priorityIssues).toBe(4);
    expect(text(r, 'decisions')).toContain('Gaborone');
    expect(text(r, 'decisions')).toContain('awaiting translation: French, Portuguese, Spanish, and Russian');
    expect(r.data['annual-reports']).toMatchObject({ submitted: [], assessed: 0 });
    expect((r.data['annual-reports'] as { missing: string[] }).missing).toEqual(expect.arrayContaining(['BW', 'GH', 'ZA']));
    // 2005 had no plenary decisions recorded, no applications received, nor reviews: no governance section invents any
    const r2005 = await annualReport(store.db, ADMIN, { year: 2005 });
    expect((r2005.data.applications as { received: string[] }).received).toEqual([]);
    expect((r2005.data.decisions as { decisions: unknown[] }).decisions).toEqual([]);
  });

  it('the governance sections in Spanish, as JSON and as a PDF', async () => {
    const es = await annualReport(store.db, ADMIN, { year: 2006, lang: 'es' });
    expect(es.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Solicitudes y decisiones sobre la condición', 'Examen entre pares', 'Decisiones plenarias y recomendaciones', 'Informes anuales de los Participantes']));
    expect(text(es, 'peer-review')).toContain('28 de febrero de 2007');
    expect(text(es, 'peer-review')).toContain('misión de examen');
    expect(text(es, 'decisions')).toContain('traducción pendiente: francés, portugués, español y ruso');
    expect(text(es, 'applications')).toContain('Camerún');
    const pdf = await renderPdf(es);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const strings = unicodeStrings(pdf);
    // bookmarks: non-ASCII ones are written in UTF-16, ASCII ones as plain strings
    expect(strings).toContain('Solicitudes y decisiones sobre la condición');
    expect(pdf.toString('latin1')).toContain('(Decisiones plenarias y recomendaciones)');
    expect(pdf.toString('latin1')).toContain('(Examen entre pares)');
  });

  it('its statistics are the annual summary’s totals', async () => {
    const r = await annualReport(store.db, ADMIN, { year: 2006 });
    const summary = await annualSummary.summary(store.db, SYSTEM, 2006);
    const s = r.data.statistics as { world: typeof summary.world; reporters: number; status: string };
    expect(s.world).toEqual(summary.world);
    expect(s.world.exports.carats).toBe(1_750_000);
    expect(s.world.exports.valueUsd).toBe(147_000_000);
    expect(s.world.exports.certificates).toBe(74);
    expect(s.status).toBe('draft');
    expect(text(r, 'statistics')).toContain('1,750,000 carats');
    const table = section(r, 'statistics').blocks.find((b) => b.type === 'table')!;
    expect(table.type === 'table' && table.rows.map((row) => row[0])).toEqual(['Botswana', 'South Africa', 'Ghana']);
  });

  it('is translated, figures localised, in French and Russian', async () => {
    const fr = await annualReport(store.db, ADMIN, { year: 2006, lang: 'fr' });
    expect(fr.sections.map((s) => s.heading)).toEqual(['Introduction', 'Participation', 'Candidatures et décisions sur le statut', 'Activité des groupes de travail', 'Statistiques', 'Rapports annuels des Participants', 'Examen par les pairs', 'Décisions plénières et recommandations', 'Défis', 'Perspectives']);
    expect(text(fr, 'participation')).toContain('comptait 47 Participants représentant 71 pays');
    expect(text(fr, 'statistics')).toMatch(/1\u202f750\u202f000 carats|1 750 000 carats/);
    const ru = await annualReport(store.db, ADMIN, { year: 2006, lang: 'ru' });
    expect(ru.title).toBe('Доклад Председателя Системы сертификации Кимберлийского процесса за 2006 год');
    expect(ru.sections.map((s) => s.heading)).toContain('Участие');
    expect(text(ru, 'introduction')).toContain('Ботсвана');
  });

  it('the special report on Côte d’Ivoire: the embargo, the neighbours’ exports and the findings about them', async () => {
    const r = await specialReport(store.db, ADMIN, 'CI', { year: 2006 });
    expect(r.title).toBe("Special report on Côte d'Ivoire, 2006");
    expect(r.sections.map((s) => s.id)).toEqual(['measure', 'neighbours', 'findings', 'suspicious-shipments']);
    expect(text(r, 'measure')).toContain('1643');
    const n = r.data.neighbours as { rows: { participant: string; exportsBefore: number; exports: number; change: number | null; production: number }[]; outside: string[] };
    expect(n.rows.find((x) => x.participant === 'GH')).toEqual({ participant: 'GH', exportsBefore: 100000, exports: 250000, change: 1.5, production: 900000 });
    expect(n.outside).toEqual(expect.arrayContaining(['LR', 'ML', 'BF']));
    expect(text(r, 'neighbours')).toContain('+150%');
    expect(text(r, 'findings')).toContain("Ghana's exports grew by 150 %");
    await expect(specialReport(store.db, ADMIN, 'XX', { year: 2006 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(specialReport(store.db, ADMIN, 'CI', { year: 2006, lang: 'de' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('renders to a PDF whose bookmarks carry the Russian headings', async () => {
    const ru = await annualReport(store.db, ADMIN, { year: 2006, lang: 'ru' });
    const pdf = await renderPdf(ru);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const strings = unicodeStrings(pdf);
    expect(strings).toContain('Участие');
    expect(strings).toContain('Статистика');
    expect(strings).toContain(ru.title);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
  });

  it('over HTTP: the Chair and working groups read it as JSON or PDF; a Participant officer may not', async () => {
    const get = (key: string, url: string) => app.inject({ url, headers: { authorization: `Bearer ${token[key]}` } });
    const json = await get('chair', '/api/reports/annual?year=2006&lang=es');
    expect(json.statusCode).toBe(200);
    expect((json.json() as Report).sections.map((s) => s.heading)).toContain('Participación');
    // a quotation travels as such: a decision's title, with its source in Spanish
    const decisions = (json.json() as Report).sections.find((s) => s.id === 'decisions')!.blocks.find((b) => b.type === 'table');
    expect(decisions?.type === 'table' && decisions.rows[0]![1]).toEqual({ quote: 'Ghana to export only Ghanaian diamonds', source: 'Plenaria de Gaborone, 2006, decisión 1' });
    const pdf = await get('wgs', '/api/reports/special/CI?year=2006&format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await get('za', '/api/reports/annual?year=2006')).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/reports/annual?year=2006' })).statusCode).toBe(401);
    expect((await get('chair', '/api/reports/annual?year=2006&lang=de')).statusCode).toBe(400);
  });
});
