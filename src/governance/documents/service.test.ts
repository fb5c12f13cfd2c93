// Documents with access levels, through the API: every role sees in lists, counts, search and reads only
// what the access level admits (an observer never learns the title of a Participants-only document),
// several language versions, download, the size limit refused with a clear error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { PUBLIC, SYSTEM, type Actor } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import { buildServer } from '../../http/server.js';
import { MAX_CONTENT_BYTES, mayRead } from './model.js';

const CAST = [
  { label: 'chair', member: 'BW', roles: ['chair'] },
  { label: 'za officer', member: 'ZA', roles: ['officer'] },
  { label: 'gh officer', member: 'GH', roles: ['officer'] },
  { label: 'bw company', member: 'BW', roles: ['company'] },
  { label: 'gw observer', member: 'GW', roles: ['observer'] },
  { label: 'wgm member', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
  { label: 'wgs member', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
  { label: 'un ci panel', member: 'UN-POE-CI', roles: ['un'] },
];

/** title → who reads it (besides the Chair, who reads everything) */
const DOCS = [
  { title: 'Gaborone communiqué', access: 'public', category: 'plenary', publishedOn: '2006-11-09', readers: ['public', 'za officer', 'gh officer', 'bw company', 'gw observer', 'wgm member', 'wgs member', 'un ci panel'] },
  { title: 'Plenary minutes (confidential)', access: 'participants', category: 'plenary', publishedOn: '2006-11-10', readers: ['za officer', 'gh officer', 'wgm member', 'wgs member'] },
  { title: 'Review visit report of Ghana', access: 'participants-observers', category: 'peer-review', publishedOn: '2006-10-01', readers: ['za officer', 'gh officer', 'gw observer', 'wgm member', 'wgs member'] },
  { title: 'WGM working paper on Ivorian footprints', access: 'group', group: 'WGM', category: 'working-group', publishedOn: '2006-09-15', readers: ['wgm member'] },
  { title: 'Joint mission to Côte d’Ivoire for the Group of Experts', access: 'un-bodies', organisations: ['UN-POE-CI'], category: 'peer-review', publishedOn: '2006-05-02', readers: ['za officer', 'gh officer', 'wgm member', 'wgs member', 'un ci panel'] },
  { title: 'Ghana action plan (owner only)', access: 'group', group: 'WGS', owner: 'GH', category: 'peer-review', publishedOn: '2007-01-20', readers: ['gh officer', 'wgs member'] },
] as const;

describe('the access rule', () => {
  it('admits the owner Participant and never the public to a restricted document', () => {
    const gh: Actor = { kind: 'user', userId: 'x', name: 'gh', participant: 'GH', organisation: null, roles: ['officer'], groups: [] };
    expect(mayRead(gh, { access: 'group', group: 'WGS', organisations: [], owner: 'GH' })).toBe(true);
    expect(mayRead({ ...gh, participant: 'ZA' }, { access: 'group', group: 'WGS', organisations: [], owner: 'GH' })).toBe(false);
    expect(mayRead(PUBLIC, { access: 'participants', group: null, organisations: [], owner: null })).toBe(false);
    expect(mayRead(SYSTEM, { access: 'group', group: 'PC', organisations: [], owner: null })).toBe(true);
  });
});

describe.each(engines)('documents on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const as = (who: string) => (who === 'public' ? {} : { authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    for (const c of CAST) {
      const u = await auth.createUser(store.db, SYSTEM, { name: c.label, member: c.member, roles: c.roles, groups: 'groups' in c ? c.groups : undefined });
      tokens[c.label] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
    }
    for (const d of DOCS) {
      const { readers: _, ...body } = d;
      const res = await app.inject({ method: 'POST', url: '/api/documents', headers: as('chair'), payload: { ...body, versions: [{ language: 'en', text: `${d.title}. The Kimberley Process text of this document.` }] } });
      expect(res.statusCode, res.body).toBe(200);
      ids[d.title] = res.json().id;
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists, counts, searches and reads for every role exactly what the access levels admit', async () => {
    for (const who of ['public', ...CAST.map((c) => c.label)]) {
      const expected = DOCS.filter((d) => who === 'chair' || (d.readers as readonly string[]).includes(who)).map((d) => d.title).sort();
      const list = await app.inject({ url: '/api/documents', headers: as(who) });
      expect(list.statusCode).toBe(200);
      expect(list.json().documents.map((d: { title: string }) => d.title).sort(), who).toEqual(expected);
      const found = await app.inject({ url: '/api/documents?q=kimberley%20process%20text', headers: as(who) });
      expect(found.json().documents.map((d: { title: string }) => d.title).sort(), who).toEqual(expected);
      const browse = (await app.inject({ url: '/api/documents/browse', headers: as(who) })).json();
      expect(browse.total, who).toBe(expected.length);
      expect(browse.categories.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(expected.length);
      for (const d of DOCS) {
        const read = await app.inject({ url: `/api/documents/${ids[d.title]}`, headers: as(who) });
        const download = await app.inject({ url: `/api/documents/${ids[d.title]}/versions/en`, headers: as(who) });
        if (expected.includes(d.title)) {
          expect(read.statusCode, `${who} reads ${d.title}`).toBe(200);
          expect(download.body).toBe(`${d.title}. The Kimberley Process text of this document.`);
        } else {
          expect(read.statusCode, `${who} reads ${d.title}`).toBe(404);
          expect(download.statusCode).toBe(404);
          expect(read.body + download.body).not.toContain(d.title);
        }
      }
    }
  });

  it('shows an observer the count and search of what it may read only, never the title of a Participants-only document', async () => {
    const minutes = ids['Plenary minutes (confidential)']!;
    const res = await app.inject({ url: `/api/documents/${minutes}`, headers: as('gw observer') });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe(`No document ${minutes} (or it is not shared with you).`);
    expect((await app.inject({ url: '/api/documents?q=confidential', headers: as('gw observer') })).json().documents).toEqual([]);
    expect((await app.inject({ url: '/api/documents?q=confidential', headers: as('za officer') })).json().documents).toHaveLength(1);
    const browse = (await app.inject({ url: '/api/documents/browse', headers: as('gw observer') })).json();
    expect(browse.categories).toEqual([
      { category: 'plenary', count: 1, years: [{ year: 2006, count: 1 }] },
      { category: 'peer-review', count: 1, years: [{ year: 2006, count: 1 }] },
    ]);
    const chair = (await app.inject({ url: '/api/documents/browse', headers: as('chair') })).json();
    expect(chair.categories).toEqual([
      { category: 'plenary', count: 2, years: [{ year: 2006, count: 2 }] },
      { category: 'peer-review', count: 3, years: [{ year: 2007, count: 1 }, { year: 2006, count: 2 }] },
      { category: 'working-group', count: 1, years: [{ year: 2006, count: 1 }] },
    ]);
  });

  it('keeps several language versions, searchable in each, and downloads a file as it was given', async () => {
    const id = ids['Gaborone communiqué']!;
    const fr = await app.inject({ method: 'PUT', url: `/api/documents/${id}/versions/fr`, headers: as('chair'), payload: { text: 'Communiqué final de Gaborone : la plénière a approuvé un plan pour le Ghana.' } });
    expect(fr.json().versions.map((v: { language: string }) => v.language)).toEqual(['en', 'fr']);
    const pdf = Buffer.from('%PDF-1.4 fake but binary \u0000\u0001', 'latin1');
    const ru = await app.inject({ method: 'PUT', url: `/api/documents/${id}/versions/ru`, headers: as('chair'), payload: { contentBase64: pdf.toString('base64'), filename: 'communique.ru.pdf', mediaType: 'application/pdf' } });
    expect(ru.json().versions).toEqual([
      expect.objectContaining({ language: 'en' }),
      expect.objectContaining({ language: 'fr' }),
      { language: 'ru', filename: 'communique.ru.pdf', mediaType: 'application/pdf', size: pdf.length },
    ]);
    const got = await app.inject({ url: `/api/documents/${id}/versions/ru` });
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe('attachment; filename="communique.ru.pdf"');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const accented = await app.inject({ method: 'PUT', url: `/api/documents/${id}/versions/pt`, headers: as('chair'), payload: { text: 'Comunicado', filename: 'comunicação.txt' } });
    expect(accented.statusCode).toBe(200);
    expect((await app.inject({ url: `/api/documents/${id}/versions/pt` })).headers['content-disposition']).toBe(`attachment; filename="comunicacao.txt"; filename*=UTF-8''comunica%C3%A7%C3%A3o.txt`);
    expect((await app.inject({ url: '/api/documents?q=pl%C3%A9ni%C3%A8re' })).json().documents.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await app.inject({ url: '/api/documents?language=ru' })).json().documents.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await app.inject({ url: '/api/documents/browse' })).json().languages).toEqual([
      { language: 'en', count: 1 }, { language: 'fr', count: 1 }, { language: 'pt', count: 1 }, { language: 'es', count: 0 }, { language: 'ru', count: 1 },
    ]);
    // a LIKE wildcard is a character to find, not a wildcard
    expect((await app.inject({ url: '/api/documents?q=%25' })).json().documents).toEqual([]);
    const missing = await app.inject({ url: `/api/documents/${id}/versions/es` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/has no es version; it is available in en, fr, pt, ru/);
  });

  it('refuses a version over the size limit, saying the size and the limit, and keeps nothing', async () => {
    const big = Buffer.alloc(MAX_CONTENT_BYTES + 1, 65);
    const res = await app.inject({ method: 'POST', url: '/api/documents', headers: as('chair'), payload: { title: 'Too big', category: 'other', publishedOn: '2007-01-01', access: 'public', versions: [{ language: 'en', text: 'ok' }, { language: 'fr', contentBase64: big.toString('base64'), mediaType: 'application/pdf' }] } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'payload_too_large',
      message: `A document version may hold at most 2.0 MiB: versions[1] is 2.0 MiB (${MAX_CONTENT_BYTES + 1} bytes); a version may hold at most 2.0 MiB (${MAX_CONTENT_BYTES} bytes).`,
      details: [{ path: 'versions[1]' }],
    });
    expect((await app.inject({ url: '/api/documents?q=Too%20big', headers: as('chair') })).json().documents).toEqual([]);
    const exact = await app.inject({ method: 'PUT', url: `/api/documents/${ids['Gaborone communiqué']}/versions/es`, headers: as('chair'), payload: { contentBase64: Buffer.alloc(MAX_CONTENT_BYTES, 66).toString('base64') } });
    expect(exact.statusCode).toBe(200);
  });

  it('lets officers publish for their own Participant and working groups for their group only, with coherent access', async () => {
    const base = { title: 'ZA annual report 2006', category: 'annual-report', publishedOn: '2007-03-01', versions: [{ language: 'en', text: 'Report.' }] };
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('za officer'), payload: { ...base, access: 'participants', owner: 'GH' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('za officer'), payload: { ...base, access: 'participants' } })).statusCode).toBe(403);
    const own = await app.inject({ method: 'POST', url: '/api/documents', headers: as('za officer'), payload: { ...base, access: 'group', group: 'WGM', owner: 'ZA' } });
    expect(own.statusCode).toBe(200);
    expect((await app.inject({ url: `/api/documents/${own.json().id}`, headers: as('gh officer') })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/documents/${own.json().id}`, headers: as('wgm member') })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('wgs member'), payload: { ...base, access: 'group', group: 'WGM' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('wgs member'), payload: { ...base, access: 'group', group: 'WGS' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('gw observer'), payload: { ...base, access: 'public' } })).statusCode).toBe(403);
    const incoherent = await app.inject({ method: 'POST', url: '/api/documents', headers: as('chair'), payload: { ...base, access: 'un-bodies', group: 'WGM' } });
    expect(incoherent.json().details).toEqual([
      { path: 'group', message: 'only a document for a working group names one (access is un-bodies)' },
      { path: 'organisations', message: 'a document for selected UN bodies names them (e.g. UN-POE-CI)' },
    ]);
    // the working group hears of its new document; others do not
    const alerts = await store.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['u.name', 'n.subject']).where('n.kind', '=', 'document.shared').orderBy('n.subject').execute();
    expect(alerts).toEqual([
      { name: 'wgm member', subject: 'New WGM document: WGM working paper on Ivorian footprints' },
      { name: 'wgm member', subject: 'New WGM document: ZA annual report 2006' },
      { name: 'wgs member', subject: 'New WGS document: Ghana action plan (owner only)' },
      { name: 'wgs member', subject: 'New WGS document: ZA annual report 2006' },
    ]);
    const entries = await store.db.selectFrom('audit_log').select('action').where('action', '=', 'documents.publish').execute();
    expect(entries).toHaveLength(DOCS.length + 2);
  });

  it('refuses an officer publishing for a working group its Participant is not in: no document, no alert to the group', async () => {
    // the attack: GH is not a member of WGM, yet its officer published a "WGM notice" that WGM members were alerted to
    const before = await store.db.selectFrom('notifications').select(store.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await app.inject({ method: 'POST', url: '/api/documents', headers: as('gh officer'), payload: { title: 'WGM notice: suspend the Ivorian footprint study', category: 'working-group', publishedOn: '2007-02-01', access: 'group', group: 'WGM', owner: 'GH', versions: [{ language: 'en', text: 'Stop.' }] } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('gh officer (gh.officer) may not publish for the working group WGM: GH is not a member of WGM today.');
    expect((await app.inject({ url: '/api/documents?q=WGM%20notice', headers: as('chair') })).json().documents).toEqual([]);
    const after = await store.db.selectFrom('notifications').select(store.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // for its own Participant it still publishes, and in a group GH belongs to (WGAAP)
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('gh officer'), payload: { title: 'GH alluvial note', category: 'working-group', publishedOn: '2007-02-01', access: 'group', group: 'WGAAP', owner: 'GH', versions: [{ language: 'en', text: 'Note.' }] } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/documents', headers: as('gh officer'), payload: { title: 'GH circular', category: 'other', publishedOn: '2007-02-01', access: 'participants', owner: 'GH', versions: [{ language: 'en', text: 'Circular.' }] } })).statusCode).toBe(200);
  });

  it("lets a working group's member change only the documents it published, unless its Participant chairs the group", async () => {
    const bw = await auth.createUser(store.db, SYSTEM, { name: 'wgs bw member', member: 'BW', roles: ['wg-member'], groups: ['WGS'] });
    const bwToken = (await auth.issueToken(store.db, SYSTEM, bw.id)).token;
    const asBw = { authorization: `Bearer ${bwToken}` };
    const mine = await app.inject({ method: 'POST', url: '/api/documents', headers: asBw, payload: { title: 'BW sieve data', category: 'working-group', publishedOn: '2007-02-02', access: 'group', group: 'WGS', versions: [{ language: 'en', text: 'Sieves.' }] } });
    expect(mine.statusCode).toBe(200);
    expect((await app.inject({ method: 'PUT', url: `/api/documents/${mine.json().id}/versions/fr`, headers: asBw, payload: { text: 'Tamis.' } })).statusCode).toBe(200);
    // the Ghana action plan was published by the Chair for WGS: BW, a member, may not replace it
    const plan = ids['Ghana action plan (owner only)']!;
    const replace = await app.inject({ method: 'PUT', url: `/api/documents/${plan}/versions/en`, headers: asBw, payload: { text: 'Nothing to see.' } });
    expect(replace.statusCode).toBe(403);
    expect(replace.json().message).toBe('wgs bw member (wgs.bw.member) may change only the WGS documents it published: "Ghana action plan (owner only)" was published by chair (chair); only the group\'s chair (CA), the Chair and administrators change another member\'s document.');
    expect((await app.inject({ url: `/api/documents/${plan}/versions/en`, headers: as('chair') })).body).toBe('Ghana action plan (owner only). The Kimberley Process text of this document.');
    // CA chairs WGS: its member changes any of the group's documents; GH, the owner, adds its own version
    expect((await app.inject({ method: 'PUT', url: `/api/documents/${mine.json().id}/versions/es`, headers: as('wgs member'), payload: { text: 'Tamices.' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'PUT', url: `/api/documents/${plan}/versions/fr`, headers: as('gh officer'), payload: { text: "Plan d'action." } })).statusCode).toBe(200);
  });

  it('checks the media type against the content: a mismatch is refused naming the version, the type and what the bytes are', async () => {
    const id = ids['Gaborone communiqué']!;
    const put = (payload: Record<string, unknown>) => app.inject({ method: 'PUT', url: `/api/documents/${id}/versions/es`, headers: as('chair'), payload });
    const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    // an HTML page (a script) said to be a PDF
    const html = await put({ contentBase64: b64('<html><script>alert(1)</script></html>'), mediaType: 'application/pdf', filename: 'x.pdf' });
    expect(html.statusCode).toBe(400);
    expect(html.json().details).toEqual([{ path: 'body.mediaType', message: 'says application/pdf but the content does not start with %PDF- (it looks like text, text/plain)' }]);
    const pngAsJpeg = await put({ contentBase64: b64(png), mediaType: 'image/jpeg' });
    expect(pngAsJpeg.json().details).toEqual([{ path: 'body.mediaType', message: 'says image/jpeg but the content does not start with the JPEG signature (FF D8 FF) (it looks like a PNG image, image/png)' }]);
    // in the reader's language
    const inFrench = await app.inject({ method: 'PUT', url: `/api/documents/${id}/versions/es`, headers: { ...as('chair'), 'accept-language': 'fr' }, payload: { contentBase64: b64(png), mediaType: 'image/jpeg' } });
    expect(inFrench.json().details[0].message).toBe('indique image/jpeg mais le contenu ne commence pas par la signature JPEG (FF D8 FF) (il ressemble à une image PNG, image/png)');
    const inRussian = await app.inject({ method: 'PUT', url: `/api/documents/${id}/versions/es`, headers: { ...as('chair'), 'accept-language': 'ru' }, payload: { contentBase64: b64(Buffer.from([0, 1, 2, 3, 0xff])) } });
    expect(inRussian.json().details[0].message).toBe('не относится ни к одному из допустимых видов файлов (PDF, PNG, JPEG, DOCX, XLSX, PPTX, ZIP или текст в кодировке UTF-8 (text/plain, text/csv, text/markdown) без символов NUL)');
    const notText = await put({ contentBase64: b64(Buffer.from('a,b\n1,\u0000\n')), mediaType: 'text/csv' });
    expect(notText.json().details).toEqual([{ path: 'body.mediaType', message: 'says text/csv but the content is not UTF-8 text without NUL characters' }]);
    const latin1 = await put({ contentBase64: b64(Buffer.from('caf\xe9', 'latin1')), mediaType: 'text/plain' });
    expect(latin1.json().details[0].message).toBe('says text/plain but the content is not UTF-8 text without NUL characters');
    const zipAsDocx = await put({ contentBase64: b64(Buffer.from('PK\u0003\u0004 just a zip', 'latin1')), mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(zipAsDocx.json().details[0].message).toBe('says application/vnd.openxmlformats-officedocument.wordprocessingml.document but the content is not a ZIP package holding word/document.xml (it looks like a ZIP archive, application/zip)');
    const html2 = await put({ contentBase64: b64('<html></html>'), mediaType: 'text/html' });
    expect(html2.json().details[0]).toEqual({ path: 'body.mediaType', message: expect.stringMatching(/^text\/html is not accepted; a version is PDF, PNG, JPEG/) });
    const binary = await put({ contentBase64: b64(Buffer.from([0, 1, 2, 3, 0xff])) });
    expect(binary.json().details).toEqual([{ path: 'body.contentBase64', message: expect.stringMatching(/^is none of the accepted kinds of file/) }]);
    // nothing was stored by any of these; an undeclared PNG gets the type its bytes show
    const ok = await put({ contentBase64: b64(png), filename: 'map.png' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().versions.find((v: { language: string }) => v.language === 'es')).toMatchObject({ mediaType: 'image/png', size: png.length });
    const audit = await store.db.selectFrom('audit_log').select('details').where('action', '=', 'documents.version').where('subject', '=', id).execute();
    expect(audit.filter((a) => JSON.stringify(a.details).includes('map.png'))).toHaveLength(1);
  });

  it('links a decision and the review report to the documents that publish them', async () => {
    const id = ids['Gaborone communiqué']!;
    const d = await app.inject({ method: 'PATCH', url: '/api/decisions/6a0f0000-0000-4000-8001-000000000003', headers: as('chair'), payload: { documentId: id } });
    expect(d.json().documentId).toBe(id);
    const r = await app.inject({ method: 'PATCH', url: '/api/scheme-reviews/three-year-review-2006', headers: as('chair'), payload: { documentId: '00000000-0000-4000-8000-000000000000' } });
    expect(r.json().details).toEqual([{ path: 'documentId', message: 'unknown document' }]);
  });
});
