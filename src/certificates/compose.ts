// The pure half of issuing a batch (no I/O): from checked requests, their sequence numbers, the
// authority keys and the log's head, the signed documents, their store rows and the log append. The
// store's transaction (issuance.ts) calls it in-thread; the bulk pipeline (pipeline.ts) runs it in a
// worker thread for the next batch while the store writes this one. Same code, same bytes.
import { randomUUID, type KeyObject } from 'node:crypto';
import type { ErrorDetail } from '../core/errors.js';
import { expiry, STATEMENT, totals, type CertificateBody, type CertificateRequest, type GoodsLine, type SignedCertificate } from './model.js';
import { formatNumber } from './numbering.js';
import { confirmationMismatches, type ConfirmationInput } from './receipt-rules.js';
import { planAppend, saltedRecord, type PlannedAppend } from './log-plan.js';
import { bodyHash, issueLeaf, signCertificate } from './signing.js';
import type { CertificateRow, ConfirmationRow } from './store.js';
import { codeHash, newVerificationCodes } from './verification-code.js';
import { storedForm } from './stored-form.js';

/** What composing needs of a checked request (a Prepared without the actor object). */
export interface ComposeJob {
  req: CertificateRequest;
  issuing: string;
  issuerName: string;
  authority: string | null;
  importerParticipant: string;
  issuedAt: Date;
  validityDays: number;
  /** who issued, as the row records it */
  issuedBy: string;
}

export interface ComposeInput {
  jobs: ComposeJob[];
  /** each job's sequence number in its Participant's year */
  seqs: number[];
  /** the key in service per issuing Participant */
  keys: Map<string, { id: string; key: KeyObject }>;
  /** the log before the batch: size and right edge (hex, largest subtree first) */
  log: { size: number; frontier: string[] };
  /** the importing authority's receipt of each job's certificate, recorded right after (a history written after the fact) */
  receipts?: Receipt[];
}

export interface Composed {
  docs: SignedCertificate[];
  /** each certificate's verification code (verification-code.ts), given to the issuer once: the rows keep only its hash */
  codes: string[];
  rows: CertificateRow[];
  append: PlannedAppend;
  /** the receipts' confirmations, logged after the batch's issuances */
  confirmations?: ComposedConfirmations;
}

/** A receipt, checked already (the importing authority's right, the input's shape). */
export interface Receipt {
  input: ConfirmationInput;
  at: Date;
  receivedOn: string;
  confirmedBy: string;
}

/** A confirmation to compose: the certificate as stored, and the receipt. */
export interface ConfirmJob extends Receipt {
  number: string;
  issuer: string;
  importer: string;
  /** what the certificate states, as the store holds it */
  stated: { parcels: number; carats: number; valueUsd: number; goods?: GoodsLine[] };
  /** flags raised outside the figures (a UN diamond measure on the shipment: embargo.ts), recorded with the mismatches */
  flags?: ErrorDetail[];
}

export interface ComposedConfirmations {
  rows: ConfirmationRow[];
  append: PlannedAppend;
  mismatches: ErrorDetail[][];
}

/** Numbers, hashes, log positions, signatures and rows of a batch, in the order of its jobs. */
export function composeBatch({ jobs, seqs, keys, log, receipts }: ComposeInput): Composed {
  const contents = jobs.map((j, i): Omit<CertificateBody, 'transparency'> => ({
    type: 'kp-certificate',
    version: 1,
    title: 'Kimberley Process Certificate',
    statement: STATEMENT,
    number: formatNumber(j.issuing, j.req.exporter.country, j.issuedAt.getUTCFullYear(), seqs[i]!),
    issuedAt: j.issuedAt.toISOString(),
    expiresAt: expiry(j.issuedAt, j.validityDays).toISOString(),
    issuer: { participant: j.issuing, name: j.issuerName, authority: j.authority, countryOfExport: j.req.exporter.country, keyId: keys.get(j.issuing)!.id },
    ...j.req,
    totals: totals(j.req.goods),
  }));
  const hashes = contents.map((c) => bodyHash(c));
  const plan = planAppend(log.size, log.frontier, contents.map((c, i) => ({ event: 'issued', participant: c.issuer.participant, number: c.number, at: jobs[i]!.issuedAt, recordHash: hashes[i]!, leaf: issueLeaf(c, hashes[i]) })));
  const docs = contents.map((c, i) => {
    const a = plan.appended[i]!;
    return signCertificate({ ...c, transparency: { leafIndex: a.index, treeSize: a.treeSize, rootHash: a.root } }, keys.get(c.issuer.participant)!.key, a.proof, hashes[i]);
  });
  const codes = newVerificationCodes(docs.length);
  const rows = docs.map((d, i): CertificateRow => {
    const j = jobs[i]!;
    return {
      participant: j.issuing, id: randomUUID(), number: d.number, year: j.issuedAt.getUTCFullYear(), seq: seqs[i]!, country_of_export: j.req.exporter.country,
      importer_participant: j.importerParticipant, importer_country: j.req.importer.country, issued_at: j.issuedAt, expires_at: new Date(d.expiresAt),
      key_id: d.issuer.keyId, document: storedForm(d), body_hash: hashes[i]!, log_index: plan.appended[i]!.index,
      carats: d.totals.carats.toFixed(2), value_usd: d.totals.valueUsd.toFixed(2), parcels: d.parcels, issued_by: j.issuedBy,
      verification_code_hash: codeHash(d.number, codes[i]!),
    };
  });
  if (!receipts) return { docs, codes, rows, append: plan };
  const confirmations = composeConfirmations(
    docs.map((d, i) => ({ ...receipts[i]!, number: d.number, issuer: d.issuer.participant, importer: jobs[i]!.importerParticipant, stated: { parcels: d.parcels, carats: Number(rows[i]!.carats), valueUsd: Number(rows[i]!.value_usd), goods: d.goods } })),
    { size: plan.start + docs.length, frontier: plan.frontier },
  );
  return { docs, codes, rows, append: plan, confirmations };
}

/** What a confirmation is compared with: the certificate's figures as stored. */
export const statedOf = (j: ConfirmJob) => ({ parcels: j.stated.parcels, totals: { carats: j.stated.carats, valueUsd: j.stated.valueUsd }, goods: j.stated.goods });

/** Mismatches, record hashes, the log append (one root, after the last) and the rows of confirmations. */
export function composeConfirmations(jobs: ConfirmJob[], log: { size: number; frontier: string[] }): ComposedConfirmations {
  const mismatches = jobs.map((j) => [...confirmationMismatches(statedOf(j), j.input), ...(j.flags ?? [])]);
  // each record salted with a secret kept with it (log-plan.ts saltedRecord): its leaf tells nothing to a guesser
  const salted = jobs.map((j, i) => saltedRecord({ number: j.number, participant: j.importer, parcels: j.input.parcels, carats: j.input.carats, sealsIntact: j.input.sealsIntact, receivedOn: j.receivedOn, mismatches: mismatches[i] }));
  const append = planAppend(
    log.size,
    log.frontier,
    jobs.map((j, i) => ({ event: 'confirmed' as const, participant: j.importer, number: j.number, at: j.at, recordHash: salted[i]!.recordHash })),
    { roots: 'last' },
  );
  const rows = jobs.map((j, i): ConfirmationRow => ({
    participant: j.importer, id: randomUUID(), certificate_participant: j.issuer, certificate_number: j.number,
    parcels: j.input.parcels, carats: j.input.carats, seals_intact: j.input.sealsIntact, received_on: j.receivedOn, mismatches: JSON.stringify(mismatches[i]),
    flagged: mismatches[i]!.length > 0, note: j.input.note ?? null, confirmed_at: j.at, confirmed_by: j.confirmedBy, log_index: append.appended[i]!.index, log_salt: salted[i]!.salt,
  }));
  return { rows, append, mismatches };
}
