// SQL of documents and their language versions.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/store.js';
import { likePattern, type AccessLevel, type DocumentLanguage } from './model.js';

type Q = Db | Tx;

export interface VersionMeta { language: DocumentLanguage; filename: string; mediaType: string; size: number }

export interface DocumentRow {
  id: string;
  title: string;
  category: string;
  publishedOn: string;
  owner: string | null;
  access: AccessLevel;
  group: string | null;
  organisations: string[];
  link: string | null;
  createdBy: string;
  /** the user who published it (null before migration 0017): a working group's member changes only its own */
  createdByUser: string | null;
  versions: VersionMeta[];
}

const ORDER = ['en', 'fr', 'pt', 'es', 'ru'];

/** Documents (without content), newest first; `q` matches the title or any version's text. */
export async function list(q: Q, filter: { category?: string; year?: number; q?: string; language?: string; ids?: string[] }): Promise<DocumentRow[]> {
  let query = q.selectFrom('documents as d').selectAll('d');
  if (filter.category) query = query.where('d.category', '=', filter.category);
  if (filter.year !== undefined) query = query.where('d.published_on', '>=', `${filter.year}-01-01`).where('d.published_on', '<=', `${filter.year}-12-31`);
  if (filter.ids) query = query.where('d.id', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
  if (filter.language) query = query.where((eb) => eb.exists(eb.selectFrom('document_versions as v').select('v.language').whereRef('v.document_id', '=', 'd.id').where('v.language', '=', filter.language as DocumentLanguage)));
  if (filter.q?.trim()) {
    const pattern = likePattern(filter.q.trim());
    query = query.where((eb) =>
      eb.or([
        eb('d.title', 'ilike', pattern),
        eb.exists(eb.selectFrom('document_versions as v').select('v.language').whereRef('v.document_id', '=', 'd.id').where(sql<boolean>`v.text ilike ${pattern}`)),
      ]),
    );
  }
  const rows = await query.orderBy('d.published_on', 'desc').orderBy('d.title').execute();
  const versions = rows.length
    ? await q.selectFrom('document_versions').select(['document_id', 'language', 'filename', 'media_type', 'size']).where('document_id', 'in', rows.map((r) => r.id)).execute()
    : [];
  return rows.map((r) => ({
    id: r.id, title: r.title, category: r.category, publishedOn: r.published_on, owner: r.owner, access: r.access, group: r.access_group,
    organisations: r.access_organisations, link: r.link, createdBy: r.created_by, createdByUser: r.created_by_user,
    versions: versions
      .filter((v) => v.document_id === r.id)
      .map((v) => ({ language: v.language, filename: v.filename, mediaType: v.media_type, size: v.size }))
      .sort((a, b) => ORDER.indexOf(a.language) - ORDER.indexOf(b.language)),
  }));
}

export async function byId(q: Q, id: string): Promise<DocumentRow | undefined> {
  return (await list(q, { ids: [id] }))[0];
}

export async function exists(q: Q, id: string): Promise<boolean> {
  return (await q.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function insert(tx: Tx, d: Omit<DocumentRow, 'versions'>) {
  await tx
    .insertInto('documents')
    .values({ id: d.id, title: d.title, category: d.category, published_on: d.publishedOn, owner: d.owner, access: d.access, access_group: d.group, access_organisations: d.organisations, link: d.link, created_by: d.createdBy, created_by_user: d.createdByUser })
    .execute();
}

export async function putVersion(tx: Tx, documentId: string, v: VersionMeta & { content: Uint8Array; text: string | null }) {
  const values = { filename: v.filename, media_type: v.mediaType, size: v.size, content: v.content, text: v.text };
  await tx
    .insertInto('document_versions')
    .values({ document_id: documentId, language: v.language, ...values })
    .onConflict((oc) => oc.columns(['document_id', 'language']).doUpdateSet(values))
    .execute();
}

export async function content(q: Q, documentId: string, language: string) {
  const r = await q.selectFrom('document_versions').select(['filename', 'media_type', 'content']).where('document_id', '=', documentId).where('language', '=', language as DocumentLanguage).executeTakeFirst();
  return r && { filename: r.filename, mediaType: r.media_type, content: Buffer.from(r.content) };
}
