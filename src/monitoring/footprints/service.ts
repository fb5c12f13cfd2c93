// Use cases of footprints: register a reference distribution of a producing area from footprint.csv,
// compare a parcel with every reference, and keep the photo table of typical production per area.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { conflict, invalid, KpcsError, notFound, type ErrorDetail } from '../../core/errors.js';
import type { Actor } from '../../auth/model.js';
import { authorize } from '../policy.js';
import * as audit from '../../audit/service.js';
import * as participants from '../../participants/service.js';
import { compare as compareSamples, normalisedRows, readSample, type Comparison, type ReferenceDistribution, type Sample } from './model.js';
import * as store from './store.js';

/** The largest photo accepted (bytes). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
/** The largest footprint file accepted (bytes): a sample has tens of classes, not thousands. */
export const MAX_CSV_BYTES = 256 * 1024;

/** Reads footprint.csv (UTF-8) into one sample on the reference scheme; all or nothing. */
export function readFootprintCsv(bytes: Uint8Array | string, scheme?: string): Sample {
  if (typeof bytes !== 'string' && bytes.byteLength > MAX_CSV_BYTES) throw invalid(`The footprint file is larger than ${MAX_CSV_BYTES / 1024} KiB.`, [{ path: 'file', message: 'too large' }]);
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid('The footprint file is not UTF-8 text. Nothing was read.', [{ row: 1, message: 'not UTF-8' }]);
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    throw invalid(`The footprint file cannot be read as CSV: ${(e as Error).message}. Nothing was read.`, [{ row: 1, message: 'not CSV' }]);
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
  if (!(await participants.exists(db, participant))) errors.push({ path: 'participant', message: `${participant} is not a Participant of the registry` });
  const area = input.area.trim();
  if (!area || area.length > 200) errors.push({ path: 'area', message: 'name the producing area (1 to 200 characters)' });
  const source = input.source.trim();
  if (!source || source.length > 1000) errors.push({ path: 'source', message: 'say where the run-of-mine sample comes from (1 to 1000 characters)' });
  if (input.sampledOn == null) {
    // not stated by the source
  } else if (!isDay(input.sampledOn)) errors.push({ path: 'sampledOn', message: `"${input.sampledOn}" is not a day (yyyy-mm-dd)` });
  else if (input.sampledOn > new Date().toISOString().slice(0, 10)) errors.push({ path: 'sampledOn', message: 'the sample cannot be taken in the future' });
  let sample: Sample | undefined;
  try {
    sample = readFootprintCsv(input.file, input.scheme);
  } catch (e) {
    if (!(e instanceof KpcsError)) throw e;
    if (!errors.length) throw e;
    errors.push(...e.details);
  }
  if (errors.length || !sample) throw invalid(`The reference distribution cannot be registered: ${errors.map((e) => e.message).join('; ')}. Nothing was registered.`, errors);
  const rows = normalisedRows(sample);
  const carats = rows.reduce((s, r) => s + BigInt(r.carats.replace('.', '')), 0n);
  const record = {
    id: randomUUID(), participant, area, sample: sample.name, source, sampledOn: input.sampledOn ?? null, synthetic: input.synthetic ?? false, scheme: sample.scheme,
    classes: rows, stones: rows.reduce((s, r) => s + r.stones, 0), carats: `${carats / 100n}.${String(carats % 100n).padStart(2, '0')}`, createdBy: actor.name,
  };
  await transaction(db, async (tx) => {
    if (await store.referenceExists(tx, participant, area, sample!.name)) throw conflict(`${participant} ${area} already has a reference named ${sample!.name}; name the new sample differently.`);
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
  if (!r) throw notFound(`No reference distribution ${id}.`);
  return { ...r, photoList: await store.photos(db, r.participant, r.id) };
}

/** Compares a parcel (footprint.csv) with every reference distribution; ranked, or a warning for sorted goods. */
export async function compare(db: Db, actor: Actor, file: Uint8Array | string, options: { scheme?: string; sorted?: boolean } = {}): Promise<Comparison> {
  authorize(actor, 'footprints.compare');
  const parcel = readFootprintCsv(file, options.scheme);
  const refs = await store.listReferences(db);
  const distributions: ReferenceDistribution[] = refs.map((r) => ({
    id: r.id, participant: r.participant, area: r.area, synthetic: r.synthetic,
    rows: r.classes.map((c) => ({ class: { lower: c.lower, upper: c.upper }, written: c.written, stones: c.stones, carats: c.carats })),
  }));
  return compareSamples(parcel, distributions, { sorted: options.sorted });
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
  if (bytes.byteLength === 0) errors.push({ path: 'body', message: 'the photo is empty' });
  if (bytes.byteLength > MAX_PHOTO_BYTES) errors.push({ path: 'body', message: `the photo is ${bytes.byteLength} bytes; at most ${MAX_PHOTO_BYTES} are accepted` });
  const type = imageType(bytes);
  if (bytes.byteLength && !type) errors.push({ path: 'body', message: 'the file is neither a PNG nor a JPEG image (checked by its content)' });
  else if (type && declaredType && declaredType !== type && declaredType !== 'application/octet-stream') errors.push({ path: 'content-type', message: `sent as ${declaredType} but the content is ${type}` });
  const text = caption.trim();
  if (text.length > 500) errors.push({ path: 'caption', message: 'at most 500 characters' });
  if (errors.length) throw invalid(`The photo cannot be added: ${errors.map((e) => e.message).join('; ')}.`, errors);
  const id = randomUUID();
  const meta = await transaction(db, async (tx) => {
    const ref = await store.referenceById(tx, referenceId);
    if (!ref) throw notFound(`No reference distribution ${referenceId}.`);
    const m = { id, referenceId, participant: ref.participant, contentType: type!, caption: text, size: bytes.byteLength, uploadedBy: actor.name };
    await store.insertPhoto(tx, m, bytes, new Date());
    await audit.record(tx, actor, 'footprints.photo.add', id, { reference: referenceId, participant: ref.participant, area: ref.area, contentType: type, size: bytes.byteLength, caption: text });
    return m;
  });
  return (await store.photos(db, meta.participant, referenceId)).find((p) => p.id === id)!;
}

export async function photo(db: Db, actor: Actor, id: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  authorize(actor, 'footprints.read');
  const p = await store.photoBytes(db, id);
  if (!p) throw notFound(`No photo ${id}.`);
  return p;
}
