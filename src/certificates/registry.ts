// The registry facts an issuance is judged by, asked of the participants service (never its tables;
// that service keeps the small registry in memory, so these questions cost no round trip).
import type { Db } from '../db/store.js';
import type { IsoDay } from '../core/time.js';
import * as participants from '../participants/service.js';
import type { ParticipantDetail } from '../participants/model.js';
import type { StandingFact } from './model.js';

export interface Facts {
  countries: Record<string, StandingFact>;
  detail(code: string): Promise<ParticipantDetail | undefined>;
}

export async function registryFacts(db: Db, day: IsoDay, countries: string[]): Promise<Facts> {
  const standings = await Promise.all(countries.map((c) => participants.standing(db, c, day)));
  const out: Record<string, StandingFact> = {};
  for (const st of standings) out[st.country] = { country: st.country, participant: st.participant, status: st.status, goodStanding: st.goodStanding, measures: st.measures, name: st.name, participantName: st.participantName };
  return { countries: out, detail: (code) => participants.get(db, code, day).catch(() => undefined) };
}
