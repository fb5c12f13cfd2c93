// canonicalJson against RFC 8785's own published examples, and against the `canonicalize` package
// (which kpcs signed with before, and the browser's verifier still uses) on many generated values: the
// same text, or the same error, for each. Apart from the RFC's vectors nothing here is a written-down
// answer; the package is the reference.
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateFixture } from '../../test/support/certificates.js';
import { canonicalJson } from './canonical-json.js';

type Outcome = { text: string | undefined } | { error: string };

function outcome(f: (value: unknown) => string | undefined, value: unknown): Outcome {
  try {
    return { text: f(value) };
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** Both serializers on the same value: equal text, or both throwing the same error. */
function same(value: unknown): void {
  expect(outcome(canonicalJson, value)).toEqual(outcome(canonicalize, value));
}

/** An object with these own members, "__proto__" included as an ordinary member (as JSON.parse makes it). */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

describe("RFC 8785's published examples", () => {
  it('section 3.2.2: the example of literals, numbers and string escapes', () => {
    const input = '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}';
    const expected = '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
    same(JSON.parse(input));
  });

  it('section 3.2.3: member names in the order of their UTF-16 code units', () => {
    const input = '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}';
    const order = ['Carriage Return', 'One', 'Control', 'Latin Small Letter O With Diaeresis', 'Euro Sign', 'Emoji: Grinning Face', 'Hebrew Letter Dalet With Dagesh'];
    const text = canonicalJson(JSON.parse(input))!;
    expect([...text.matchAll(/:"([^"]*)"/g)].map((m) => m[1])).toEqual(order);
    expect(text.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
  });

  // Appendix B: IEEE 754 bits (hex) and their text; NaN and Infinity have none
  const APPENDIX_B: [string, string][] = [
    ['0000000000000000', '0'], ['8000000000000000', '0'], ['0000000000000001', '5e-324'], ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'], ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'], ['c340000000000000', '-9007199254740992'], ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'], ['44b52d02c7e14af6', '1e+23'], ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'], ['444b1ae4d6e2ef4f', '999999999999999900000'], ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'], ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'], ['41b3de4355555554', '333333333.33333325'], ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'], ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'], ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  it('appendix B: the number samples, alone, in an array and as a member', () => {
    for (const [bits, text] of APPENDIX_B) {
      const n = Buffer.from(bits, 'hex').readDoubleBE(0);
      expect(canonicalJson(n), bits).toBe(text);
      expect(canonicalJson([n, { n }]), bits).toBe(`[${text},{"n":${text}}]`);
    }
  });

  it('appendix B: NaN and Infinity have no canonical form and throw, as in the package', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000']) {
      const n = Buffer.from(bits, 'hex').readDoubleBE(0);
      expect(() => canonicalJson(n)).toThrow();
      for (const v of [n, [1, n], { a: n }]) same(v);
    }
    same(-Infinity);
  });
});

// ---- values to compare: JSON data and the JavaScript values around it ----

const special = fc.constantFrom('"', '\\', '/', '\u0000', '\u0008', '\t', '\n', '\u000b', '\f', '\r', '\u001f', '\u007f', '\u0080', '\u2028', '\u2029', '\ufeff', '\uffff', '\ud83d\ude00', '\ud800', '\udfff', 'a', 'é', '€');
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Text from every corner of UTF-16: escapes, surrogate pairs, lone surrogates (rare: each throws). */
const text = fc.string({ unit: fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 6 }, { arbitrary: special, weight: 3 }, { arbitrary: codeUnit, weight: 1 }), maxLength: 12 });
const name = fc.oneof({ arbitrary: text, weight: 8 }, { arbitrary: fc.constantFrom('__proto__', 'toJSON', 'constructor', '', '1', '10', '2', 'a', 'A', 'b', 'aa', '\u20ac', '\ud83d\ude00', '\ufb33'), weight: 4 });

const EDGE_NUMBERS = [0, -0, 1, -1, 1e21, 1e20, 999999999999999900000, 1e-7, 5e-7, 1e-6, 0.000001, 333333333.3333333, 0.1 + 0.2, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e308, 4.5, 1e30, 1e-27, 1234.56, 987654.32];
const number = fc.oneof({ arbitrary: fc.double(), weight: 4 }, { arbitrary: fc.integer(), weight: 2 }, { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 }, { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity), weight: 1 });

/** What JSON has no text for, and what the package treats on its own terms (toJSON, boxes, BigInt). */
const odd = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 5 },
  { arbitrary: fc.constant(Symbol('s')), weight: 3 },
  { arbitrary: fc.constant(() => 1), weight: 3 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 3 },
  { arbitrary: fc.constantFrom(new Number(5), new String('ab'), new Boolean(false), new Map([[1, 2]]), new Set([1]), /x/g, Object.create(null) as object), weight: 3 },
  { arbitrary: fc.bigInt(), weight: 1 },
);

const { value } = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown>; withToJSON: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.boolean(), weight: 2 },
    { arbitrary: number, weight: 4 },
    { arbitrary: text, weight: 4 },
    { arbitrary: odd, weight: 2 },
    { arbitrary: tie('array'), weight: 3 },
    { arbitrary: tie('object'), weight: 4 },
    { arbitrary: tie('withToJSON'), weight: 1 },
  ),
  array: fc.oneof(fc.array(tie('value'), { maxLength: 6 }), fc.sparseArray(tie('value'), { maxLength: 6 })),
  object: fc.array(fc.tuple(name, tie('value')), { maxLength: 8 }).map(objectOf),
  // an object replaced by what its toJSON returns, whatever that is
  withToJSON: tie('value').map((inner) => ({ ignored: 1, toJSON: () => inner })),
}));

describe('the same text as the canonicalize package, or the same error', () => {
  it('on generated values: nested objects and arrays, any text, any number, undefined, symbols, functions, dates, toJSON', () => {
    fc.assert(
      fc.property(value, (v) => {
        same(v);
      }),
      { numRuns: 20_000 },
    );
  });

  it('on objects of the same names in many orders, again and again (the sorted orders it keeps)', () => {
    const names = fc.uniqueArray(name, { minLength: 2, maxLength: 70 });
    fc.assert(
      fc.property(names, fc.array(fc.integer(), { minLength: 1, maxLength: 4 }), (keys, seeds) => {
        for (const seed of seeds) {
          const order = keys.map((k, i) => [k, (i * 7919 + seed) % keys.length] as const).sort((a, b) => a[1] - b[1]);
          for (let again = 0; again < 2; again++) same(objectOf(order.map(([k], i) => [k, i])));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('on a certificate, its bundle and the trust list as issued', () => {
    const { signed, bundled } = certificateFixture;
    for (const v of [signed(), bundled(signed()), JSON.parse(JSON.stringify(bundled(signed())))]) {
      same(v);
      expect(canonicalJson(v)).toBeDefined();
    }
  });

  it('what has no JSON text: undefined, functions and symbols alone, in arrays and as members; holes', () => {
    const fn = () => 1;
    const withToJSON = Object.assign(() => 2, { toJSON: () => ({ b: 1, a: [3] }) });
    for (const v of [undefined, fn, Symbol('s'), withToJSON, [undefined, fn, Symbol('s'), withToJSON], { a: undefined, b: fn, c: Symbol('s'), d: withToJSON }]) same(v);
    const holes: unknown[] = [1];
    holes[2] = 2;
    holes[5] = undefined;
    for (const v of [holes, new Array(3), [{ toJSON: () => undefined }, 1]]) same(v);
    same({ a: { toJSON: () => undefined }, b: { toJSON: () => Symbol('s') }, c: { toJSON: () => fn } });
    same(new Date(Number.NaN));
    same({ at: new Date(0), toJSON: 1 });
  });

  it('a lone surrogate throws in a value or a name, but not in the name of a member left out', () => {
    for (const v of ['\ud800', 'a\udc00b', '\ud83d', ['\udfff'], { a: '\ud800' }, { '\ud800': 1 }, { '\ud800': undefined }, { '\udc00': Symbol('s') }, { a: 1, '\ud83d\ude00': '\ude00\ud83d' }]) same(v);
    same(objectOf([['__proto__', { '\ud800': 1 }]]));
  });

  it('a cycle throws, near the top and deeper than the path it scans; the same object twice beside itself does not', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    const list: unknown[] = [1];
    list.push({ back: list });
    const viaToJSON: { toJSON(): unknown } = { toJSON: () => [viaToJSON] };
    const selfToJSON: { toJSON(): unknown } = { toJSON: () => selfToJSON };
    let deep: Record<string, unknown> = { end: true };
    const bottom = deep;
    for (let i = 0; i < 100; i++) deep = { i, next: deep };
    bottom.loop = deep;
    // a cycle wholly below the first 32 levels: from level 60 back to level 40
    let mid: Record<string, unknown> = { x: 1 };
    const top = mid;
    const levels: Record<string, unknown>[] = [];
    for (let i = 0; i < 60; i++) levels.push((mid = mid.next = { i }));
    mid.back = levels[40];
    for (const v of [loop, list, viaToJSON, selfToJSON, deep, top]) {
      same(v);
      expect(() => canonicalJson(v)).toThrow('Circular reference detected');
    }
    const shared = { s: [1, 2] };
    let chain: unknown = shared;
    for (let i = 0; i < 60; i++) chain = [chain, shared, { shared }];
    for (const v of [[shared, shared, { a: shared }], chain]) same(v);
  });

  it('a BigInt throws; a boxed number or string is an object of its index members, as in the package', () => {
    for (const v of [1n, [1n], { a: 1n }, { a: undefined, b: 2n }, new Number(1), new String('ab'), Object(1n), Object.create(null) as object]) same(v);
  });

  it('a member and toJSON are read as often as the package reads them: getters that change give the same text', () => {
    const seq = fc.array(fc.oneof(fc.constant(undefined), fc.constant(Symbol('s')), fc.integer(), fc.string()), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(seq, fc.jsonValue(), (a, b) => {
        const make = () => {
          const reads = { member: 0, toJSON: 0 };
          const member = {};
          Object.defineProperty(member, 'a', { enumerable: true, get: () => a[reads.member++ % a.length] });
          const replaced = {};
          Object.defineProperty(replaced, 'toJSON', {
            enumerable: true,
            get: () => {
              reads.toJSON++;
              return () => b;
            },
          });
          return { value: { o: member, p: [member, replaced], q: replaced }, reads };
        };
        const mine = make();
        const theirs = make();
        expect(outcome(canonicalJson, mine.value)).toEqual(outcome(canonicalize, theirs.value));
        expect(mine.reads).toEqual(theirs.reads);
      }),
      { numRuns: 500 },
    );
  });

  it('many different objects: the kept orders are forgotten and made again without a wrong answer', () => {
    for (let i = 0; i < 600; i++) same({ [`k${i}`]: 1, [`j${i}`]: [{ z: i, y: i }], [`a${i}`]: 0 });
    // more orders of one first name than are kept, and lists that begin as another does
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) same({ type: i, [`f${i}`]: 1, [`e${i}`]: 2 });
      same({ type: 1, b: 1 });
      same({ type: 1, b: 1, a: 1 });
      same({ type: 1, b: 1, a: 1, c: { type: 2, b: 2 } });
    }
    const many = objectOf(Array.from({ length: 100 }, (_, i) => [`n${(i * 37) % 100}`, i]));
    same(many);
    same(many);
  });
});
