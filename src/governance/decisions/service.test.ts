// Plenary decisions end to end, through the API: the Gaborone 2006 decisions seeded as English text,
// formal adoption refused (naming the missing languages) until the fifth language is available, then
// adopted on that day with every Participant's officers notified; the three-year review's
// recommendations moved through their status with evidence, by the Chair or the owning working group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../../test/support/store.js';
import type { Store } from '../../db/store.js';
import { SYSTEM } from '../../auth/model.js';
import * as auth from '../../accounts/service.js';
import { buildServer } from '../../http/server.js';
import { adoptionOf, nextTranslationStatus, statusChangeRefusal } from './model.js';

const GHANA_DECISION = '6a0f0000-0000-4000-8001-000000000001';
const WEBSITE_RECOMMENDATION = '6a0f0000-0000-4000-8002-000000000001';
const STATISTICS_RECOMMENDATION = '6a0f0000-0000-4000-8002-000000000003';

describe('decision rules', () => {
  it('counts English always, and another language only once checked', () => {
    const t = (language: 'fr' | 'pt' | 'es' | 'ru', status: 'requested' | 'provided' | 'checked', checkedOn: string | null = null) => ({ language, status, text: status === 'requested' ? null : 'x', requestedOn: '2006-11-09', providedOn: null, checkedOn, checkedBy: null });
    expect(adoptionOf([t('fr', 'checked', '2006-12-01'), t('pt', 'provided'), t('es', 'requested')])).toEqual({ available: ['en', 'fr'], missing: ['pt', 'es', 'ru'], complete: false, completeOn: null });
    expect(adoptionOf([t('fr', 'checked', '2006-12-01'), t('pt', 'checked', '2007-01-15'), t('es', 'checked', '2006-12-20'), t('ru', 'checked', '2007-01-03')]).completeOn).toBe('2007-01-15');
    expect(String(nextTranslationStatus('requested', 'check'))).toMatch(/once its text is provided/);
    expect(String(statusChangeRefusal('implemented', 'dropped'))).toMatch(/may move to in-progress/);
  });
});

describe.each(engines)('plenary decisions and the three-year review on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  /** the decision.adopted alerts in a user's inbox (the inbox routes belong to the notifications area) */
  const inbox = (who: string) =>
    store.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['n.subject', 'n.link', 'n.participant']).where('u.name', '=', who).where('n.kind', '=', 'decision.adopted').execute();

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    const cast = [
      { label: 'chair', member: 'BW', roles: ['chair'] },
      { label: 'za', member: 'ZA', roles: ['officer'] },
      { label: 'gh', member: 'GH', roles: ['officer'] },
      { label: 'observer', member: 'GW', roles: ['observer'] },
      { label: 'wgs', member: 'CA', roles: ['wg-member'], groups: ['WGS'] },
      { label: 'wgm', member: 'EU', roles: ['wg-member'], groups: ['WGM'] },
    ];
    for (const c of cast) {
      const u = await auth.createUser(store.db, SYSTEM, { name: c.label, member: c.member, roles: c.roles, groups: c.groups });
      tokens[c.label] = (await auth.issueToken(store.db, SYSTEM, u.id)).token;
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("holds Gaborone 2006's decisions as English text, translations pending, readable by anyone", async () => {
    const plenaries = (await app.inject({ url: '/api/plenaries' })).json().plenaries;
    expect(plenaries).toEqual([expect.objectContaining({ name: 'Gaborone Plenary 2006', place: 'Gaborone, Botswana', startsOn: '2006-11-06', endsOn: '2006-11-09', decisions: 14 })]);
    const decisions = (await app.inject({ url: '/api/decisions' })).json().decisions as { id: string; text: string; formallyAdoptedOn: string | null; translations: { status: string }[]; adoption: { missing: string[] } }[];
    expect(decisions).toHaveLength(14);
    const ghana = decisions.find((d) => d.id === GHANA_DECISION)!;
    expect(ghana.text).toBe('Plenary decided that Ghana must take immediate steps to ensure that Ghana export only Ghanaian diamonds.');
    expect(ghana.formallyAdoptedOn).toBeNull();
    expect(ghana.translations.map((t) => t.status)).toEqual(['requested', 'requested', 'requested', 'requested']);
    expect(ghana.adoption.missing).toEqual(['fr', 'pt', 'es', 'ru']);
  });

  it('adopts a decision formally only when the fifth language is available, and tells the officers', async () => {
    const url = `/api/decisions/${GHANA_DECISION}`;
    const tooEarly = await app.inject({ method: 'POST', url: `${url}/adoption`, headers: as('chair') });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().message).toBe('The decision is formally adopted only once it is available in the five plenary languages (Rule 26): missing French (fr), Portuguese (pt), Spanish (es), Russian (ru).');
    expect(tooEarly.json().details.map((d: { path: string }) => d.path)).toEqual(['translations.fr', 'translations.pt', 'translations.es', 'translations.ru']);

    // officers and observers may not record translations
    expect((await app.inject({ method: 'PUT', url: `${url}/translations/fr`, headers: as('za'), payload: { step: 'provide', text: 'x' } })).statusCode).toBe(403);
    // checking before the text is there is refused
    const unchecked = await app.inject({ method: 'PUT', url: `${url}/translations/fr`, headers: as('chair'), payload: { step: 'check' } });
    expect(unchecked.statusCode).toBe(400);
    expect(unchecked.json().message).toMatch(/French translation cannot be checked: a translation is checked once its text is provided/);

    const texts = {
      fr: "La Plénière a décidé que le Ghana doit prendre des mesures immédiates pour garantir qu'il n'exporte que des diamants ghanéens.",
      pt: 'A Plenária decidiu que o Gana deve tomar medidas imediatas para garantir que exporta apenas diamantes ganeses.',
      es: 'El Plenario decidió que Ghana debe adoptar medidas inmediatas para garantizar que exporte únicamente diamantes ghaneses.',
      ru: 'Пленарное заседание постановило, что Гана должна принять незамедлительные меры, чтобы экспортировать только ганские алмазы.',
    };
    const days = { fr: '2006-12-01', pt: '2006-12-05', es: '2006-12-04', ru: '2007-01-10' };
    // the translator of French and of Russian also gives the title in that language
    const titles: Partial<Record<string, string>> = { fr: 'Le Ghana n’exporte que des diamants ghanéens', ru: 'Гана экспортирует только ганские алмазы' };
    for (const language of ['fr', 'pt', 'es'] as const) {
      expect((await app.inject({ method: 'PUT', url: `${url}/translations/${language}`, headers: as('chair'), payload: { step: 'provide', text: texts[language], ...(titles[language] && { title: titles[language] }), on: days[language] } })).statusCode).toBe(200);
      const checked = await app.inject({ method: 'PUT', url: `${url}/translations/${language}`, headers: as('chair'), payload: { step: 'check', on: days[language] } });
      expect(checked.statusCode).toBe(200);
    }
    const provided = await app.inject({ method: 'PUT', url: `${url}/translations/ru`, headers: as('chair'), payload: { step: 'provide', text: texts.ru, title: titles.ru, on: '2007-01-08' } });
    expect(provided.json()).toMatchObject({ formallyAdoptedOn: null, adoption: { available: ['en', 'fr', 'pt', 'es'], missing: ['ru'], complete: false } });
    const stillEarly = await app.inject({ method: 'POST', url: `${url}/adoption`, headers: as('chair') });
    expect(stillEarly.statusCode).toBe(400);
    expect(stillEarly.json().message).toMatch(/missing Russian \(ru\)\.$/);
    expect(await inbox('gh')).toEqual([]);

    // the officer of GH reads French: the alert of the adoption will name the decision by its French title
    expect((await app.inject({ method: 'PUT', url: '/api/session/language', headers: as('gh'), payload: { language: 'fr' } })).statusCode).toBe(200);
    expect(provided.json().translations.find((t: { language: string }) => t.language === 'ru')).toMatchObject({ title: titles.ru });

    // a check dated before the text arrived is refused
    expect((await app.inject({ method: 'PUT', url: `${url}/translations/ru`, headers: as('chair'), payload: { step: 'check', on: '2007-01-01' } })).statusCode).toBe(400);
    const fifth = await app.inject({ method: 'PUT', url: `${url}/translations/ru`, headers: as('chair'), payload: { step: 'check', on: days.ru } });
    expect(fifth.statusCode).toBe(200);
    expect(fifth.json()).toMatchObject({ formallyAdoptedOn: '2007-01-10', adoption: { complete: true, completeOn: '2007-01-10', missing: [] } });
    expect(fifth.json().translations.find((t: { language: string }) => t.language === 'ru')).toMatchObject({ status: 'checked', text: texts.ru, providedOn: '2007-01-08', checkedOn: '2007-01-10', checkedBy: expect.stringContaining('chair') });

    // marking it adopted again changes nothing; translations are final
    expect((await app.inject({ method: 'POST', url: `${url}/adoption`, headers: as('chair') })).json().formallyAdoptedOn).toBe('2007-01-10');
    expect((await app.inject({ method: 'PUT', url: `${url}/translations/fr`, headers: as('chair'), payload: { step: 'provide', text: 'autre' } })).statusCode).toBe(409);

    // every Participant's officers are told, once; observers are not
    expect(await inbox('za')).toEqual([{ subject: 'Decision formally adopted: Ghana to export only Ghanaian diamonds', link: `/decisions/${GHANA_DECISION}`, participant: null }]);
    expect(await inbox('gh')).toEqual([{ subject: 'Décision formellement adoptée : Le Ghana n’exporte que des diamants ghanéens', link: `/decisions/${GHANA_DECISION}`, participant: null }]);
    const ghBody = await store.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('n.body').where('u.name', '=', 'gh').where('n.kind', '=', 'decision.adopted').executeTakeFirstOrThrow();
    expect(ghBody.body).toContain('(« Le Ghana n’exporte que des diamants ghanéens ») : formellement adoptée le 10 janvier 2007');
    expect(await inbox('observer')).toEqual([]);
    expect(await inbox('chair')).toEqual([]);

    const trail = await store.db.selectFrom('audit_log').select(['action', 'subject']).where('subject', '=', GHANA_DECISION).execute();
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['decisions.translation.provide', 'decisions.translation.check', 'decisions.adopt']));
    expect((await app.inject({ url: '/api/decisions?adopted=true' })).json().decisions.map((d: { id: string }) => d.id)).toEqual([GHANA_DECISION]);
  });

  it('records a new plenary and its decision, translations requested on its last day', async () => {
    const p = await app.inject({ method: 'POST', url: '/api/plenaries', headers: as('chair'), payload: { name: 'Brussels Plenary 2007', place: 'Brussels, Belgium', startsOn: '2007-11-05', endsOn: '2007-11-08' } });
    expect(p.statusCode).toBe(200);
    const bad = await app.inject({ method: 'POST', url: '/api/plenaries', headers: as('chair'), payload: { name: 'x', place: 'y', startsOn: '2007-11-05', endsOn: '2007-11-01' } });
    expect(bad.json().details).toEqual([{ path: 'endsOn', message: 'ends before it starts (2007-11-05)' }]);
    const d = await app.inject({ method: 'POST', url: '/api/decisions', headers: as('chair'), payload: { plenary: p.json().id, title: 'Test decision', text: 'The plenary agreed.' } });
    expect(d.json()).toMatchObject({ number: 1, plenary: 'Brussels Plenary 2007', translations: [{ language: 'fr', status: 'requested', requestedOn: '2007-11-08' }, { language: 'pt' }, { language: 'es' }, { language: 'ru' }] });
    expect((await app.inject({ method: 'POST', url: '/api/decisions', headers: as('za'), payload: { plenary: p.json().id, title: 'x', text: 'y' } })).statusCode).toBe(403);
  });

  it('moves recommendations through their status with evidence; the owning working group may, others may not', async () => {
    const overview = (await app.inject({ url: '/api/scheme-reviews/recommendations' })).json();
    expect(overview.reviews).toEqual([expect.objectContaining({ id: 'three-year-review-2006', recommendationsAdopted: 46, recorded: 5, byStatus: { 'not-started': 5, 'in-progress': 0, implemented: 0, dropped: 0 } })]);
    expect(overview.priorityIssues.map((i: { title: string }) => i.title)).toEqual(['Funding and resource requirements', 'Improving statistical data gathering and analysis', 'Effective and credible government oversight of the diamond industry', 'The treatment of illegal shipments']);
    expect(overview.priorityIssues[1].recommendations).toEqual([STATISTICS_RECOMMENDATION]);
    expect(overview.recommendations.find((r: { id: string }) => r.id === STATISTICS_RECOMMENDATION)).toMatchObject({ owner: 'WGS', source: 'A/61/589, para. 22.13', priorityIssues: [overview.priorityIssues[1].id] });

    const url = `/api/scheme-reviews/recommendations/${STATISTICS_RECOMMENDATION}`;
    const noEvidence = await app.inject({ method: 'PATCH', url, headers: as('wgs'), payload: { status: 'in-progress' } });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().details).toEqual([{ path: 'evidence', message: 'is required to change the status' }]);
    expect((await app.inject({ method: 'PATCH', url, headers: as('wgm'), payload: { status: 'in-progress', evidence: 'x' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PATCH', url, headers: as('za'), payload: { status: 'in-progress', evidence: 'x' } })).statusCode).toBe(403);
    const started = await app.inject({ method: 'PATCH', url, headers: as('wgs'), payload: { status: 'in-progress', evidence: 'Analysis of the 2004–2006 data started by the WGS.' } });
    expect(started.json()).toMatchObject({ status: 'in-progress', updates: [{ from: 'not-started', to: 'in-progress', evidence: 'Analysis of the 2004–2006 data started by the WGS.' }] });
    const done = await app.inject({ method: 'PATCH', url, headers: as('chair'), payload: { status: 'implemented', evidence: 'Annual analysis presented to the 2007 plenary.' } });
    expect(done.json().updates.map((u: { to: string }) => u.to)).toEqual(['in-progress', 'implemented']);
    const dropAfterDone = await app.inject({ method: 'PATCH', url, headers: as('chair'), payload: { status: 'dropped', evidence: 'x' } });
    expect(dropAfterDone.json().message).toMatch(/implemented may move to in-progress, not dropped/);
    // the owner changes only by the Chair; a recommendation without owner is the Chair's
    expect((await app.inject({ method: 'PATCH', url, headers: as('wgs'), payload: { owner: 'WGM' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PATCH', url: `/api/scheme-reviews/recommendations/${WEBSITE_RECOMMENDATION}`, headers: as('wgs'), payload: { status: 'in-progress', evidence: 'x' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PATCH', url: `/api/scheme-reviews/recommendations/${WEBSITE_RECOMMENDATION}`, headers: as('chair'), payload: { owner: 'Chair', status: 'in-progress', evidence: 'Documents with access levels in kpcs.' } })).json()).toMatchObject({ owner: 'Chair', status: 'in-progress' });
    const after = (await app.inject({ url: '/api/scheme-reviews/recommendations?status=in-progress' })).json();
    expect(after.recommendations.map((r: { id: string }) => r.id)).toEqual([WEBSITE_RECOMMENDATION]);
    expect(after.reviews[0].byStatus).toEqual({ 'not-started': 3, 'in-progress': 1, implemented: 1, dropped: 0 });

    // link the website recommendation to a priority issue, then unlink it
    const issue = overview.priorityIssues[0].id;
    expect((await app.inject({ method: 'PUT', url: `/api/scheme-reviews/priority-issues/${issue}/recommendations/${WEBSITE_RECOMMENDATION}`, headers: as('chair') })).json().recommendations).toEqual([WEBSITE_RECOMMENDATION]);
    expect((await app.inject({ method: 'DELETE', url: `/api/scheme-reviews/priority-issues/${issue}/recommendations/${WEBSITE_RECOMMENDATION}`, headers: as('chair') })).json().recommendations).toEqual([]);

    // a recommendation entered from the review's own text, numbered within the 46
    const entered = await app.inject({ method: 'POST', url: '/api/scheme-reviews/recommendations', headers: as('chair'), payload: { review: 'three-year-review-2006', number: 47, source: 'Review, p. 1', text: 'x' } });
    expect(entered.json().details).toEqual([{ path: 'number', message: 'the review adopted 46 recommendations: 1 to 46' }]);
  });
});
