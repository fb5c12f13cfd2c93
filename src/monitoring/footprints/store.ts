// SQL of footprints: reference distributions and their photos.
import type { Db, Tx } from '../../db/store.js';
import type { StoredClass } from '../../db/tables/footprints.js';
import type { Scheme } from './sieves.js';

type Q = Db | Tx;

export interface ReferenceRecord {
  id: string;
  participant: string;
  area: string;
  sample: string;
  source: string;
  sampledOn: string | null;
  synthetic: boolean;
  scheme: Scheme;
  classes: StoredClass[];
  stones: number;
  carats: string;
  createdAt: string;
  createdBy: string;
  photos: number;
}

const COLUMNS = ['participant', 'id', 'area', 'sample', 'source', 'sampled_on', 'synthetic', 'scheme', 'classes', 'stones', 'carats', 'created_at', 'created_by'] as const;

function toRecord(r: { participant: string; id: string; area: string; sample: string; source: string; sampled_on: string | null; synthetic: boolean; scheme: string; classes: unknown; stones: number; carats: string; created_at: Date; created_by: string; photos?: number | string | bigint | null }): ReferenceRecord {
  return {
    id: r.id, participant: r.participant, area: r.area, sample: r.sample, source: r.source, sampledOn: r.sampled_on === null ? null : String(r.sampled_on), synthetic: r.synthetic, scheme: r.scheme as Scheme,
    classes: (typeof r.classes === 'string' ? JSON.parse(r.classes) : r.classes) as StoredClass[],
    stones: Number(r.stones), carats: String(r.carats), createdAt: new Date(r.created_at).toISOString(), createdBy: r.created_by, photos: Number(r.photos ?? 0),
  };
}

export async function insertReference(tx: Tx, r: Omit<ReferenceRecord, 'createdAt' | 'photos'>, at: Date) {
  await tx
    .insertInto('footprint_references')
    .values({ participant: r.participant, id: r.id, area: r.area, sample: r.sample, source: r.source, sampled_on: r.sampledOn, synthetic: r.synthetic, scheme: r.scheme, classes: JSON.stringify(r.classes), stones: r.stones, carats: r.carats, created_at: at, created_by: r.createdBy })
    .execute();
}

export async function listReferences(q: Q, filter: { participant?: string } = {}): Promise<ReferenceRecord[]> {
  let query = q
    .selectFrom('footprint_references as r')
    .select(COLUMNS.map((c) => `r.${c}` as const))
    .select((eb) => eb.selectFrom('footprint_photos as p').whereRef('p.participant', '=', 'r.participant').whereRef('p.reference_id', '=', 'r.id').select((e) => e.fn.countAll<number>().as('n')).as('photos'));
  if (filter.participant) query = query.where('r.participant', '=', filter.participant);
  const rows = await query.orderBy('r.participant').orderBy('r.area').orderBy('r.sampled_on', 'desc').execute();
  return rows.map(toRecord);
}

export async function referenceById(q: Q, id: string): Promise<ReferenceRecord | undefined> {
  const r = await q
    .selectFrom('footprint_references as r')
    .select(COLUMNS.map((c) => `r.${c}` as const))
    .select((eb) => eb.selectFrom('footprint_photos as p').whereRef('p.participant', '=', 'r.participant').whereRef('p.reference_id', '=', 'r.id').select((e) => e.fn.countAll<number>().as('n')).as('photos'))
    .where('r.id', '=', id)
    .executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

export async function referenceExists(q: Q, participant: string, area: string, sample: string): Promise<boolean> {
  const r = await q.selectFrom('footprint_references').select('id').where('participant', '=', participant).where('area', '=', area).where('sample', '=', sample).executeTakeFirst();
  return r !== undefined;
}

export interface PhotoMeta {
  id: string;
  referenceId: string;
  participant: string;
  contentType: 'image/png' | 'image/jpeg';
  caption: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
}

export async function insertPhoto(tx: Tx, p: Omit<PhotoMeta, 'uploadedAt'>, bytes: Uint8Array, at: Date) {
  await tx
    .insertInto('footprint_photos')
    .values({ participant: p.participant, reference_id: p.referenceId, id: p.id, content_type: p.contentType, caption: p.caption, bytes, size: p.size, uploaded_at: at, uploaded_by: p.uploadedBy })
    .execute();
}

export async function photos(q: Q, participant: string, referenceId: string): Promise<PhotoMeta[]> {
  const rows = await q
    .selectFrom('footprint_photos')
    .select(['id', 'reference_id', 'participant', 'content_type', 'caption', 'size', 'uploaded_at', 'uploaded_by'])
    .where('participant', '=', participant)
    .where('reference_id', '=', referenceId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, referenceId: r.reference_id, participant: r.participant, contentType: r.content_type, caption: r.caption, size: r.size, uploadedAt: new Date(r.uploaded_at).toISOString(), uploadedBy: r.uploaded_by }));
}

export async function photoBytes(q: Q, id: string): Promise<{ contentType: string; bytes: Uint8Array } | undefined> {
  const r = await q.selectFrom('footprint_photos').select(['content_type', 'bytes']).where('id', '=', id).executeTakeFirst();
  return r ? { contentType: r.content_type, bytes: r.bytes } : undefined;
}
