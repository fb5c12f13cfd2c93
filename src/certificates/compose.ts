// The pure half of issuing a batch (no I/O): from checked requests, their sequence numbers, the
// authority keys and the log's head, the signed documents, their store rows and the log append. The
// store's transaction (issuance.ts) calls it in-thread; the bulk pipeline (pipeline.ts) runs it in a
// worker thread for the next batch while the store writes this one. Same code, same bytes.
import { randomUUID, type KeyObject } from 'node:crypto';
import { expiry, formatNumber, STATEMENT, totals, type CertificateBody, type CertificateRequest, type SignedCertificate } from './model.js';
import { planAppend, type PlannedAppend } from './log-plan.js';
import { bodyHash, issueLeaf, signCertificate } from './signing.js';
import type { CertificateRow } from './store.js';

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
}

export interface Composed {
  docs: SignedCertificate[];
  rows: CertificateRow[];
  append: PlannedAppend;
}

/** Numbers, hashes, log positions, signatures and rows of a batch, in the order of its jobs. */
export function composeBatch({ jobs, seqs, keys, log }: ComposeInput): Composed {
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
  const rows = docs.map((d, i): CertificateRow => {
    const j = jobs[i]!;
    return {
      participant: j.issuing, id: randomUUID(), number: d.number, year: j.issuedAt.getUTCFullYear(), seq: seqs[i]!, country_of_export: j.req.exporter.country,
      importer_participant: j.importerParticipant, importer_country: j.req.importer.country, issued_at: j.issuedAt, expires_at: new Date(d.expiresAt),
      key_id: d.issuer.keyId, document: storedForm(d), body_hash: hashes[i]!, log_index: plan.appended[i]!.index,
      carats: d.totals.carats.toFixed(2), value_usd: d.totals.valueUsd.toFixed(2), parcels: d.parcels, issued_by: j.issuedBy,
    };
  });
  return { docs, rows, append: plan };
}

/**
 * The document as the store keeps it: without its log proof, which the log's nodes hold and
 * log.storedDocument rebuilds, byte for byte (the proof is not signed; it proves the signed root).
 * A million entries into the log, the proof is two thirds of a document's bytes.
 */
export function storedForm(doc: SignedCertificate): string {
  const { logProof: _proof, ...rest } = doc;
  return JSON.stringify(rest);
}
