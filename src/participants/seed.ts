// Turns the 2006 registry (../shared/data/kp-2006.json, copied into seed/) into rows. Facts that
// A/61/589 does not give are marked in `note`/`source`, and dates known only to the year are marked so.
import kp2006 from './seed/kp-2006.json' with { type: 'json' };
import authorities from './seed/authorities.json' with { type: 'json' };
import type { Language, MeasureScope, ParticipantStatus } from './model.js';

export interface RegistrySeed {
  participants: { code: string; name: string; kind: 'country' | 'regional_organisation' | 'trading_entity'; language: Language; authority_name: string }[];
  statuses: { participant: string; status: ParticipantStatus; validFrom: string; validTo: string | null; fromPrecision: 'day' | 'year'; basis: string | null; note: string | null; source: string }[];
  members: { participant: string; country: string; validFrom: string; validTo: string | null; basis: string }[];
  measures: { target: string; kind: 'embargo' | 'sanctions'; basis: string; validFrom: string; validTo: string | null; note: string | null; symbol: string | null; scope: MeasureScope }[];
  organisations: { id: string; name: string; kind: 'industry' | 'civil_society' | 'un_body' }[];
  chairs: { year: number; chair: string; viceChair: string | null }[];
  workingGroups: { id: string; name: string; chair: string; established: string | null; note: string | null; members: { member: string; role: 'member' | 'coordinator'; region: string | null }[] }[];
  observers: { year: number; member: string; note: string | null }[];
}

const SCHEME_START = kp2006.scheme_start.date; // 2003-01-01
const UN_REPORT_2006 = 'A/61/589';
const PUBLIC_RECORD = 'public record';

/** The plenary language an authority most likely prints its certificates in, beside English. */
const LANGUAGE: Record<string, Language> = {
  AO: 'pt', BR: 'pt', VE: 'es', RU: 'ru', BY: 'ru', UA: 'ru', AM: 'ru',
  CF: 'fr', CI: 'fr', CD: 'fr', GN: 'fr', TG: 'fr', LB: 'fr', CG: 'fr', CM: 'fr', GA: 'fr', ML: 'fr', TN: 'fr', MX: 'es', CV: 'pt',
};

/** The ten states that joined the European Union on 1 May 2004 (public record). */
const EU_2004 = new Set(['CY', 'CZ', 'EE', 'HU', 'LV', 'LT', 'MT', 'PL', 'SK', 'SI']);

/**
 * The enlargement of 1 January 2007 (public record): Bulgaria and Romania join the European Union,
 * are covered by the European Community's participation from that day, and their own ends.
 */
export const EU_2007 = { day: '2007-01-01', countries: ['BG', 'RO'], treaty: 'Treaty of Accession of 2005', basis: 'Treaty of Accession of 2005 (in force 1 January 2007)' } as const;
const EU_BASIS = { founding: 'member state of the European Union when the scheme took effect', 2004: 'Treaty of Accession of 2003 (in force 1 May 2004)' } as const;

/** The name of each entry's KP authority, the name its certificates carry (seed/authorities.json). */
export function authorityName(code: string): string {
  const a = (authorities.authorities as Record<string, { name: string; source: string }>)[code];
  if (!a) throw new Error(`seed/authorities.json names no KP authority for ${code}`);
  return a.name;
}

const COUNTRY_NAMES: Record<string, string> = { LR: 'Liberia', CG: 'Congo, Republic of' };

const UN_BODIES = [
  { id: 'UN-POE-CI', name: "UN Panel of Experts on Côte d'Ivoire (Security Council resolution 1584 (2005))", kind: 'un_body' as const },
  { id: 'UN-POE-LR', name: 'UN Panel of Experts on Liberia (Security Council resolution 1521 (2003))', kind: 'un_body' as const },
];

export function registrySeed(): RegistrySeed {
  const seed: RegistrySeed = { participants: [], statuses: [], members: [], measures: [], organisations: [], chairs: [], workingGroups: [], observers: [] };
  const joined2006 = new Set(kp2006.joined_2006);

  for (const p of kp2006.participants) {
    seed.participants.push({ code: p.code, name: p.name, kind: p.code === 'EU' ? 'regional_organisation' : 'country', language: LANGUAGE[p.code] ?? 'en', authority_name: authorityName(p.code) });
    if (p.code === 'CG') continue;
    const late = joined2006.has(p.code);
    const joinsEu = (EU_2007.countries as readonly string[]).includes(p.code);
    seed.statuses.push({
      participant: p.code,
      status: 'participant',
      validFrom: late ? '2006-01-01' : SCHEME_START,
      validTo: joinsEu ? EU_2007.day : null,
      fromPrecision: late ? 'year' : 'day',
      basis: late ? 'admitted by the Participation Committee in 2006' : null,
      note: [
        late ? 'admitted during 2006; the exact date is not in A/61/589' : 'listed at the Gaborone plenary 2006; the date of joining before 2006 is not in A/61/589, the start of the scheme is used',
        ...(joinsEu ? [`participation ended on joining the European Union on 1 January 2007 (${EU_2007.treaty}): covered by the European Community from that day`] : []),
      ].join('; '),
      source: UN_REPORT_2006,
    });
  }
  for (const t of kp2006.trading_entities) {
    seed.participants.push({ code: t.code, name: t.name, kind: 'trading_entity', language: 'en', authority_name: authorityName(t.code) });
    seed.statuses.push({ participant: t.code, status: 'trading_entity', validFrom: SCHEME_START, validTo: null, fromPrecision: 'day', basis: t.note, note: 'date of recognition not in A/61/589', source: UN_REPORT_2006 });
  }
  for (const a of kp2006.applicants) {
    seed.participants.push({ code: a.code, name: a.name, kind: 'country', language: LANGUAGE[a.code] ?? 'en', authority_name: authorityName(a.code) });
    seed.statuses.push({ participant: a.code, status: 'applicant', validFrom: '2006-01-01', validTo: null, fromPrecision: 'year', basis: 'application pending with the Participation Committee', note: 'pending in 2006; the date of application is not in A/61/589', source: UN_REPORT_2006 });
  }
  // Countries the registry must know although they are not Participants in 2006.
  for (const h of kp2006.status_history) {
    if (!seed.participants.some((p) => p.code === h.code)) {
      seed.participants.push({ code: h.code, name: COUNTRY_NAMES[h.code] ?? h.code, kind: 'country', language: LANGUAGE[h.code] ?? 'en', authority_name: authorityName(h.code) });
    }
  }
  // The Republic of Congo: a Participant until its removal on 2004-07-09.
  for (const h of kp2006.status_history.filter((s) => s.code === 'CG')) {
    seed.statuses.push({
      participant: 'CG',
      status: h.status as ParticipantStatus,
      validFrom: h.from!,
      validTo: h.to ?? null,
      fromPrecision: 'day',
      basis: h.basis ?? null,
      note: h.status === 'removed' ? 'observer at the Gaborone plenary 2006, seeking readmission' : null,
      source: PUBLIC_RECORD,
    });
  }
  seed.statuses.push({ participant: 'LR', status: 'non_participant', validFrom: SCHEME_START, validTo: null, fromPrecision: 'day', basis: 'under UN Security Council diamond sanctions', note: 'observer at the Gaborone plenary 2006, preparing to participate', source: UN_REPORT_2006 });

  for (const c of kp2006.european_community_members) {
    seed.members.push({ participant: 'EU', country: c, validFrom: EU_2004.has(c) ? '2004-05-01' : SCHEME_START, validTo: null, basis: EU_2004.has(c) ? EU_BASIS[2004] : EU_BASIS.founding });
  }
  for (const c of EU_2007.countries) seed.members.push({ participant: 'EU', country: c, validFrom: EU_2007.day, validTo: null, basis: EU_2007.basis });

  // Liberia's first diamond measure (public record, before the scheme): resolution 1343 of 7 March 2001
  // bars every State from importing rough diamonds from Liberia from 7 May 2001 (its paragraph 6);
  // resolution 1521 (2003) ended it and imposed the same bar anew on 22 December 2003.
  seed.measures.push({
    target: 'LR', kind: 'sanctions', symbol: 'S/RES/1343 (2001)', scope: 'rough diamonds export',
    basis: 'UN Security Council resolution 1343 (2001) diamond sanctions: all States to prevent the import of rough diamonds from Liberia',
    validFrom: '2001-05-07', validTo: '2003-12-22', note: 'terminated and re-imposed by UN Security Council resolution 1521 (2003) (public record)',
  });
  for (const h of kp2006.status_history.filter((s) => s.measure)) {
    seed.measures.push({
      // both resolutions bar every State from importing rough diamonds from the target
      symbol: h.code === 'CI' ? 'S/RES/1643 (2005)' : 'S/RES/1521 (2003)',
      scope: 'rough diamonds export',
      target: h.code,
      kind: h.code === 'CI' ? 'embargo' : 'sanctions',
      basis: h.measure!,
      // Liberia's sanctions date from resolution 1521 of 22 December 2003 (public record).
      validFrom: h.code === 'CI' ? h.from! : '2003-12-22',
      validTo: h.measure_to ?? null,
      note: h.measure_to_note ?? null,
    });
  }

  for (const o of kp2006.organisation_observers) seed.organisations.push({ id: o.id, name: o.name, kind: o.kind as 'industry' | 'civil_society' });
  seed.organisations.push(...UN_BODIES);

  for (const c of kp2006.chairs) seed.chairs.push({ year: c.year, chair: c.chair, viceChair: (c as { vice_chair?: string }).vice_chair ?? null });
  // Botswana was Vice-Chair in 2005 (it became Chair for 2006 by rotation).
  const c2005 = seed.chairs.find((c) => c.year === 2005);
  if (c2005 && !c2005.viceChair) c2005.viceChair = 'BW';

  for (const g of kp2006.working_groups) {
    const coordinators = (g as { coordinators?: Record<string, string> }).coordinators ?? {};
    seed.workingGroups.push({
      id: g.id,
      name: g.name,
      chair: g.chair,
      established: g.id === 'WGAAP' ? '2006-11-09' : null,
      note: (g as { note?: string }).note ?? null,
      members: g.members.map((m) => ({ member: m, role: coordinators[m] ? 'coordinator' : 'member', region: coordinators[m] ?? null })),
    });
  }

  for (const o of kp2006.country_observers_at_plenary) seed.observers.push({ year: 2006, member: o.code, note: (o as { note?: string }).note ?? null });
  for (const o of kp2006.organisation_observers) seed.observers.push({ year: 2006, member: o.id, note: o.kind });
  return seed;
}
