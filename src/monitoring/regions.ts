// The regional view: the two regional problems of A/61/589. West Africa around Côte d'Ivoire (the
// Moscow resolution of 2005, the Ghana case of 2006) and South America (Venezuela's withdrawal from
// exporting, its neighbours Guyana and Brazil). Production and exports per country over the years,
// the open findings and suspicious shipments of the region, and the UN measures.
import type { Store } from '../db/store.js';
import { detail, invalid } from '../core/errors.js';
import { field } from '../core/messages.js';
import { m } from './messages.js';
import type { Actor } from '../auth/model.js';
import { authorize, can } from './policy.js';
import * as participants from '../participants/service.js';
import { currentFigures } from '../statistics/figures.js';
import * as shipments from './shipments/service.js';
import * as store from './store.js';

export const REGIONS = {
  'west-africa': { name: 'West Africa', countries: ['CI', 'GH', 'GN', 'LR', 'SL', 'ML', 'BF', 'TG'] },
  'south-america': { name: 'South America', countries: ['VE', 'BR', 'GY'] },
} as const;
export type RegionId = keyof typeof REGIONS;

export interface RegionYear {
  participant: string;
  year: number;
  productionCarats: number;
  productionUsd: number;
  exportsCarats: number;
  exportsUsd: number;
}

export async function region(s: Store, actor: Actor, id: string, range: { from?: number; to?: number } = {}) {
  authorize(actor, 'findings.read');
  const r = REGIONS[id as RegionId];
  if (!r) throw invalid(m('region.unknown', { id, allowed: Object.keys(REGIONS).join(', ') }), [detail('region', m('region.unknownDetail'))]);
  const to = range.to ?? new Date().getUTCFullYear();
  const from = range.from ?? Math.max(2003, to - 19);
  if (from > to || to - from > 40) throw invalid(m('region.years', { from: String(from), to: String(to) }), [detail('from', field('outOfRange'))]);
  const countries: readonly string[] = r.countries;
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const figures = await currentFigures(s.db, years);
  const series = new Map<string, RegionYear>();
  const at = (p: string, y: number) => {
    const k = `${p}|${y}`;
    let v = series.get(k);
    if (!v) series.set(k, (v = { participant: p, year: y, productionCarats: 0, productionUsd: 0, exportsCarats: 0, exportsUsd: 0 }));
    return v;
  };
  for (const row of figures.production) {
    if (!countries.includes(row.reporter)) continue;
    const v = at(row.reporter, Number(row.period.slice(0, 4)));
    v.productionCarats += row.carats;
    v.productionUsd += row.value_usd;
  }
  for (const row of figures.trade) {
    if (row.flow !== 'export' || !countries.includes(row.reporter)) continue;
    const v = at(row.reporter, Number(row.period.slice(0, 4)));
    v.exportsCarats += row.carats;
    v.exportsUsd += row.value_usd;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const measures = (await participants.allMeasures(s.db)).filter((m) => countries.includes(m.target));
  const findings = (await Promise.all(countries.map((c) => store.list(s.db, { participant: c })))).flat().filter((f) => f.status !== 'closed');
  const reported = can(actor, 'shipments.read') ? await shipments.list(s, actor, { countries: [...countries] }) : [];
  return {
    region: id,
    name: r.name,
    countries: [...countries],
    from,
    to,
    series: [...series.values()]
      .map((v) => ({ ...v, productionCarats: round(v.productionCarats), productionUsd: round(v.productionUsd), exportsCarats: round(v.exportsCarats), exportsUsd: round(v.exportsUsd) }))
      .sort((a, b) => a.participant.localeCompare(b.participant) || a.year - b.year),
    measures: measures.map((m) => ({ target: m.target, kind: m.kind, basis: m.basis, validFrom: m.validFrom, validTo: m.validTo })),
    findings: findings.map(({ id: fid, type, participant, period, severity, summary, status }) => ({ id: fid, type, participant, period, severity, summary, status })),
    shipments: reported,
  };
}
