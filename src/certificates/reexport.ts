// Re-exports drawn against imports (issue #21, point 3). A request naming `imports: [{number, carats}]`
// is a re-export: each import certificate must be one addressed to the re-exporting Participant,
// confirmed received, not cancelled, imported by the company now exporting, with enough balance left
// (the carats confirmed received less earlier drawings of re-exports not cancelled). Origin and
// provenance follow from the imports. Checked once when the request is prepared (nothing written) and
// again inside the issuing transaction with the import certificates' rows locked in a fixed order.
import type { Db, Tx } from '../db/store.js';
import { detail, invalid, messagesOf, type ErrorDetail } from '../core/errors.js';
import { m as rc } from './receipt-messages.js';
import { nameKey } from '../companies/model.js';
import { under, type CertificateRequest, type ImportDrawing, type SignedCertificate } from './model.js';
import { participantOfNumber } from './numbering.js';
import * as log from './log.js';
import * as store from './reexport-store.js';

const cents = (x: number) => Math.round(x * 100);
const dayOf = (t: Date | string) => new Date(t).toISOString().slice(0, 10);

/** What a re-export's origin, provenance and list of origins are, from the certificates it draws on (pure). */
export function derivedOrigin(inputs: Pick<SignedCertificate, 'origin' | 'origins' | 'provenance' | 'issuer'>[], reExportingCountry: string): { origin: string; provenance: string; origins?: string[] } {
  const origins = new Set<string>();
  for (const d of inputs) {
    if (d.origin !== 'mixed') origins.add(d.origin);
    else for (const o of d.origins ?? [d.provenance ?? d.issuer.countryOfExport]) origins.add(o);
  }
  const exporters = new Set(inputs.map((d) => d.issuer.countryOfExport));
  // provenance: where the goods were last exported from — the one country they all came from, else the
  // trading centre that mixed them
  const provenance = exporters.size === 1 ? [...exporters][0]! : reExportingCountry;
  const list = [...origins].sort();
  return list.length === 1 ? { origin: list[0]!, provenance } : { origin: 'mixed', provenance, origins: list };
}

/**
 * Fills a re-export request's origin, provenance and origins from the certificates it draws on (before
 * its shape is checked). An unknown import is refused here, naming it; a stated origin or provenance
 * that differs from what the imports say is refused.
 */
export async function withDerivedOrigin(db: Db, request: Record<string, unknown>): Promise<Record<string, unknown>> {
  const imports = request.imports as unknown[];
  const docs: SignedCertificate[] = [];
  const unknown: ErrorDetail[] = [];
  for (const [i, d] of imports.entries()) {
    const number = (d as { number?: unknown })?.number;
    if (typeof number !== 'string') continue;
    const p = participantOfNumber(number);
    const row = p ? await store.importRow(db, p, number) : undefined;
    if (!row) unknown.push(detail(`imports[${i}].number`, rc('reexport.unknown', { number, none: rc('reexport.none') })));
    else docs.push(await log.storedDocument(db, row.document));
  }
  if (unknown.length) throw invalid(rc('reexport.refused', { problems: messagesOf(unknown) }), unknown);
  if (docs.length === 0) return request;
  const exporter = (request.exporter as { country?: unknown } | undefined)?.country;
  const derived = derivedOrigin(docs, typeof exporter === 'string' ? exporter : '');
  const problems: ErrorDetail[] = [];
  if (request.origin !== undefined && request.origin !== derived.origin) problems.push(detail('origin', rc('reexport.origin', { derived: derived.origin, origins: derived.origins ? ` (${derived.origins.join(', ')})` : '', stated: String(request.origin) })));
  if (request.provenance !== undefined && request.provenance !== derived.provenance) problems.push(detail('provenance', rc('reexport.provenance', { derived: String(derived.provenance), stated: String(request.provenance) })));
  if (problems.length) throw invalid(rc('reexport.refused', { problems: messagesOf(problems) }), problems);
  const { origins: _stated, ...rest } = request;
  return { ...rest, origin: derived.origin, provenance: derived.provenance, ...(derived.origins && { origins: derived.origins }) };
}

/**
 * Every problem of a re-export's drawings, each naming the import certificate and its balance left.
 * `pending`: carats already drawn on each import by requests issued in the same transaction; `lock`
 * takes the import rows' locks (sorted by number); `replacing`: the certificate an amendment replaces, whose
 * drawings are released with it.
 */
export async function drawingProblems(q: Db | Tx, req: CertificateRequest, issuing: string, opts: { lock?: boolean; pending?: Map<string, number>; replacing?: string } = {}): Promise<ErrorDetail[]> {
  if (!req.imports) return [];
  const out: ErrorDetail[] = [];
  const order = req.imports.map((d, i) => ({ d, i })).sort((a, b) => (a.d.number < b.d.number ? -1 : a.d.number > b.d.number ? 1 : 0));
  for (const { d, i } of order) {
    const path = `imports[${i}]`;
    const p = participantOfNumber(d.number);
    const row = p ? await store.importRow(q, p, d.number, opts.lock) : undefined;
    const none = rc('reexport.none');
    if (!row) {
      out.push(detail(`${path}.number`, rc('reexport.unknown', { number: d.number, none })));
      continue;
    }
    if (row.importer_participant !== issuing) {
      out.push(detail(`${path}.number`, rc('reexport.otherParticipant', { number: d.number, to: row.importer_participant, issuing, none })));
      continue;
    }
    if (row.cancelled_at) {
      out.push(detail(`${path}.number`, rc('reexport.cancelled', { number: d.number, day: dayOf(row.cancelled_at), reason: String(row.cancel_reason), none })));
      continue;
    }
    if (row.confirmed_carats === null) {
      out.push(detail(`${path}.number`, rc('reexport.unconfirmed', { number: d.number, issuing, none })));
      continue;
    }
    const doc = await log.storedDocument(q, row.document);
    if (nameKey(doc.importer.name) !== nameKey(req.exporter.name)) {
      out.push(detail(`${path}.number`, rc('reexport.otherCompany', { number: d.number, importer: doc.importer.name, exporter: req.exporter.name, none })));
      continue;
    }
    const confirmed = Number(row.confirmed_carats);
    const drawn = (await store.drawnOn(q, issuing, d.number, opts.replacing)) + (opts.pending?.get(d.number) ?? 0);
    const left = (cents(confirmed) - cents(drawn)) / 100;
    if (cents(d.carats) > cents(left)) {
      out.push(detail(`${path}.carats`, rc('reexport.overdrawn', { number: d.number, carats: String(d.carats), left: String(left), confirmed: String(confirmed), drawn: String(drawn) })));
      continue;
    }
    opts.pending?.set(d.number, (opts.pending.get(d.number) ?? 0) + d.carats);
  }
  return out;
}

/** Inside the issuing transaction: every re-export of the batch checked again with the import rows locked (sorted), all or nothing. */
export async function lockAndCheckDrawings(tx: Tx, jobs: readonly { req: CertificateRequest; issuing: string }[]): Promise<void> {
  const reExports = jobs.map((j, i) => ({ j, i })).filter((x) => x.j.req.imports);
  if (reExports.length === 0) return;
  const pending = new Map<string, number>();
  const details: ErrorDetail[] = [];
  for (const { j, i } of reExports) {
    const problems = await drawingProblems(tx, j.req, j.issuing, { lock: true, pending });
    details.push(...problems.map((p) => (jobs.length > 1 ? under(p, `requests[${i}].${p.path}`) : p)));
  }
  if (details.length) throw invalid(rc('reexport.refusedNothing', { problems: messagesOf(details) }), details);
}

/** The drawings of a batch's re-exports, written with them. */
export async function writeDrawings(tx: Tx, jobs: readonly { req: CertificateRequest; issuing: string }[], numbers: readonly string[], at: Date): Promise<void> {
  const rows = jobs.flatMap((j, i) =>
    (j.req.imports ?? []).map((d: ImportDrawing) => ({ participant: j.issuing, number: numbers[i]!, import_participant: participantOfNumber(d.number)!, import_number: d.number, carats: d.carats.toFixed(2), drawn_at: at })),
  );
  await store.insertDrawings(tx, rows);
}

/**
 * The chain of a certificate, for the authorities that see it whole: the imports a re-export draws on
 * (number, carats drawn, their issuer, origin, and whether each is cancelled), and the re-exports that
 * drew on an import (number, carats).
 */
export async function chainOf(q: Db | Tx, row: { participant: string; importer_participant: string; number: string }, doc: SignedCertificate) {
  const drawsOn = [];
  for (const d of doc.imports ?? []) {
    const p = participantOfNumber(d.number)!;
    const r = await store.importRow(q, p, d.number);
    const src = r ? await log.storedDocument(q, r.document) : undefined;
    drawsOn.push({ number: d.number, carats: d.carats, issuer: p, origin: src?.origin ?? null, origins: src?.origins ?? null, countryOfExport: src?.issuer.countryOfExport ?? null, cancelled: r?.cancelled_at != null });
  }
  const drawnBy = (await store.drawingsOn(q, row.importer_participant, row.number)).map((d) => ({ number: d.number, carats: Number(d.carats) }));
  return { ...(drawsOn.length > 0 && { drawsOn }), ...(drawnBy.length > 0 && { drawnBy }) };
}

/** The countries of origin a certificate states: its origin, or the list of a mixed origin. */
export const originsOf = (doc: Pick<SignedCertificate, 'origin' | 'origins'>): string[] => (doc.origin === 'mixed' ? [...(doc.origins ?? [])] : [doc.origin]);

/** One import certificate a re-export draws on, and those it draws on in turn (as far as this store knows). */
export interface ChainLink {
  number: string;
  /** the carats the certificate above drew on this one */
  carats: number;
  /** the issuing Participant (from the number) */
  issuer: string;
  /** false: the certificate is not in this store (issued and kept elsewhere); nothing more is known of it */
  known: boolean;
  issuedOn?: string;
  countryOfExport?: string;
  origin?: string;
  origins?: string[];
  cancelled?: boolean;
  /** a re-export itself: the certificates it draws on */
  drawsOn?: ChainLink[];
}

/** How deep and how wide a chain is followed (a chain is finite and acyclic by construction; the caps bound a look-up). */
export const CHAIN_DEPTH = 12;
export const CHAIN_LINKS = 200;

/**
 * The re-export chain of a certificate for the verification of an authority concerned (GET
 * /api/verify/{number}): each import certificate it draws on, with the carats drawn, its origins, and
 * recursively what that one draws on, as far as the store holds the certificates (up to CHAIN_DEPTH
 * levels and CHAIN_LINKS certificates).
 */
export async function drawsOnChain(q: Db | Tx, doc: Pick<SignedCertificate, 'imports'>): Promise<ChainLink[] | undefined> {
  let budget = CHAIN_LINKS;
  const walk = async (d: Pick<SignedCertificate, 'imports'>, depth: number, above: ReadonlySet<string>): Promise<ChainLink[] | undefined> => {
    if (!d.imports?.length || depth > CHAIN_DEPTH) return undefined;
    const out: ChainLink[] = [];
    for (const i of d.imports) {
      if (budget-- <= 0) break;
      const issuer = participantOfNumber(i.number) ?? '';
      const row = issuer && !above.has(i.number) ? await store.importRow(q, issuer, i.number) : undefined;
      if (!row) {
        out.push({ number: i.number, carats: i.carats, issuer, known: false });
        continue;
      }
      const src = await log.storedDocument(q, row.document);
      const deeper = await walk(src, depth + 1, new Set([...above, i.number]));
      out.push({
        number: i.number, carats: i.carats, issuer, known: true, issuedOn: dayOf(src.issuedAt), countryOfExport: src.issuer.countryOfExport,
        origin: src.origin, origins: originsOf(src), cancelled: row.cancelled_at != null, ...(deeper && { drawsOn: deeper }),
      });
    }
    return out;
  };
  return walk(doc, 1, new Set());
}
