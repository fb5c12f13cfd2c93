// Reports whole, in their language: every report (the annual reports of 2006 and 2007 with every
// governance section populated, the special report on Côte d'Ivoire with a suspicious shipment and its
// enforcement action) in French, Portuguese, Spanish and Russian carries no English word outside its
// marked quotations; the shipments reported in the year are in the special report; countries carry the
// name of the year reported on (Swaziland in 2006, Eswatini in 2019).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { governance2007 } from '../../../test/support/governance-2007.js';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { localOperator } from '../../auth/model.js';
import { transaction } from '../../db/transaction.js';
import * as statistics from '../../statistics/service.js';
import * as findingStore from '../../monitoring/store.js';
import * as shipments from '../../monitoring/shipments/service.js';
import * as certificates from '../../certificates/service.js';
import { CATALOGUE } from './catalogue.js';
import { annualReport, renderPdf, specialReport } from './service.js';
import { isQuotation, ownText, type Report, type ReportLanguage } from './model.js';
import { pdfText } from '../../../test/support/pdf-text.js';

const ADMIN = localOperator();
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

/**
 * English function words, per language of the report: a word that is also a word of the language
 * is left out of its list (French "on", "an", "or"; Portuguese "for", "as"; Spanish "as").
 */
const ENGLISH = ['the', 'and', 'of', 'with', 'for', 'from', 'which', 'were', 'was', 'has', 'have', 'been', 'this', 'that', 'by', 'on', 'in', 'to', 'is', 'are', 'not', 'its', 'their', 'at', 'be', 'an', 'or', 'as', 'during', 'under', 'into', 'since', 'until'];
const VALID_IN: Record<Exclude<ReportLanguage, 'en'>, string[]> = { fr: ['on', 'an', 'or'], pt: ['for', 'as'], es: ['as'], ru: [] };
const LANGS = ['fr', 'pt', 'es', 'ru'] as const;

/** The English function words in texts of a language, each with the text it was found in. */
export function englishWords(lang: Exclude<ReportLanguage, 'en'>, texts: string[]): string[] {
  const words = new Set(ENGLISH.filter((w) => !VALID_IN[lang].includes(w)));
  const found: string[] = [];
  // identifiers (SSR-EU-2006-EEE9BE12, ZA-2006-000123) are not words: their random hex may spell "be",
  // also when a PDF line breaks one after a hyphen ("SSR-EU-2006-" / "BE49F95C"): no token with a digit is a word
  const IDENTIFIER = /\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b/g;
  const WITH_DIGIT = /[^\s]*\d[^\s]*/g;
  for (const text of texts) for (const w of text.replace(IDENTIFIER, ' ').replace(WITH_DIGIT, ' ').toLowerCase().match(/\p{L}+/gu) ?? []) if (words.has(w)) found.push(`${w} ← ${text.slice(0, 160)}`);
  return found;
}

const section = (r: Report, id: string) => r.sections.find((s) => s.id === id);
const text = (r: Report, id: string) => JSON.stringify(section(r, id));

describe('the catalogue of the reports', () => {
  it('has every key in the five languages, none empty', () => {
    const keys = Object.keys(CATALOGUE.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGUE[lang]).sort(), lang).toEqual(keys);
      for (const [k, v] of Object.entries(CATALOGUE[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
      // the catalogue's own sentences carry no English function word (placeholders aside)
      expect(englishWords(lang, Object.values(CATALOGUE[lang]).map((v) => v.replace(/\{\w+\}/g, ''))), lang).toEqual([]);
    }
  });
});

describe.each(engines)('reports whole, in their language, on %s', (engine) => {
  let store: Store;
  let shipmentId: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    const db = store.db;
    certificates.configure(store, { masterKey: randomBytes(32) });
    // the statistics and a finding on Ghana, as reports.test.ts
    await statistics.importFile(db, ADMIN, 'trade', 'csv', csv([
      'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
      'BW,2006-Q1,export,EU,7102.10,1000000,80000000,40',
      'GH,2005-Q3,export,EU,7102.10,100000,3000000,5',
      'GH,2006-Q3,export,EU,7102.10,250000,7000000,9',
    ]), { source: 'test' });
    await statistics.importFile(db, ADMIN, 'production', 'csv', csv(['reporter,period,mining,carats,value_usd', 'GH,2006,artisanal,900000,27000000']), { source: 'test' });
    await transaction(db, (tx) => findingStore.insert(tx, randomUUID(), { type: 'neighbour_surge', participant: 'GH', period: '2006', severity: 'high', summary: "Ghana's exports grew by 150 % while Côte d'Ivoire is embargoed", evidence: { rule: 'test', figures: {} } } as never, new Date()));
    // the workflows of 2007, as governance-sections.test.ts
    await governance2007(db, { suspension: 'no statistics and no review mission in the year', need: 'Valuation training for the diamond office', decision: 'Decision on the statistics of the year' });
    // a shipment suspected of Ivorian origin met in Belgium in 2006, seized
    const met = await shipments.report(store, localOperator('EU'), {
      reportedOn: '2006-09-14', suspectedOrigin: 'CI', declaredOrigin: 'GH', carats: 1250.5, valueUsd: 61_000, exporter: 'Accra Gem Traders', exporterCountry: 'GH',
      description: 'Parcel of unsorted goods typical of Séguéla, declared as Ghanaian alluvial.',
    });
    shipmentId = met.id;
    await shipments.reportEnforcement(store, localOperator('EU'), met.id, { kind: 'seizure', takenOn: '2006-10-02', outcome: 'goods seized, exporter charged', carats: 1250.5, valueUsd: 61_000 });
  }, 120_000);
  afterAll(async () => {
    await store.close();
  });

  const reports = async (lang: ReportLanguage) => [
    await annualReport(store.db, ADMIN, { year: 2006, lang }),
    await annualReport(store.db, ADMIN, { year: 2007, lang }),
    await specialReport(store.db, ADMIN, 'CI', { year: 2006, lang }),
    await specialReport(store.db, ADMIN, 'CI', { year: 2007, lang }),
  ];

  it.each(LANGS)('in %s every report carries no English word outside its quotations, in its data and in its PDF', async (lang) => {
    for (const r of await reports(lang)) {
      const where = `${r.kind} ${r.subject ?? ''} ${r.year} ${lang}`;
      expect(englishWords(lang, ownText(r)), where).toEqual([]);
      // the PDF's text, its quotations (between the language's marks, with their source) taken out
      const pdf = await pdfText(await renderPdf(r));
      const quotes = r.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : b.type === 'table' ? b.rows.flat().filter(isQuotation).map((c) => c.quote) : [])));
      let rest = pdf.replace(/\s+/g, ' ');
      for (const q of quotes.sort((a, b) => b.length - a.length)) rest = rest.split(q.replace(/\s+/g, ' ')).join(' ');
      expect(rest.length, where).toBeGreaterThan(200);
      expect(englishWords(lang, rest.split(/(?<=[.:;])\s/)), `${where} (PDF)`).toEqual([]);
    }
  });

  it('the quotations are marked with their source, in the data and in the PDF', async () => {
    const fr = await annualReport(store.db, ADMIN, { year: 2007, lang: 'fr' });
    const table = section(fr, 'decisions')!.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[0]![1]).toEqual({ quote: 'Decision on the statistics of the year', source: expect.stringContaining('Plénière') });
    const pdf = await pdfText(await renderPdf(fr));
    expect(pdf.replace(/\s+/g, ' ')).toContain('« Decision on the statistics of the year »');
  });

  it('the special report lists the shipments reported in its year with their enforcement actions; a year without says so', async () => {
    const r = await specialReport(store.db, ADMIN, 'CI', { year: 2006, lang: 'fr' });
    expect(r.sections.map((s) => s.id)).toEqual(['measure', 'neighbours', 'findings', 'suspicious-shipments']);
    const rows = (r.data['suspicious-shipments'] as { shipments: { id: string; participant: string; carats: number; enforcement: { kind: string; takenOn: string }[] }[] }).shipments;
    expect(rows).toEqual([expect.objectContaining({ id: shipmentId, participant: 'EU', carats: 1250.5, enforcement: [expect.objectContaining({ kind: 'seizure', takenOn: '2006-10-02' })] })]);
    const shown = text(r, 'suspicious-shipments');
    expect(shown).toContain('Communauté européenne');
    expect(shown).toMatch(/1\s250,5/);
    expect(shown).toContain('saisie');
    expect(shown).toContain('2 octobre 2006');
    expect(shown).toContain('goods seized, exporter charged');
    // 2007: no shipment reported; every section says what it has or that nothing was recorded
    const r2007 = await specialReport(store.db, ADMIN, 'CI', { year: 2007, lang: 'es' });
    expect(r2007.sections.map((s) => s.id)).toEqual(['measure', 'neighbours', 'findings', 'suspicious-shipments']);
    for (const s of r2007.sections) expect(s.blocks.length, s.id).toBeGreaterThan(0);
    expect(text(r2007, 'suspicious-shipments')).toContain('2007');
  });

  it('names countries as they were in the year reported on: Swaziland in 2006, Eswatini in 2019', async () => {
    const names2006: Record<ReportLanguage, string> = { en: 'Swaziland', fr: 'Swazilande', es: 'Suazilandia', pt: 'Suazilândia', ru: 'Свазиленд' };
    for (const [lang, name] of Object.entries(names2006) as [ReportLanguage, string][]) {
      const r = await annualReport(store.db, ADMIN, { year: 2006, lang });
      expect(text(r, 'participation'), lang).toContain(name);
      expect(JSON.stringify(r.sections), lang).not.toMatch(/Eswatini|Esuatini|Essuatíni|Эсватини/);
    }
    const r2019 = await annualReport(store.db, ADMIN, { year: 2019 });
    expect(text(r2019, 'participation')).toContain('Eswatini');
    expect(JSON.stringify(r2019.sections)).not.toContain('Swaziland');
    const ru2019 = await annualReport(store.db, ADMIN, { year: 2019, lang: 'ru' });
    expect(text(ru2019, 'participation')).toContain('Эсватини');
  });
});
