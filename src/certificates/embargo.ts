// The UN diamond measures on a shipment that already exists (a certificate confirmed at import, checked
// at a border): the registry facts of the day it was issued and of the day it is looked at, asked of the
// participants service, judged by the pure rule model.embargoFlags. Issuance refuses by model.checkRules.
import type { Db } from '../db/store.js';
import type { ErrorDetail } from '../core/errors.js';
import type { IsoDay } from '../core/time.js';
import * as participants from '../participants/service.js';
import { embargoFlags, type CertificateBody, type StandingFact } from './model.js';

/** A country's standing on the first day, with the measures in force on either day. */
async function standingOver(db: Db, country: string, days: IsoDay[]): Promise<StandingFact> {
  const [first, ...rest] = await Promise.all(days.map((d) => participants.standing(db, country, d)));
  const measures = new Map(first!.measures.map((m) => [m.id, m]));
  for (const st of rest) for (const m of st.measures) measures.set(m.id, m);
  return { country, participant: first!.participant, status: first!.status, goodStanding: first!.goodStanding, name: first!.name, participantName: first!.participantName, measures: [...measures.values()] };
}

/** Flags for a shipment from (or to) a country under a UN diamond measure on its day of issue or on `at`. */
export async function embargoFlagsOf(db: Db, doc: { issuer: Pick<CertificateBody['issuer'], 'countryOfExport'>; importer: Pick<CertificateBody['importer'], 'country'>; issuedAt: string }, at: IsoDay): Promise<ErrorDetail[]> {
  const issued = doc.issuedAt.slice(0, 10);
  const days = [...new Set([issued, at])];
  const [exporter, importer] = await Promise.all([standingOver(db, doc.issuer.countryOfExport, days), standingOver(db, doc.importer.country, days)]);
  return embargoFlags(exporter, importer, { issued, at });
}
