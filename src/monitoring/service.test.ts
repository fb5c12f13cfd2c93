// Monitoring end to end: simulated statistics submitted through the statistics service, the
// detectors run through the service and the API, and a finding carried through its workflow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import * as statistics from '../statistics/service.js';
import { registrySeed } from '../participants/seed.js';
import { simulate } from '../simulation/generate.js';
import { registryView } from '../simulation/registry.js';
import { buildServer } from '../http/server.js';
import * as service from './service.js';
import { countryName } from '../core/i18n.js';
import { DETECTORS, findingTypeName } from './detectors/index.js';

const ru0 = (res: { json(): { explained: unknown } }) => res.json().explained;

describe.each(engines)('monitoring on %s', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let monitor: string;
  let officer: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    const registry = registryView(registrySeed().statuses);
    for (const w of simulate({ from: 2005, to: 2006, seed: 3, scenario: 'laundering', registry })) {
      await statistics.submit(store.db, SYSTEM, 'trade', statistics.jsonRows(w.trade), { source: 'simulation', now: new Date(`${w.year + 1}-03-01T00:00:00Z`) });
      await statistics.submit(store.db, SYSTEM, 'production', statistics.jsonRows(w.production), { source: 'simulation', now: new Date(`${w.year + 1}-03-01T00:00:00Z`) });
    }
    app = await buildServer({ store, webDir: null });
    const m = await auth.createUser(store.db, SYSTEM, { name: 'EU monitor', member: 'EU', roles: ['wg-member'], groups: ['WGM'] });
    monitor = (await auth.issueToken(store.db, SYSTEM, m.id)).token;
    const o = await auth.createUser(store.db, SYSTEM, { name: 'GH officer', member: 'GH', roles: ['officer'] });
    officer = (await auth.issueToken(store.db, SYSTEM, o.id)).token;
  }, 240_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('finds the laundering through Ghana in the stored statistics, and keeps the findings', async () => {
    const result = await service.run(store.db, SYSTEM, 2006);
    const gh = result.findings.filter((f) => f.participant === 'GH');
    expect(gh.map((f) => f.type).sort()).toEqual(['balance', 'neighbour_surge', 'unit_value']);
    expect(result.new).toBe(result.findings.length);
    const again = await service.run(store.db, SYSTEM, 2006);
    expect(again.new).toBe(0);
    expect(again.findings.map((f) => f.id).sort()).toEqual(result.findings.map((f) => f.id).sort());
  });

  it('serves findings to the monitoring group only', async () => {
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    expect((await app.inject({ url: '/api/findings?year=2006' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/findings?year=2006', headers: bearer(officer) })).statusCode).toBe(403);
    const res = await app.inject({ url: '/api/findings?year=2006&participant=GH', headers: bearer(monitor) });
    expect(res.statusCode).toBe(200);
    const findings = res.json().findings as { type: string; evidence: { rule: string; figures: Record<string, unknown> } }[];
    const surge = findings.find((f) => f.type === 'neighbour_surge')!;
    expect(surge.evidence.figures.neighbour).toBe('CI');
    expect(surge.evidence.rule).toContain('neighbour is under a UN measure');
    expect((surge.evidence as { score?: number }).score).toBeGreaterThan(1);
    expect((surge.evidence as { reason?: { variant: string } }).reason?.variant).toBe('measure');
  });

  it('names the kinds of finding as their detectors do, in the reader\'s language, to the monitoring group only', async () => {
    expect((await app.inject({ url: '/api/findings/types' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/findings/types', headers: { authorization: `Bearer ${officer}` } })).statusCode).toBe(403);
    const bearer = { authorization: `Bearer ${monitor}` };
    const en = (await app.inject({ url: '/api/findings/types', headers: bearer })).json().types as { type: string; name: string; rule: string }[];
    expect(en.map((t) => t.type)).toEqual(DETECTORS.map((d) => d.type));
    expect(en.map((t) => t.name)).toEqual(DETECTORS.map((d) => d.texts.en.name));
    const fr = (await app.inject({ url: '/api/findings/types', headers: { ...bearer, 'accept-language': 'fr-CH, fr;q=0.9' } })).json().types as { type: string; name: string; rule: string }[];
    expect(fr.map((t) => [t.name, t.rule])).toEqual(DETECTORS.map((d) => [d.texts.fr.name, d.texts.fr.rule]));
    // every finding listed carries the name of its kind in the reader's language
    const list = (await app.inject({ url: '/api/findings?year=2006&participant=GH', headers: { ...bearer, 'accept-language': 'pt' } })).json().findings as { type: string; explained: { name: string } }[];
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) expect(f.explained.name).toBe(findingTypeName(f.type, 'pt'));
  });

  it("explains a finding's evidence in the language asked for", async () => {
    const bearer = { authorization: `Bearer ${monitor}` };
    const [surge] = (await app.inject({ url: '/api/findings?year=2006&participant=GH&type=neighbour_surge', headers: bearer })).json().findings as { id: string }[];
    // without ?lang=, the reader's language: English for a reader who asks for none
    const plain = (await app.inject({ url: `/api/findings/${surge!.id}`, headers: bearer })).json().explained;
    expect(plain.lang).toBe('en');
    expect(plain.reason).toMatch(/^Ghana's exports rose .* its neighbour Côte d'Ivoire was under a UN measure\.$/);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fr = (await app.inject({ url: `/api/findings/${surge!.id}?lang=fr`, headers: bearer })).json().explained;
    expect(fr.lang).toBe('fr');
    expect(fr.reason).toMatch(new RegExp(`^Les exportations de ${esc(countryName('GH', 'fr'))} ont augmenté de \\d+\\s?% .* son voisin ${esc(countryName('CI', 'fr'))} était sous une mesure des Nations Unies\\.$`));
    // Accept-Language chooses as ?lang= does, on one finding and on the list, Participants named in that language
    const es = (await app.inject({ url: `/api/findings/${surge!.id}`, headers: { ...bearer, 'accept-language': 'es-ES,es;q=0.9' } })).json().explained;
    expect(es.lang).toBe('es');
    expect(es.reason).toContain(countryName('GH', 'es'));
    const list = (await app.inject({ url: '/api/findings?year=2006&participant=GH', headers: { ...bearer, 'accept-language': 'ru' } })).json().findings as { id: string; explained: { lang: string; reason: string | null } }[];
    expect(list.find((f) => f.id === surge!.id)!.explained).toEqual(ru0(await app.inject({ url: `/api/findings/${surge!.id}?lang=ru`, headers: bearer })));
    expect(list.every((f) => f.explained.lang === 'ru')).toBe(true);
    expect(fr.figures.find((x: { key: string }) => x.key === 'neighbour').label).toBe('Voisin');
    const ru = (await app.inject({ url: `/api/findings/${surge!.id}?lang=ru`, headers: bearer })).json().explained;
    expect(ru.reason).toContain('под мерой ООН');
    expect((await app.inject({ url: `/api/findings/${surge!.id}?lang=de`, headers: bearer })).statusCode).toBe(400);
  });

  it('carries a finding through acknowledge, comment and close with its outcome, audited, and keeps it closed', async () => {
    const bearer = { authorization: `Bearer ${monitor}` };
    const [balance] = (await app.inject({ url: '/api/findings?year=2006&participant=GH&type=balance', headers: bearer })).json().findings as { id: string }[];
    const ack = await app.inject({ method: 'PATCH', url: `/api/findings/${balance!.id}`, headers: bearer, payload: { status: 'acknowledged', assignee: 'WGM rapporteur', comment: 'Ask Ghana for its export records of 2006.' } });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged', assignee: 'WGM rapporteur', comments: [{ text: 'Ask Ghana for its export records of 2006.' }] });
    const noOutcome = await app.inject({ method: 'PATCH', url: `/api/findings/${balance!.id}`, headers: bearer, payload: { status: 'closed' } });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().details[0].path).toBe('outcome');
    const closed = await app.inject({ method: 'PATCH', url: `/api/findings/${balance!.id}`, headers: bearer, payload: { status: 'closed', outcome: 'Referred to the review mission of February 2007.' } });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'Referred to the review mission of February 2007.' });
    await service.run(store.db, SYSTEM, 2006);
    expect((await service.get(store.db, SYSTEM, balance!.id)).status).toBe('closed');
  });
});
