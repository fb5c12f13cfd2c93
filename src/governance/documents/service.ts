// Use cases of documents: publish a document with its access level and its language versions, browse
// what there is (by category and year, with counts), search title and text, read and download — each
// caller seeing only what its access admits (model.ts, mayRead), never the title of anything else.
import { day } from '../../core/i18n.js';
import { m as msg } from '../messages.js';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/store.js';
import { transaction } from '../../db/transaction.js';
import { detail, forbidden, invalid, KpcsError, notFound, type ErrorDetail } from '../../core/errors.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { isIsoDay } from '../../core/time.js';
import type { Actor } from '../../auth/model.js';
import { authorize, can } from '../policy.js';
import { has, isAdmin, isChair } from '../../auth/rules.js';
import * as audit from '../../audit/service.js';
import { notify } from '../../notifications/service.js';
import * as groups from '../groups/service.js';
import { checkMediaType } from './media.js';
import { accessProblems, ACCESS_LEVELS, CATEGORIES, DOCUMENT_LANGUAGES, formatBytes, MAX_CONTENT_BYTES, mayRead, type AccessLevel, type DocumentLanguage } from './model.js';
import * as store from './store.js';

export type Document = store.DocumentRow;

const hidden = (id: string) => notFound(m('hidden', { id }));
const readable = (actor: Actor, d: Document) => mayRead(actor, { access: d.access, group: d.group, organisations: d.organisations, owner: d.owner });

export interface DocumentFilter { category?: string; year?: number; q?: string; language?: string }

export async function list(db: Db, actor: Actor, filter: DocumentFilter = {}): Promise<Document[]> {
  authorize(actor, 'documents.read');
  return (await store.list(db, filter)).filter((d) => readable(actor, d));
}

/** What there is, at once: the readable documents counted by category and year, and by language. */
export async function browse(db: Db, actor: Actor) {
  const docs = await list(db, actor);
  const groups = new Map<string, { category: string; year: number; count: number }>();
  for (const d of docs) {
    const year = Number(d.publishedOn.slice(0, 4));
    const key = `${d.category}|${year}`;
    const g = groups.get(key) ?? { category: d.category, year, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  const categories = [...new Set(docs.map((d) => d.category))].sort((a, b) => CATEGORIES.indexOf(a as never) - CATEGORIES.indexOf(b as never) || a.localeCompare(b));
  return {
    total: docs.length,
    categories: categories.map((category) => {
      const years = [...groups.values()].filter((g) => g.category === category).sort((a, b) => b.year - a.year);
      return { category, count: years.reduce((n, y) => n + y.count, 0), years: years.map(({ year, count }) => ({ year, count })) };
    }),
    languages: DOCUMENT_LANGUAGES.map((language) => ({ language, count: docs.filter((d) => d.versions.some((v) => v.language === language)).length })),
  };
}

export async function get(db: Db, actor: Actor, id: string): Promise<Document> {
  authorize(actor, 'documents.read');
  const d = await store.byId(db, id);
  if (!d || !readable(actor, d)) throw hidden(id);
  return d;
}

export async function download(db: Db, actor: Actor, id: string, language: string) {
  const d = await get(db, actor, id);
  const c = await store.content(db, id, language);
  if (!c) throw notFound(m('noVersion', { id, language, available: d.versions.map((v) => v.language).join(', ') }));
  return c;
}

/** For other domains linking to a document (a decision, a review report). */
export async function checkExists(q: Db | Tx, id: string, path: string): Promise<void> {
  if (!(await store.exists(q, id))) throw invalid(m('notFound', { id }), [detail(path, m('unknown'))]);
}

export interface VersionInput {
  language: string;
  /** the version as text (stored as UTF-8 text/plain) */
  text?: string;
  /** or a file, base64-encoded */
  contentBase64?: string;
  filename?: string;
  mediaType?: string;
}

export interface NewDocument {
  title: string;
  category: string;
  publishedOn: string;
  access: AccessLevel;
  group?: string | null;
  organisations?: string[];
  owner?: string | null;
  link?: string | null;
  versions: VersionInput[];
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'document';

function prepareVersion(v: VersionInput, title: string, path: string, problems: ErrorDetail[]) {
  if (!(DOCUMENT_LANGUAGES as readonly string[]).includes(v.language)) problems.push(detail(`${path}.language`, common('mustBeOneOf', { allowed: DOCUMENT_LANGUAGES.join(', ') })));
  const hasText = v.text !== undefined && v.text !== '';
  if (hasText === (v.contentBase64 !== undefined)) {
    problems.push(detail(path, m('version.either', { field: 'contentBase64' })));
    return null;
  }
  let content: Buffer;
  let text: string | null;
  let mediaType: string;
  if (hasText) {
    content = Buffer.from(v.text!, 'utf8');
    text = v.text!;
    mediaType = 'text/plain; charset=utf-8';
  } else {
    const b64 = v.contentBase64!.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      problems.push(detail(`${path}.contentBase64`, m('version.notBase64', { format: 'base64' })));
      return null;
    }
    content = Buffer.from(b64, 'base64');
    mediaType = 'application/octet-stream';
    text = null;
  }
  if (content.length === 0) problems.push(detail(path, m('version.empty')));
  if (content.length > MAX_CONTENT_BYTES) return { tooLarge: detail(path, m('version.tooLarge', { size: formatBytes(content.length), bytes: String(content.length), max: formatBytes(MAX_CONTENT_BYTES), maxBytes: String(MAX_CONTENT_BYTES) })) };
  if (!hasText && content.length > 0) {
    // the media type is what the bytes show, not what the uploader says (media.ts)
    const checked = checkMediaType(v.mediaType, content);
    if ('problem' in checked) {
      problems.push(detail(`${path}.${checked.field === 'mediaType' ? 'mediaType' : 'contentBase64'}`, checked.problem));
      return null;
    }
    mediaType = checked.mediaType;
    text = mediaType.startsWith('text/') ? content.toString('utf8') : null;
  }
  const filename = v.filename?.trim() || `${slug(title)}.${v.language}.${hasText ? 'txt' : 'bin'}`;
  if (/[/\\"\r\n]/.test(filename)) problems.push(detail(`${path}.filename`, m('version.filename', { characters: '/ \\ "' })));
  return { version: { language: v.language as DocumentLanguage, filename, mediaType, size: content.length, content, text } };
}

function prepareVersions(versions: VersionInput[], title: string, pathOf: (i: number) => string) {
  const problems: ErrorDetail[] = [];
  const tooLarge: ErrorDetail[] = [];
  const out: { language: DocumentLanguage; filename: string; mediaType: string; size: number; content: Buffer; text: string | null }[] = [];
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    if (seen.has(v.language)) problems.push(detail(`${pathOf(i)}.language`, m('version.twice', { language: v.language })));
    seen.add(v.language);
    const p = prepareVersion(v, title, pathOf(i), problems);
    if (p?.tooLarge) tooLarge.push(p.tooLarge);
    if (p?.version) out.push(p.version);
  });
  if (tooLarge.length) throw new KpcsError('payload_too_large', m('version.tooLargeAll', { max: formatBytes(MAX_CONTENT_BYTES), problems: tooLarge.map((t) => common('atPath', { path: t.path!, problem: t.msg! })) }), tooLarge);
  return { versions: out, problems };
}

/**
 * Who publishes: the resource the policy sees is the document's owner and group (see policy.ts); then
 * the facts the policy table cannot see. An authority officer publishes for a working group only when
 * its Participant belongs to the group (or chairs it); a working group's member replaces only the
 * documents it published, unless its Participant or organisation chairs the group.
 */
async function authorizePublish(db: Db, actor: Actor, d: { owner: string | null; access: AccessLevel; group: string | null }, existing?: Document) {
  const resource = { participant: d.owner ?? '(no owner)', group: d.access === 'group' && d.group ? d.group : '(no working group)' };
  if (!can(actor, 'documents.publish', resource) && d.owner === null && actor.participant && can(actor, 'documents.publish', { ...resource, participant: actor.participant })) {
    throw forbidden(m('publish.owner', { actor: actor.name, participant: actor.participant }));
  }
  authorize(actor, 'documents.publish', resource);
  if (isChair(actor) || isAdmin(actor) || d.access !== 'group' || !d.group) return;
  // a new language version of a document its Participant owns (e.g. its action plan shared with a group)
  if (existing && has(actor, 'officer') && d.owner !== null && d.owner === actor.participant) return;
  const member = actor.participant ?? actor.organisation;
  const standing = member ? await groups.standing(db, d.group, member) : undefined;
  if (standing && !standing.exists) throw invalid(m('publish.noGroup', { group: d.group }), [detail('group', m('publish.unknownGroup'))]);
  if (!standing?.member && !standing?.chair) {
    throw forbidden(m('publish.notMember', { actor: actor.name, group: d.group, member: member ?? m('publish.it') }));
  }
  if (existing && !standing.chair && existing.createdByUser !== actor.userId) {
    throw forbidden(m('publish.notAuthor', { actor: actor.name, group: d.group, title: existing.title, author: existing.createdBy, chair: String(standing.chairedBy) }));
  }
}

export async function create(db: Db, actor: Actor, input: NewDocument): Promise<Document> {
  authorize(actor, 'documents.publish');
  const problems: ErrorDetail[] = [];
  const title = input.title?.trim() ?? '';
  if (!title) problems.push(detail('title', common('isRequired')));
  if (!(CATEGORIES as readonly string[]).includes(input.category)) problems.push(detail('category', common('mustBeOneOf', { allowed: CATEGORIES.join(', ') })));
  if (!isIsoDay(input.publishedOn)) problems.push(detail('publishedOn', common('notADayParen')));
  if (!(ACCESS_LEVELS as readonly string[]).includes(input.access)) problems.push(detail('access', common('mustBeOneOf', { allowed: ACCESS_LEVELS.join(', ') })));
  else problems.push(...accessProblems(input));
  if (!input.versions?.length) problems.push(detail('versions', m('versions.required')));
  const owner = input.owner?.trim().toUpperCase() || null;
  const group = input.access === 'group' ? input.group?.trim().toUpperCase() || null : null;
  await authorizePublish(db, actor, { owner, access: input.access, group });
  const prepared = prepareVersions(input.versions ?? [], title, (i) => `versions[${i}]`);
  problems.push(...prepared.problems);
  if (problems.length) throw invalid(m('invalid'), problems);
  const d = { id: randomUUID(), title, category: input.category, publishedOn: input.publishedOn, owner, access: input.access, group, organisations: input.access === 'un-bodies' ? [...new Set(input.organisations ?? [])] : [], link: input.link?.trim() || null, createdBy: actor.name, createdByUser: actor.userId ?? null };
  await transaction(db, async (tx) => {
    await store.insert(tx, d);
    for (const v of prepared.versions) await store.putVersion(tx, d.id, v);
    await audit.record(tx, actor, 'documents.publish', d.id, { title, category: d.category, access: d.access, group, organisations: d.organisations, owner, languages: prepared.versions.map((v) => v.language) });
    // a working group's document is news for its members (the wider levels would alert everyone)
    if (group) {
      await notify(tx, { kind: 'document.shared', subject: msg('document.shared.subject', { group, title }), body: msg('document.shared.body', { by: actor.name, title, category: msg(`category.${d.category as (typeof CATEGORIES)[number]}`), on: day(d.publishedOn), group }), link: `/documents/${d.id}`, dedupeKey: `document.shared:${d.id}`, to: { groups: [group] } });
    }
  });
  return get(db, actor, d.id);
}

/** Adds a language version (or replaces it). */
export async function putVersion(db: Db, actor: Actor, id: string, version: VersionInput): Promise<Document> {
  authorize(actor, 'documents.publish');
  const d = await store.byId(db, id);
  if (!d || !readable(actor, d)) throw hidden(id);
  await authorizePublish(db, actor, d, d);
  const prepared = prepareVersions([version], d.title, () => 'body');
  if (prepared.problems.length) throw invalid(m('version.invalid'), prepared.problems);
  const v = prepared.versions[0]!;
  await transaction(db, async (tx) => {
    await store.putVersion(tx, id, v);
    await audit.record(tx, actor, 'documents.version', id, { language: v.language, filename: v.filename, size: v.size });
  });
  return get(db, actor, id);
}
