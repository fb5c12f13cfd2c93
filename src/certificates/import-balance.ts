// What is left of an import certificate to draw re-exports on (issue #21, point 3): the carats
// confirmed received less the drawings of re-exports not cancelled. A certificates question, asked by
// the officers of the importing Participant and by the importing company's own users.

import type { Actor } from '../auth/model.js';
import { nameKey } from '../companies/model.js';
import { authorize } from '../companies/policy.js';
import { isCompanyUser } from '../companies/stock.js';
import * as companyStore from '../companies/store.js';
import { forbidden, notFound } from '../core/errors.js';
import { m as rc } from './receipt-messages.js';
import type { Db } from '../db/store.js';
import { participantOfNumber } from './numbering.js';
import * as drawings from './reexport-store.js';

interface Doc {
  importer: { name: string };
  origin: string;
  origins?: string[];
  issuer: { countryOfExport: string };
}

export interface ImportBalance {
  number: string;
  issuer: string;
  importer: string;
  origin: string;
  origins: string[] | null;
  countryOfExport: string;
  cancelled: boolean;
  confirmedCarats: number | null;
  drawnCarats: number;
  leftCarats: number;
}

/**
 * What is left of an import certificate to draw re-exports on: the carats confirmed received less the
 * drawings of re-exports not cancelled, with its origin. Officers of the importing Participant, and a
 * company user only for its own company's imports; another Participant's import is not found.
 */
export async function importBalance(db: Db, actor: Actor, number: string): Promise<ImportBalance> {
  authorize(actor, 'companies.stock.read', {});
  const p = participantOfNumber(number);
  const row = p ? await drawings.importRow(db, p, number) : undefined;
  if (!row || row.importer_participant !== actor.participant) throw notFound(rc('balance.unknown', { number, participant: String(actor.participant) }));
  const doc = JSON.parse(row.document) as Doc;
  if (isCompanyUser(actor)) {
    const own = actor.userId ? await companyStore.companyOfUser(db, row.importer_participant, actor.userId) : undefined;
    if (!own || own.name_key !== nameKey(doc.importer.name)) throw forbidden(rc('balance.otherCompany', { number, importer: doc.importer.name, user: actor.name }));
  }
  const confirmed = row.confirmed_carats === null ? null : Number(row.confirmed_carats);
  const drawn = await drawings.drawnOn(db, row.importer_participant, number);
  const left = confirmed === null || row.cancelled_at ? 0 : (Math.round(confirmed * 100) - Math.round(drawn * 100)) / 100;
  return { number, issuer: row.participant, importer: doc.importer.name, origin: doc.origin, origins: doc.origins ?? null, countryOfExport: doc.issuer.countryOfExport, cancelled: row.cancelled_at !== null, confirmedCarats: confirmed, drawnCarats: drawn, leftCarats: left };
}
