// Company users (issue #21): the users tied to a company, tied and untied over HTTP by the officers of its
// Participant (never another Participant's), each tie audited, each refusal precise and in the reader's
// language; an administrator creates a company user with its company. On the real embedded store (and
// PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM } from '../auth/model.js';
import { createUser, issueToken } from '../accounts/service.js';
import { KpcsError } from '../core/errors.js';
import * as audit from '../audit/service.js';
import { buildServer } from '../http/server.js';
import * as companies from './service.js';

const BW = localOperator('BW');
const ZA = localOperator('ZA');

describe.each(engines)('company users on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const auth = (who: string, lang?: string) => ({ authorization: `Bearer ${tokens[who]}`, ...(lang && { 'accept-language': lang }) });
  const ties = async () => (await sql<{ participant: string; user_id: string; licence: string }>`select participant, user_id, licence from company_users order by user_id`.execute(store.db)).rows;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildServer({ store, webDir: null });
    for (const [who, member, roles] of [
      ['admin', null, ['admin']],
      ['bw', 'BW', ['officer']],
      ['za', 'ZA', ['officer']],
      ['debswana', 'BW', ['company']],
      ['clerk', 'BW', ['customs']],
      ['zacompany', 'ZA', ['company']],
    ] as const) {
      const user = await createUser(store.db, SYSTEM, { name: who, member, roles: [...roles] });
      tokens[who] = (await issueToken(store.db, SYSTEM, user.id)).token;
      ids[who] = user.id;
    }
    await companies.add(store.db, BW, { participant: 'BW', licence: 'BW-L-0001', name: 'Debswana Diamond Company', validFrom: '2006-01-01' });
    await companies.add(store.db, BW, { participant: 'BW', licence: 'BW-L-0002', name: 'Okavango Diamond Company', validFrom: '2006-01-01' });
    await companies.add(store.db, ZA, { participant: 'ZA', licence: 'ZA-L-0001', name: 'De Beers Consolidated', validFrom: '2006-01-01' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('an officer ties a company user of its Participant, lists it, unties it; each change audited', async () => {
    const empty = await app.inject({ url: '/api/companies/BW-L-0001/users', headers: auth('bw') });
    expect(empty.statusCode).toBe(200);
    // those that may be tied: BW's company users tied to no company (not the customs clerk, not ZA's)
    expect(empty.json()).toEqual({ participant: 'BW', licence: 'BW-L-0001', name: 'Debswana Diamond Company', users: [], available: [{ id: ids.debswana, login: 'debswana', name: 'debswana', disabled: false, email: null }] });

    const tied = await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0001/users/${ids.debswana}`, headers: auth('bw') });
    expect(tied.statusCode).toBe(200);
    expect(tied.json().users).toEqual([{ id: ids.debswana, login: 'debswana', name: 'debswana', disabled: false, email: null }]);
    expect(tied.json().available).toEqual([]);
    expect(await ties()).toEqual([{ participant: 'BW', user_id: ids.debswana, licence: 'BW-L-0001' }]);
    // the tie is what the company user acts on: it now sees its company
    const mine = await app.inject({ url: '/api/companies/mine', headers: auth('debswana') });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ licence: 'BW-L-0001' });

    // again: nothing changes, nothing more audited
    expect((await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0001/users/${ids.debswana}`, headers: auth('bw') })).statusCode).toBe(200);
    const tieAudits = await audit.recordedDetails(store.db, 'companies.user.tie');
    expect(tieAudits).toEqual([{ participant: 'BW', licence: 'BW-L-0001', login: 'debswana' }]);

    // already tied elsewhere: 409, naming the company, in French when asked
    const elsewhere = await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0002/users/${ids.debswana}`, headers: auth('bw', 'fr') });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json()).toMatchObject({ code: 'conflict', message: 'debswana est déjà rattaché à Debswana Diamond Company (licence BW-L-0001) : détachez-le d’abord.', details: [{ path: 'userId', message: 'déjà rattaché à la licence BW-L-0001' }] });
    expect(await ties()).toHaveLength(1);

    const untied = await app.inject({ method: 'DELETE', url: `/api/companies/BW-L-0001/users/${ids.debswana}`, headers: auth('bw') });
    expect(untied.statusCode).toBe(200);
    expect(untied.json().users).toEqual([]);
    expect(await ties()).toEqual([]);
    expect(await audit.recordedDetails(store.db, 'companies.user.untie')).toEqual([{ participant: 'BW', licence: 'BW-L-0001', login: 'debswana' }]);
    // untying one not tied: 404, in Russian when asked
    const notTied = await app.inject({ method: 'DELETE', url: `/api/companies/BW-L-0001/users/${ids.debswana}`, headers: auth('bw', 'ru') });
    expect(notTied.statusCode).toBe(404);
    expect(notTied.json().message).toBe('debswana не привязан к Debswana Diamond Company (лицензия BW-L-0001).');
    // now free to be tied to the other company
    expect((await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0002/users/${ids.debswana}`, headers: auth('bw') })).json().users).toHaveLength(1);
  });

  it('refuses precisely: an unknown user, a user not of the role company, an unknown licence (five languages)', async () => {
    const unknown = await app.inject({ method: 'PUT', url: '/api/companies/BW-L-0001/users/00000000-0000-4000-8000-000000000000', headers: auth('bw', 'es') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Ningún usuario 00000000-0000-4000-8000-000000000000.');
    const customs = await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0001/users/${ids.clerk}`, headers: auth('bw', 'pt') });
    expect(customs.statusCode).toBe(400);
    expect(customs.json()).toMatchObject({ code: 'invalid_input', message: 'Só um utilizador com o papel company é ligado a uma empresa: clerk tem os papéis customs.', details: [{ path: 'userId', message: 'apenas um utilizador com o papel company' }] });
    const noLicence = await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0099/users/${ids.clerk}`, headers: auth('bw') });
    expect(noLicence.statusCode).toBe(404);
    expect(noLicence.json().message).toBe('BW registers no licence BW-L-0099: register the company first (kpcs company add).');
    expect(await ties()).toHaveLength(1);
  });

  it('attack: an officer of BW never ties a ZA user, nor manages ZA’s companies; a company user manages nothing', async () => {
    const before = await ties();
    const auditsBefore = (await audit.recordedDetails(store.db, 'companies.user.tie')).length;
    // a ZA company user tied to a BW company by a BW officer
    const zaUser = await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0001/users/${ids.zacompany}`, headers: auth('bw', 'ru') });
    expect(zaUser.statusCode).toBe(403);
    expect(zaUser.json()).toMatchObject({ code: 'forbidden', details: [{ path: 'userId', message: 'пользователь другого участника' }] });
    expect(zaUser.json().message).toContain('не действует от имени');
    // ZA's own company, through the participant parameter
    for (const [method, url] of [
      ['PUT', `/api/companies/ZA-L-0001/users/${ids.zacompany}?participant=ZA`],
      ['DELETE', `/api/companies/ZA-L-0001/users/${ids.zacompany}?participant=ZA`],
      ['GET', '/api/companies/ZA-L-0001/users?participant=ZA'],
    ] as const) {
      expect((await app.inject({ method, url, headers: auth('bw') })).statusCode).toBe(403);
    }
    // a company user ties nobody, not even itself
    expect((await app.inject({ method: 'PUT', url: `/api/companies/BW-L-0001/users/${ids.debswana}`, headers: auth('debswana') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/companies/BW-L-0002/users', headers: auth('debswana') })).statusCode).toBe(403);
    // nothing written
    expect(await ties()).toEqual(before);
    expect((await audit.recordedDetails(store.db, 'companies.user.tie')).length).toBe(auditsBefore);
    // ZA's officer ties its own
    expect((await app.inject({ method: 'PUT', url: `/api/companies/ZA-L-0001/users/${ids.zacompany}`, headers: auth('za') })).statusCode).toBe(200);
  });

  it('an administrator creates a company user with its company (tied in the same transaction), refused for an unknown licence', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/users', headers: auth('admin'), payload: { name: 'Okavango clerk', participant: 'BW', roles: ['company'], company: 'BW-L-0002' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const listed = await app.inject({ url: '/api/companies/BW-L-0002/users?participant=BW', headers: auth('admin') });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().users.map((x: { id: string }) => x.id)).toContain(id);
    expect(await audit.recordedDetails(store.db, 'companies.user.tie')).toContainEqual({ participant: 'BW', licence: 'BW-L-0002' });

    const count = async () => Number((await sql<{ n: string }>`select count(*) as n from users`.execute(store.db)).rows[0]!.n);
    const users = await count();
    const unknown = await app.inject({ method: 'POST', url: '/api/users', headers: auth('admin', 'fr'), payload: { name: 'Nobody', participant: 'BW', roles: ['company'], company: 'BW-L-0099' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ message: 'BW n’a enregistré aucune licence BW-L-0099 : enregistrez d’abord l’entreprise (kpcs company add).', details: [{ path: 'company', message: 'licence inconnue' }] });
    const officer = await app.inject({ method: 'POST', url: '/api/users', headers: auth('admin'), payload: { name: 'Officer', participant: 'BW', roles: ['officer'], company: 'BW-L-0002' } });
    expect(officer.statusCode).toBe(400);
    expect(officer.json().details).toEqual([{ path: 'company', message: 'only a user of the role company' }]);
    expect(await count()).toBe(users);
    // the service refuses the same way (the CLI's kpcs user add --company)
    const e = await createUser(store.db, SYSTEM, { name: 'x', member: 'BW', roles: ['company'], company: 'BW-L-0099' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KpcsError);
    expect((e as KpcsError).localized('ru').message).toBe('В реестре BW нет лицензии BW-L-0099: сначала зарегистрируйте компанию.');
  });
});
