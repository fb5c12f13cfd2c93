// The text the store keeps of a certificate document (certificates.document), and the document read
// back from it. Left out of the text: the log proof (the log's nodes hold it; log.storedDocument puts it
// back) and, under "@stored": 1, the four fields every certificate of format 1 states alike — its type,
// version, title and statement, about a fifth of its bytes. Reading gives the same object with the same
// keys in the same order, so the document, its canonical form and its signature are exactly those
// issued. A text without "@stored" (written before, or a document received whole from another log) is
// read as it is.
import type { SignedCertificate } from './model.js';

/**
 * The fields each stored form leaves out, in the document's order. Frozen: a row names its form, so
 * these values must never change; a certificate that states anything else is stored whole (or under a
 * new form, 2).
 */
const FORMS: Readonly<Record<number, Readonly<Record<string, unknown>>>> = {
  1: {
    type: 'kp-certificate',
    version: 1,
    title: 'Kimberley Process Certificate',
    statement: 'The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley Process Certification Scheme for rough diamonds.',
  },
};

const MARK = '@stored';

/** The document as the store keeps it: without its log proof, and without form 1's fields when it starts with them. */
export function storedForm(doc: SignedCertificate): string {
  const { logProof: _proof, ...rest } = doc;
  const form = FORMS[1]!;
  const keys = Object.keys(form);
  const own = Object.keys(rest);
  const record = rest as unknown as Record<string, unknown>;
  // a document with a field of the mark's name is stored whole: under the mark, that field would be lost
  if (!keys.every((k, i) => own[i] === k && record[k] === form[k]) || Object.hasOwn(record, MARK)) return JSON.stringify(rest);
  const out: Record<string, unknown> = { [MARK]: 1 };
  // an own "__proto__" key defined, not assigned: it must stay a field (as signing.ts `without`)
  for (let i = keys.length; i < own.length; i++) {
    const k = own[i]!;
    if (k === '__proto__') Object.defineProperty(out, k, { value: record[k], enumerable: true, writable: true, configurable: true });
    else out[k] = record[k];
  }
  return JSON.stringify(out);
}

/** The document a stored text holds (its log proof still to be put back when it was left out). */
export function documentOf(text: string): SignedCertificate {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const form = parsed[MARK];
  if (form === undefined || Object.keys(parsed)[0] !== MARK || 'type' in parsed) return parsed as unknown as SignedCertificate;
  const fields = typeof form === 'number' ? FORMS[form] : undefined;
  if (!fields) throw new Error(`a stored certificate of an unknown form (${JSON.stringify(form)})`);
  const out: Record<string, unknown> = { ...fields };
  for (const [k, v] of Object.entries(parsed)) if (k !== MARK) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out as unknown as SignedCertificate;
}
