// Blocks both reports draw from other domains' records, in the report's language: a UN measure (its
// Security Council resolution named in the language, any other basis quoted from the registry) and
// the cells of a monitoring finding (its type, severity and status in the language, its summary quoted).
import { CATALOGUE, country, day, t } from './catalogue.js';
import { unResolution, type Block, type Cell, type ReportLanguage } from './model.js';
import { findingTypeName } from '../../monitoring/detectors/index.js';

export interface MeasureRecord {
  target: string;
  kind: string;
  validFrom: string;
  basis: string;
}

export function measureBlocks(lang: ReportLanguage, year: number, m: MeasureRecord): Block[] {
  const resolution = unResolution(m.basis);
  const basis = resolution ? t(lang, 'basis.resolution', { resolution }) : t(lang, 'basis.registry');
  const text = t(lang, m.kind === 'embargo' ? 'p.measureEmbargo' : 'p.measureSanctions', { target: country(lang, year, m.target), from: day(lang, m.validFrom), basis });
  return resolution ? [{ type: 'paragraph', text }] : [{ type: 'paragraph', text }, { type: 'quote', text: m.basis, source: t(lang, 'source.registry') }];
}

export interface FindingRecord {
  participant: string;
  type: string;
  period: string;
  severity: string;
  summary: string;
  status?: string;
}

/** A code's text in the language ("severity.high"), or the code itself when the catalogue has none. */
function label(lang: ReportLanguage, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in CATALOGUE[lang] ? t(lang, key as never) : value;
}

/** Participant, finding (type and severity), period, summary (quoted) and, when asked, status. */
export function findingCells(lang: ReportLanguage, year: number, f: FindingRecord, withStatus: boolean): Cell[] {
  const cells: Cell[] = [
    country(lang, year, f.participant),
    `${findingTypeName(f.type, lang)} (${t(lang, 'finding.severity', { severity: label(lang, 'severity', f.severity) })})`,
    f.period,
    { quote: f.summary, source: t(lang, 'source.finding') },
  ];
  if (withStatus) cells.push(label(lang, 'findingStatus', f.status ?? ''));
  return cells;
}

export { label };
