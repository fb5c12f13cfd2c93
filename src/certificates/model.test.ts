import { describe, expect, it } from 'vitest';
import { checkRules, checkShape, embargoFlags, embargoViolations, normalizeRequest, totals, type CertificateRequest, type RegistryFacts, type StandingFact } from './model.js';
import { formatNumber, participantOfNumber } from './numbering.js';
import { checkReplacement, confirmationDifferences, confirmationMismatches, receiptDateProblem, type CertificateFact } from './receipt-rules.js';

const request = (over: Partial<CertificateRequest> = {}): CertificateRequest => ({
  exporter: { name: 'Kimberley Mines', address: '1 Main Rd', country: 'ZA' },
  importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2', country: 'BE' },
  origin: 'ZA',
  goods: [{ hsCode: '7102.10', carats: 1234.56, valueUsd: 987654.32 }],
  parcels: 3,
  ...over,
});

const good = (country: string, participant = country): StandingFact => ({ country, participant, status: 'participant', goodStanding: true, measures: [] });
const facts = (countries: StandingFact[], issuer = 'ZA', issuerOk = true): RegistryFacts => ({
  day: '2006-03-01',
  issuer: { code: issuer, status: issuerOk ? 'participant' : 'removed', goodStanding: issuerOk },
  countries: Object.fromEntries(countries.map((c) => [c.country, c])),
});
const paths = (d: { path?: string }[]) => d.map((x) => x.path);

describe('certificate request rules', () => {
  it('accepts a sane request', () => {
    expect(checkShape(request())).toEqual([]);
    expect(checkRules(request(), facts([good('ZA'), good('BE', 'EU')]))).toEqual([]);
  });

  it('returns every shape violation at once, each with its path', () => {
    const bad = {
      exporter: { name: '', address: 'x', country: 'za' },
      importer: { name: 'B', address: 'y', country: 'BE', phone: '1' },
      origin: 'mixed',
      goods: [
        { hsCode: '7102.10', carats: -1, valueUsd: 1.234 },
        { hsCode: '7102.10', carats: 1, valueUsd: 1 },
        { hsCode: '7103.10', carats: 1e9, valueUsd: 1 },
      ],
      parcels: 2.5,
      colour: 'D',
    };
    expect(paths(checkShape(bad)).sort()).toEqual(
      ['colour', 'exporter.name', 'exporter.country', 'importer.phone', 'provenance', 'goods[0].carats', 'goods[0].valueUsd', 'goods[1].hsCode', 'goods[2].hsCode', 'goods[2].carats', 'parcels'].sort(),
    );
    expect(checkShape(null)).toHaveLength(1);
    expect(paths(checkShape({ ...request(), exporter: { name: 'Mines \ud800 Ltd', address: 'x\u0000', country: 'ZA' } }))).toEqual(['exporter.name', 'exporter.address']);
    expect(checkShape({ ...request(), exporter: { name: 'Алроса 💎 Ltd', address: 'Mirny\nYakutia', country: 'RU' } })).toEqual([]);
    expect(paths(checkShape({ ...request(), goods: [] }))).toEqual(['goods']);
    expect(paths(checkShape({ ...request(), parcels: 0 }))).toEqual(['parcels']);
    expect(paths(checkShape({ ...request(), parcels: 1_000_000 }))).toEqual(['parcels']);
  });

  it('refuses bidi controls, zero-width characters and U+FFFD in every signed text, naming the field, the character and its position', () => {
    const cases: [string, string, string][] = [
      ['\u202A', 'U+202A', 'bidirectional control'],
      ['\u202E', 'U+202E', 'bidirectional control'],
      ['\u2066', 'U+2066', 'bidirectional isolate control'],
      ['\u2069', 'U+2069', 'bidirectional isolate control'],
      ['\u200B', 'U+200B', 'zero-width character'],
      ['\u200D', 'U+200D', 'zero-width character'],
      ['\uFEFF', 'U+FEFF', 'byte order mark'],
      ['\uFFFD', 'U+FFFD', 'replacement character'],
      // the attacker's review: marks, joiners, fillers, selectors, tags and controls that show nothing
      ['\u200F', 'U+200F', 'bidirectional mark'],
      ['\u200E', 'U+200E', 'bidirectional mark'],
      ['\u061C', 'U+061C', 'Arabic letter mark'],
      ['\u2060', 'U+2060', 'invisible joiner'],
      ['\u00AD', 'U+00AD', 'soft hyphen'],
      ['\u3164', 'U+3164', 'Hangul filler'],
      ['\uFE0F', 'U+FE0F', 'variation selector'],
      ['\u{E0041}', 'U+E0041', 'tag character'],
      ['\t', 'U+0009', 'tab'],
      ['\r', 'U+000D', 'carriage return'],
      ['\u0085', 'U+0085', 'control character'],
      ['\u2028', 'U+2028', 'line or paragraph separator'],
    ];
    for (const [ch, code, what] of cases) {
      const found = checkShape(request({ exporter: { name: `Acme${ch}Mines`, address: '1 Main Rd', country: 'ZA' } }));
      expect(found).toEqual([{ path: 'exporter.name', message: expect.stringContaining(`contains ${code}`) }]);
      expect(found[0]!.message).toContain(what);
      expect(found[0]!.message).toContain('at character 5');
    }
    // every field, every occurrence, positions counted in characters (an emoji is one)
    const many = checkShape(request({ importer: { name: '💎\u202Eevil', address: 'Hoveniers\u200Bstraat\u2067 2', country: 'BE' } }));
    expect(many.map((d) => [d.path, /U\+[0-9A-F]{4,5}/.exec(d.message)![0], /at character (\d+)/.exec(d.message)![1]])).toEqual([
      ['importer.name', 'U+202E', '2'],
      ['importer.address', 'U+200B', '10'],
      ['importer.address', 'U+2067', '17'],
    ]);
    // ordinary scripts, accents and line breaks are fine
    expect(checkShape(request({ exporter: { name: 'Société Minière de Bakwanga', address: 'Mbuji-Mayi\nدبي', country: 'ZA' } }))).toEqual([]);
  });

  it('signs names in NFC: a decomposed é and a composed one are the same bytes', () => {
    const decomposed = request({ exporter: { name: 'Socie\u0301te\u0301 Minie\u0300re', address: ' Kinshasa\u0301 ', country: 'ZA' } });
    expect(checkShape(decomposed)).toEqual([]);
    const n = normalizeRequest(decomposed);
    expect(n.exporter.name).toBe('Soci\u00e9t\u00e9 Mini\u00e8re');
    expect(n.exporter.name).toBe(n.exporter.name.normalize('NFC'));
    expect(n.exporter.address).toBe('Kinshas\u00e1');
  });

  it('refuses an exporter of another Participant, a removed, suspended or non-Participant importer, and trade inside one Participant', () => {
    const removed: StandingFact = { country: 'CG', participant: 'CG', status: 'removed', goodStanding: false, measures: [] };
    const r1 = checkRules(request({ exporter: { name: 'a', address: 'b', country: 'BW' }, importer: { name: 'c', address: 'd', country: 'CG' } }), facts([good('BW'), removed]));
    expect(paths(r1)).toEqual(['exporter.country', 'importer.country']);
    expect(r1[1]!.message).toContain('removed');
    const nonParticipant: StandingFact = { country: 'LR', participant: 'LR', status: 'non_participant', goodStanding: false, measures: [] };
    expect(checkRules(request({ importer: { name: 'c', address: 'd', country: 'LR' } }), facts([good('ZA'), nonParticipant]))[0]!.message).toContain('not a Participant');
    const suspended: StandingFact = { country: 'XX', participant: 'XX', status: 'suspended', goodStanding: false, measures: [] };
    expect(checkRules(request({ importer: { name: 'c', address: 'd', country: 'XX' } }), facts([good('ZA'), suspended]))[0]!.message).toContain('suspended');
    expect(paths(checkRules(request({ importer: { name: 'c', address: 'd', country: 'ZA' } }), facts([good('ZA')])))).toEqual(['importer.country']);
  });

  it('refuses an origin or provenance under a UN measure, and an issuer not in good standing', () => {
    const ci: StandingFact = { ...good('CI'), measures: [{ kind: 'embargo', basis: 'UNSC 1643 (2005)', validFrom: '2005-12-15', validTo: null }] };
    const r = checkRules(request({ origin: 'CI' }), facts([good('ZA'), good('BE', 'EU'), ci]));
    expect(paths(r)).toEqual(['origin']);
    expect(r[0]!.message).toContain('embargo');
    expect(paths(checkRules(request({ origin: 'mixed', provenance: 'CI' }), facts([good('ZA'), good('BE', 'EU'), ci])))).toEqual(['provenance']);
    expect(paths(checkRules(request(), facts([good('ZA'), good('BE', 'EU')], 'ZA', false)))).toEqual(['issuer']);
  });

  it('numbers certificates with the ISO code, the member state of export for the EU, the year and a sequence', () => {
    expect(formatNumber('ZA', 'ZA', 2006, 123)).toBe('ZA-2006-000123');
    expect(formatNumber('EU', 'BE', 2006, 45)).toBe('EU-BE-2006-000045');
    expect(participantOfNumber('EU-BE-2006-000045')).toBe('EU');
    expect(participantOfNumber('ZA-2006-000123')).toBe('ZA');
    expect(participantOfNumber('nonsense')).toBeUndefined();
  });

  it('sums the lines exactly to the cent', () => {
    expect(totals([{ hsCode: '7102.10', carats: 0.1, valueUsd: 0.2 }, { hsCode: '7102.21', carats: 0.2, valueUsd: 0.1 }])).toEqual({ carats: 0.3, valueUsd: 0.3 });
  });

  it('finds every mismatch of a confirmation', () => {
    const cert = { parcels: 3, totals: { carats: 100.5, valueUsd: 1 } };
    expect(confirmationMismatches(cert, { parcels: 3, carats: 100.5, sealsIntact: true })).toEqual([]);
    expect(paths(confirmationMismatches(cert, { parcels: 2, carats: 99, sealsIntact: false }))).toEqual(['parcels', 'carats', 'sealsIntact']);
  });
});

describe('the confirmation of a receipt (pure rules)', () => {
  const cert = { number: 'ZA-2006-000001', issuedAt: '2006-03-01T12:00:00.000Z', expiresAt: '2006-04-30T12:00:00.000Z' };

  it('refuses a day of receipt before issue, in the future or after expiry, naming the dates; accepts the first and last days', () => {
    expect(receiptDateProblem('2006-02-28', cert, '2006-05-01')).toEqual({ path: 'receivedOn', message: 'received on 2006-02-28, before ZA-2006-000001 was issued on 2006-03-01' });
    expect(receiptDateProblem('2006-03-05', cert, '2006-03-04')).toEqual({ path: 'receivedOn', message: 'received on 2006-03-05, in the future: the receipt is recorded on 2006-03-04' });
    expect(receiptDateProblem('2006-05-01', cert, '2006-06-01')).toEqual({ path: 'receivedOn', message: 'received on 2006-05-01, after ZA-2006-000001 expired on 2006-04-30' });
    expect(receiptDateProblem('2006-03-01', cert, '2006-03-01')).toBeNull();
    expect(receiptDateProblem('2006-04-30', cert, '2006-06-01')).toBeNull();
  });

  it('names every difference, value and HS lines only when the importer states them', () => {
    const stated = { parcels: 3, totals: { carats: 100.5, valueUsd: 2000 }, goods: [{ hsCode: '7102.10' as const, carats: 100.5, valueUsd: 2000 }] };
    expect(confirmationDifferences(stated, { parcels: 3, carats: 100.5, sealsIntact: true })).toEqual([]);
    expect(confirmationDifferences(stated, { parcels: 3, carats: 100.5, sealsIntact: true, valueUsd: 2000, goods: [{ hsCode: '7102.10', carats: 100.5, valueUsd: 2000 }] })).toEqual([]);
    expect(confirmationMismatches(stated, { parcels: 3, carats: 100.5, sealsIntact: true, valueUsd: 1500, goods: [{ hsCode: '7102.10', carats: 99, valueUsd: 2000 }] })).toEqual([
      { path: 'valueUsd', message: 'US$ 1500 declared on receipt, the certificate states US$ 2000' },
      { path: 'goods[7102.10].carats', message: 'HS 7102.10: 99 carats received, the certificate states 100.5' },
    ]);
  });
});

describe('UN diamond measures and replacements (pure rules)', () => {
  const ci1643 = { kind: 'embargo', basis: 'resolution 1643', validFrom: '2005-12-15', validTo: '2014-04-29', target: 'CI', symbol: 'S/RES/1643 (2005)', scope: 'rough diamonds export' as const };
  const ci: StandingFact = { country: 'CI', participant: 'CI', status: 'participant', goodStanding: true, measures: [ci1643], name: "Côte d'Ivoire", participantName: "Côte d'Ivoire" };
  const on = (day: string, countries: StandingFact[], issuer = 'CI'): RegistryFacts => ({ day, issuer: { code: issuer, status: 'participant', goodStanding: true }, countries: Object.fromEntries(countries.map((c) => [c.country, c])) });

  it('refuses the authority of a country under a measure barring its exports, whatever the declared origin', () => {
    const v = embargoViolations(request({ exporter: { name: 'x', address: 'y', country: 'CI' }, origin: 'ZA' }), on('2006-06-01', [ci, good('BE', 'EU'), good('ZA')]));
    expect(v).toEqual([{ path: 'exporter.country', message: expect.stringContaining("Côte d'Ivoire is under UN Security Council resolution 1643 (2005), a UN embargo in force on 1 June 2006 (from 15 December 2005 until 29 April 2014)") }]);
    expect(embargoViolations(request({ exporter: { name: 'x', address: 'y', country: 'CI' } }), on('2005-12-14', [ci, good('BE', 'EU')]))).toEqual([]);
    expect(embargoViolations(request(), on('2006-06-01', [good('ZA'), good('BE', 'EU')], 'ZA'))).toEqual([]);
  });

  it('a measure barring imports refuses the importer, not its exports; origin is judged by export measures only', () => {
    const importBan = { ...ci1643, target: 'IN', scope: 'rough diamonds import' as const };
    const india: StandingFact = { ...good('IN'), measures: [importBan], name: 'India' };
    expect(paths(checkRules(request({ importer: { name: 'x', address: 'y', country: 'IN' } }), on('2006-06-01', [good('ZA'), india], 'ZA')))).toEqual(['importer.country']);
    expect(checkRules(request({ exporter: { name: 'x', address: 'y', country: 'IN' }, origin: 'IN' }), on('2006-06-01', [india, good('BE', 'EU')], 'IN'))).toEqual([]);
  });

  it('flags a shipment under a measure on its day of issue or of receipt, once per measure', () => {
    expect(paths(embargoFlags(ci, good('BE', 'EU'), { issued: '2005-12-01', at: '2005-12-20' }))).toEqual(['embargo']);
    expect(paths(embargoFlags(ci, good('BE', 'EU'), { issued: '2006-06-01', at: '2006-06-02' }))).toEqual(['embargo']);
    expect(embargoFlags(ci, good('BE', 'EU'), { issued: '2005-12-01', at: '2005-12-02' })).toEqual([]);
  });

  it('names every violation of a replacement', () => {
    const a: CertificateFact = { number: 'ZA-2006-000002', participant: 'ZA', issuedAt: '2006-05-01T12:00:00.000Z', cancelled: null };
    const bw: CertificateFact = { number: 'BW-2006-000001', participant: 'BW', issuedAt: '2006-04-01T12:00:00.000Z', cancelled: { at: '2006-04-02T09:00:00.000Z', reason: 'void' } };
    expect(checkReplacement(a, 'ZA-2006-000009', undefined, undefined).map((d) => d.message)).toEqual(['no certificate numbered ZA-2006-000009 was issued: a replacement must be an existing certificate of ZA']);
    expect(checkReplacement(a, a.number, a, undefined)).toHaveLength(1);
    expect(checkReplacement(a, bw.number, bw, 'BW-2006-000000').map((d) => d.message.split(':')[0])).toEqual([
      'BW-2006-000001 was issued by BW, not by ZA which issued ZA-2006-000002',
      'BW-2006-000001 was itself cancelled on 2006-04-02 (void)',
      'BW-2006-000001 was issued on 2006-04-01T12',
      'BW-2006-000001 already replaces BW-2006-000000',
    ]);
    expect(checkReplacement(a, 'ZA-2006-000003', { ...a, number: 'ZA-2006-000003', issuedAt: '2006-05-02T12:00:00.000Z' }, undefined)).toEqual([]);
  });
});
