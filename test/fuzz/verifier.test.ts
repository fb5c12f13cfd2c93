// Hostile input to the offline certificate verifier: any mutation of a signed certificate (a field
// replaced by any JSON value, a type changed, a field removed or added, unicode, huge or non-finite
// numbers, deep nesting, the JSON text itself edited) is never "genuine" and never throws.
// fast-check prints the seed and the shrunk counterexample when a property fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateFixture } from '../support/certificates.js';
import { chairKeyIdOf, checkTrustList, generateKeyPair, privateKeyObject, signEndorsement, signTrustList, type TrustList } from '../../src/certificates/signing.js';
import { contextFromTrustList, verifyCertificate, VERDICTS } from '../../src/certificates/verification.js';

const { authority, authorityId, scheme, schemeId, signed, logTrusted, bundled } = certificateFixture;
const list: TrustList = signTrustList(
  {
    type: 'kp-trust-list', version: 1, issuedAt: '2006-03-02T00:00:00.000Z', chair: 'BW',
    signer: { keyId: schemeId, publicKey: scheme.publicKey },
    keys: [{ keyId: authorityId, owner: 'ZA', purpose: 'certificate', publicKey: authority.publicKey, validFrom: '2006-01-01T00:00:00.000Z', validTo: null, revokedAt: null }, logTrusted],
    cancelled: [],
  },
  privateKeyObject(scheme.privateKeyDer),
);
// a list signed by the Chair's key, with a chain of two endorsements (EU 2007 → IN 2008 → NA 2009)
const chairKeys = (['EU', 'IN', 'NA'] as const).map((chair, i) => {
  const pair = generateKeyPair();
  return { ref: { keyId: chairKeyIdOf(chair, pair.publicKey), publicKey: pair.publicKey, chair, year: 2007 + i }, key: privateKeyObject(pair.privateKeyDer) };
});
const chain = [0, 1].map((i) => signEndorsement({ type: 'kp-chair-key-endorsement', at: `${2008 + i}-01-01T00:00:00.000Z`, previous: chairKeys[i]!.ref, next: chairKeys[i + 1]!.ref }, chairKeys[i]!.key));
const { signature: _unsigned, ...listContent } = list;
const chairSigned: TrustList = signTrustList({ ...listContent, version: 2, chair: 'NA', chairYear: 2009, signer: chairKeys[2]!.ref, chain }, chairKeys[2]!.key);
const ctx = contextFromTrustList(list, new Date('2006-03-10T00:00:00Z'));
// offline, a certificate comes in its bundle (the log's signed checkpoint): the mutations reach both
const original = bundled(signed());
const originalText = JSON.stringify(original);

type Path = (string | number)[];
/** every node of a JSON value (objects and arrays too), with its path */
function nodes(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => nodes(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  return here;
}
const paths = nodes(original).filter((p) => p.length > 0);

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates included
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 5e-324, Infinity, -Infinity, NaN, 2 ** 53, 1e21),
  fc.constantFrom(null, true, false, [], {}, '', '\u0000', '\u202e', 'Ｚ', 'ZA\u0301'),
  fc.bigInt().map((b) => Number(b)),
);

type Mutation = { kind: 'replace' | 'delete' | 'add' | 'retype'; path: Path; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'add', 'retype'),
  path: fc.constantFrom(...paths),
  value: hostileValue,
  key: fc.oneof(fc.string(), fc.constantFrom('signature', 'number', '__proto__', 'constructor', 'transparency', 'keyId', 'alg', 'value')),
});

function apply(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const p of m.path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  const last = m.path[m.path.length - 1]!;
  const old = node[last];
  if (m.kind === 'replace') node[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else if (m.kind === 'add') {
    if (old !== null && typeof old === 'object' && !Array.isArray(old)) Object.defineProperty(old, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(old)) old.push(m.value);
    else node[last] = [old, m.value];
  } else {
    // the same content in another type: 12 → "12", "12" → 12, true → "true", an object → its JSON text
    node[last] = typeof old === 'string' ? (Number.isNaN(Number(old)) ? [old] : Number(old)) : old !== null && typeof old === 'object' ? JSON.stringify(old) : String(old);
  }
  return copy;
}

/** the same document for a JSON reader (non-finite numbers and lone surrogates aside)? */
function sameDocument(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b) && !/NaN|Infinity/.test(String(a));
  } catch {
    return false;
  }
}

function checkVerdict(doc: unknown): void {
  let r: ReturnType<typeof verifyCertificate>;
  expect(() => (r = verifyCertificate(doc, ctx))).not.toThrow();
  expect(r!.verdict).not.toBe('genuine');
  expect(r!.valid).toBe(false);
  expect(VERDICTS).toContain(r!.verdict);
  expect(typeof r!.reason).toBe('string');
  expect(r!.reason.length).toBeGreaterThan(10);
}

describe('the certificate verifier under hostile input', () => {
  it('the unaltered certificate is genuine (the baseline of the properties)', () => {
    expect(verifyCertificate(original, ctx).verdict).toBe('genuine');
    expect(verifyCertificate(JSON.parse(originalText), ctx).verdict).toBe('genuine');
  });

  it('any mutation of any field is never genuine and never throws', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const doc = apply(original, m);
        // a mutation that leaves the same JSON (a number rewritten as itself, -0 for 0) is no forgery
        fc.pre(!sameDocument(doc, original) || /NaN|Infinity/.test(String(m.value)));
        checkVerdict(doc);
      }),
      { numRuns: 600 },
    );
  });

  it('two mutations at once (e.g. a field and the signature) are never genuine', () => {
    fc.assert(
      fc.property(mutation, mutation, (a, b) => {
        let doc: unknown;
        try {
          doc = apply(apply(original, a), b);
        } catch {
          fc.pre(false); // the first mutation removed the path of the second
        }
        fc.pre(!sameDocument(doc, original));
        checkVerdict(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('edits of the JSON text (any character inserted, deleted or replaced) are never genuine', () => {
    const edit = fc.record({ at: fc.nat({ max: originalText.length - 1 }), remove: fc.nat({ max: 3 }), insert: fc.string({ maxLength: 4, unit: 'binary' }) });
    fc.assert(
      fc.property(edit, ({ at, remove, insert }) => {
        const text = originalText.slice(0, at) + insert + originalText.slice(at + remove);
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          fc.pre(false); // not JSON: the CLI refuses the file before the verifier
        }
        fc.pre(!sameDocument(doc, original));
        checkVerdict(doc);
      }),
      { numRuns: 800 },
    );
  });

  it('huge numbers, non-finite numbers, lone surrogates and deep nesting in the JSON text do not crash it', () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    for (const [field, raw] of [['parcels', '1e999'], ['parcels', '-1e999'], ['parcels', '123456789012345678901234567890'], ['origin', '"\\ud800"'], ['number', '"ZA-2006-000123\\udfff"'], ['parcels', deep], ['origin', deep], ['exporter', '['.repeat(200_000) + ']'.repeat(200_000)]] as const) {
      const text = originalText.replace(new RegExp(`"${field}":("[^"]*"|\\d+|\\{[^}]*\\})`), `"${field}":${raw}`);
      expect(text).not.toBe(originalText);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        continue; // deeper than JSON.parse takes: refused before the verifier
      }
      checkVerdict(doc);
    }
  });

  it('any mutation of the trust list (its signature object included) is refused, never throws', () => {
    const listPaths = nodes(list).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.record({ kind: fc.constantFrom('replace', 'delete', 'add', 'retype'), path: fc.constantFrom(...listPaths), value: hostileValue, key: fc.string() }) as fc.Arbitrary<Mutation>, (m) => {
        const mutated = apply(list, m);
        fc.pre(!sameDocument(mutated, list));
        let checked: ReturnType<typeof checkTrustList>;
        expect(() => (checked = checkTrustList(mutated, schemeId))).not.toThrow();
        expect(checked!.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("any mutation of a list signed by the Chair's key, its chain included, is refused against the first pinned key", () => {
    expect(checkTrustList(chairSigned, chairKeys[0]!.ref.keyId)).toMatchObject({ ok: true, path: chairKeys.map((k) => k.ref.keyId) });
    const listPaths = nodes(chairSigned).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.record({ kind: fc.constantFrom('replace', 'delete', 'add', 'retype'), path: fc.constantFrom(...listPaths), value: hostileValue, key: fc.string() }) as fc.Arbitrary<Mutation>, (m) => {
        const mutated = apply(chairSigned, m);
        fc.pre(!sameDocument(mutated, chairSigned));
        let checked: ReturnType<typeof checkTrustList>;
        expect(() => (checked = checkTrustList(mutated, chairKeys[0]!.ref.keyId))).not.toThrow();
        expect(checked!.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
