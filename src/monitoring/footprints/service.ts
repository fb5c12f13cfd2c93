// Use cases of footprints: register a reference distribution of a producing area from footprint.csv,
// compare a parcel with every reference, and keep the photo table of typical production per area.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, detail, detailAt, invalid, KpcsError, messagesOf, notFound, type ErrorDetail } from '../../core/errors.js';
import { field } from '../../core/messages.js';
import type { Actor } from '../../auth/model.js';
import type { Language } from '../../core/i18n.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import * as participants from '../../participants/service.js';
import { compare as compareSamples, normalisedRows, readSample, type Comparison, type ReferenceDistribution, type Sample } from './model.js';
import * as store from './store.js';
import { m } from './messages.js';

/** The largest photo accepted (bytes). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
/** The largest footprint file accepted (bytes): a sample has tens of classes, not thousands. */
export const MAX_CSV_BYTES = 256 * 1024;

/** Reads footprint.csv (UTF-8) into one sample on the reference scheme; all or nothing. */
export function readFootprintCsv(bytes: Uint8Array | string, scheme?: string): Sample {
  if (typeof bytes !== 'string' && bytes.byteLength > MAX_CSV_BYTES) throw invalid(m('file.tooLarge', { max: MAX_CSV_BYTES / 1024 }), [detail('file', m('file.tooLargeDetail'))]);
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(m('file.notText', { encoding: 'UTF-8' }), [detailAt({ row: 1 }, m('file.notTextDetail', { encoding: 'UTF-8' }))]);
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    throw invalid(m('file.notCsv', { format: 'CSV', reason: (e as Error).message }), [detailAt({ row: 1 }, m('file.notCsvDetail', { format: 'CSV' }))]);
  }
  return readSample(records.map((r) => ({ row: r.info.lines, cells: r.record })), scheme);
}

export interface NewReference {
  participant: string;
  area: string;
  source: string;
  /** the day the run-of-mine sample was taken, yyyy-mm-dd, when known */
  sampledOn?: string | null;
  /** illustrative demo data, never a real footprint */
  synthetic?: boolean;
  scheme?: string;
  file: Uint8Array | string;
}

function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export async function addReference(db: Db, actor: Actor, input: NewReference): Promise<store.ReferenceRecord> {
  authorize(actor, 'footprints.manage');
  const errors: ErrorDetail[] = [];
  const participant = input.participant.trim().toUpperCase();
  if (!(await participants.exists(db, participant))) errors.push(detail('participant', m('reference.notParticipant', { participant })));
  const area = input.area.trim();
  if (!area || area.length > 200) errors.push(detail('area', m('reference.area', { max: 200 })));
  const source = input.source.trim();
  if (!source || source.length > 1000) errors.push(detail('source', m('reference.source', { max: 1000 })));
  if (input.sampledOn == null) {
    // not stated by the source
  } else if (!isDay(input.sampledOn)) errors.push(detail('sampledOn', m('reference.notADay', { value: input.sampledOn })));
  else if (input.sampledOn > new Date().toISOString().slice(0, 10)) errors.push(detail('sampledOn', m('reference.sampledInFuture')));
  let sample: Sample | undefined;
  try {
    sample = readFootprintCsv(input.file, input.scheme);
  } catch (e) {
    if (!(e instanceof KpcsError)) throw e;
    if (!errors.length) throw e;
    errors.push(...e.details);
  }
  if (errors.length || !sample) throw invalid(m('reference.refused', { problems: messagesOf(errors) }), errors);
  const rows = normalisedRows(sample);
  const carats = rows.reduce((s, r) => s + BigInt(r.carats.replace('.', '')), 0n);
  const record = {
    id: randomUUID(), participant, area, sample: sample.name, source, sampledOn: input.sampledOn ?? null, synthetic: input.synthetic ?? false, scheme: sample.scheme,
    classes: rows, stones: rows.reduce((s, r) => s + r.stones, 0), carats: `${carats / 100n}.${String(carats % 100n).padStart(2, '0')}`, createdBy: actor.name,
  };
  await transaction(db, async (tx) => {
    if (await store.referenceExists(tx, participant, area, sample!.name)) throw conflict(m('reference.duplicate', { participant, area, sample: sample!.name }));
    await store.insertReference(tx, record, new Date());
    await audit.record(tx, actor, 'footprints.reference.add', record.id, { participant, area, sample: sample!.name, scheme: sample!.scheme, synthetic: record.synthetic, stones: record.stones, carats: record.carats, conversions: sample!.conversions });
  });
  return (await store.referenceById(db, record.id))!;
}

export async function listReferences(db: Db, actor: Actor, filter: { participant?: string } = {}) {
  authorize(actor, 'footprints.read');
  return store.listReferences(db, filter);
}

export async function getReference(db: Db, actor: Actor, id: string) {
  authorize(actor, 'footprints.read');
  const r = await store.referenceById(db, id);
  if (!r) throw notFound(m('reference.unknown', { id }));
  return { ...r, photoList: await store.photos(db, r.participant, r.id) };
}

/** Compares a parcel (footprint.csv) with every reference distribution; ranked, or a warning for sorted goods. */
export async function compare(db: Db, actor: Actor, file: Uint8Array | string, options: { scheme?: string; sorted?: boolean; lang?: Language } = {}): Promise<Comparison> {
  authorize(actor, 'footprints.compare');
  const parcel = readFootprintCsv(file, options.scheme);
  const refs = await store.listReferences(db);
  const distributions: ReferenceDistribution[] = refs.map((r) => ({
    id: r.id, participant: r.participant, area: r.area, synthetic: r.synthetic,
    rows: r.classes.map((c) => ({ class: { lower: c.lower, upper: c.upper }, written: c.written, stones: c.stones, carats: c.carats })),
  }));
  return compareSamples(parcel, distributions, { sorted: options.sorted, lang: options.lang });
}

/** What the bytes are, by their first bytes (the declared type is not trusted). */
export function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

export async function addPhoto(db: Db, actor: Actor, referenceId: string, bytes: Uint8Array, caption: string, declaredType?: string): Promise<store.PhotoMeta> {
  authorize(actor, 'footprints.manage');
  const errors: ErrorDetail[] = [];
  if (bytes.byteLength === 0) errors.push(detail('body', m('photo.empty')));
  if (bytes.byteLength > MAX_PHOTO_BYTES) errors.push(detail('body', m('photo.tooLarge', { size: bytes.byteLength, max: MAX_PHOTO_BYTES })));
  const type = imageType(bytes);
  if (bytes.byteLength && !type) errors.push(detail('body', m('photo.notImage', { png: 'PNG', jpeg: 'JPEG' })));
  else if (type && declaredType && declaredType !== type && declaredType !== 'application/octet-stream') errors.push(detail('content-type', m('photo.typeMismatch', { declared: declaredType, type })));
  const text = caption.trim();
  if (text.length > 500) errors.push(detail('caption', field('tooLong', { max: 500 })));
  if (errors.length) throw invalid(m('photo.refused', { problems: messagesOf(errors) }), errors);
  const id = randomUUID();
  const meta = await transaction(db, async (tx) => {
    const ref = await store.referenceById(tx, referenceId);
    if (!ref) throw notFound(m('reference.unknown', { id: referenceId }));
    const photo = { id, referenceId, participant: ref.participant, contentType: type!, caption: text, size: bytes.byteLength, uploadedBy: actor.name };
    await store.insertPhoto(tx, photo, bytes, new Date());
    await audit.record(tx, actor, 'footprints.photo.add', id, { reference: referenceId, participant: ref.participant, area: ref.area, contentType: type, size: bytes.byteLength, caption: text });
    return photo;
  });
  return (await store.photos(db, meta.participant, referenceId)).find((p) => p.id === id)!;
}

export async function photo(db: Db, actor: Actor, id: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  authorize(actor, 'footprints.read');
  const p = await store.photoBytes(db, id);
  if (!p) throw notFound(m('photo.unknown', { id }));
  return p;
}
