// RFC 8785 (JSON Canonicalization Scheme) canonical JSON: what certificates, log entries, trust lists
// and the audit chain are hashed and signed over. It gives exactly the text of the `canonicalize`
// package (4.0.0), which kpcs used before and the browser's verifier still uses, and throws where that
// package throws, so a signature made over either verifies with the other. It is one plain loop per
// object instead of the package's map, join and template strings because offline verification of a
// certificate spent about an eighth of its time in the package.
//
// Beyond RFC 8785, which speaks of JSON data only, the package decides what becomes of JavaScript
// values, and so this does the same:
// - a member whose value is undefined or a symbol is left out; in an array either becomes null;
// - a function, or a toJSON that returns undefined, gives undefined alone, nothing in an array ("[1,,2]",
//   the package's join) and the word undefined as a member's value ('{"a":undefined}', its template);
// - a hole in a sparse array gives nothing between its commas;
// - an object with a toJSON method is replaced by what the method returns (a Date by its ISO text);
// - NaN, ±Infinity, a lone surrogate in a string or a member name, a cycle and a BigInt throw;
// - a member is read as often as the package reads it (up to three times), for a getter's sake.
// Not copied: the depth at which very deep nesting overflows the stack, and the extra steps its
// Array.prototype.map takes on a Proxy or an array whose constructor was replaced.

// String.prototype.isWellFormed (ES2024, in Node 20) is beyond the ES2023 library the project compiles against
const { isWellFormed } = String.prototype as unknown as { isWellFormed(this: string): boolean };

/** What JSON.stringify would escape (", \, the controls below U+0020) or a surrogate, whole or lone. */
const NOT_PLAIN = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Ancestors down to this depth are found by a scan of the path, cheaper there than a Set. */
const SCANNED = 32;

interface Walk {
  /** the objects from the top down to the one being written, for cycles (as the package's `seen`) */
  path: object[];
  /** the ancestors from depth SCANNED on, made only for a deep value */
  deep: Set<object> | undefined;
}

/**
 * The RFC 8785 canonical JSON of a value, or undefined where JSON has no text for it (undefined, a
 * function, a symbol), as the `canonicalize` package answers.
 */
export function canonicalJson(value: unknown): string | undefined {
  return write(value, { path: [], deep: undefined }, 0);
}

function quote(text: string): string {
  // RFC 8785 section 3.2.2.2: JSON.stringify escapes exactly the characters it must, but writes a lone
  // surrogate as \udxxx, which RFC 8785 refuses. Most text needs neither, and quotes alone cost less.
  if (!NOT_PLAIN.test(text)) return `"${text}"`;
  if (!isWellFormed.call(text)) throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(text);
}

function write(value: unknown, walk: Walk, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      // RFC 8785 section 3.2.2.3: ECMAScript's Number to String, which gives "0" for -0 as well
      if (!Number.isFinite(value)) throw new Error(Number.isNaN(value) ? 'NaN is not allowed' : 'Infinity is not allowed');
      return `${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      // undefined, a symbol, a function (through its own toJSON, if any) and a BigInt (which throws), as the package
      return JSON.stringify(value);
  }
  if (value === null) return 'null';
  // the package reads toJSON twice, once to test it and once to call it; a getter sees both
  const toJSON = typeof (value as { toJSON?: unknown }).toJSON === 'function';
  enter(value, walk, depth);
  let out: string | undefined;
  if (toJSON) out = write((value as { toJSON(): unknown }).toJSON(), walk, depth + 1);
  else if (Array.isArray(value)) {
    const array: unknown[] = value;
    const length = array.length;
    out = '[';
    for (let i = 0; i < length; i++) {
      if (i > 0) out += ',';
      // a hole is skipped, as Array.prototype.map skips it, and then is empty in the package's join
      if (!(i in array)) continue;
      const item = array[i];
      const text = write(item === undefined || typeof item === 'symbol' ? null : item, walk, depth + 1);
      if (text !== undefined) out += text;
    }
    out += ']';
  } else {
    const object = value as Record<string, unknown>;
    const keys = sortedKeys(Object.keys(object));
    let first = true;
    out = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (object[key] === undefined || typeof object[key] === 'symbol') continue;
      const name = quote(key);
      const text = write(object[key], walk, depth + 1);
      if (first) first = false;
      else out += ',';
      out += name;
      out += ':';
      // the package writes the value into a template string: a value with no JSON text reads "undefined"
      out += text === undefined ? 'undefined' : text;
    }
    out += '}';
  }
  if (depth >= SCANNED) walk.deep!.delete(value);
  return out;
}

/** Puts an object on the path, refusing it if it is already there: a cycle has no JSON text. */
function enter(value: object, walk: Walk, depth: number): void {
  const path = walk.path;
  const scanned = depth < SCANNED ? depth : SCANNED;
  for (let i = 0; i < scanned; i++) if (path[i] === value) throw new Error('Circular reference detected');
  if (depth < SCANNED) path[depth] = value;
  else {
    walk.deep ??= new Set();
    if (walk.deep.has(value)) throw new Error('Circular reference detected');
    walk.deep.add(value);
  }
}

// RFC 8785 section 3.2.3 orders member names by their UTF-16 code units: what sort() does with strings,
// and what < compares. Sorting the fifteen names of a certificate took longer than writing them, and
// documents of one kind come with their names in the same order, so the orders last seen are kept: a
// list equal, name for name, to one seen before has the same sorted order. They are kept by first
// name, a few for each, as certificates, bundles and trust lists all begin with "type".
interface Sorted {
  names: string[];
  sorted: string[];
}
const sortedBefore = new Map<string, Sorted[]>();
const KEPT_FIRST_NAMES = 256;
const KEPT_PER_FIRST_NAME = 4;
const KEPT_NAMES = 64;

/** The names in RFC 8785 order; the array returned may be shared and is never to be changed. */
function sortedKeys(names: string[]): string[] {
  const n = names.length;
  if (n < 2) return names;
  const kept = sortedBefore.get(names[0]!);
  if (kept !== undefined) {
    for (let k = 0; k < kept.length; k++) {
      const seen = kept[k]!.names;
      if (seen.length !== n) continue;
      let same = true;
      for (let i = 1; i < n; i++) {
        if (seen[i] !== names[i]) {
          same = false;
          break;
        }
      }
      if (same) return kept[k]!.sorted;
    }
  }
  let inOrder = true;
  for (let i = 1; i < n; i++) {
    if (names[i - 1]! > names[i]!) {
      inOrder = false;
      break;
    }
  }
  if (n > KEPT_NAMES) return inOrder ? names : names.sort();
  const sorted = inOrder ? names : names.slice().sort();
  if (kept === undefined) {
    if (sortedBefore.size >= KEPT_FIRST_NAMES) sortedBefore.clear();
    sortedBefore.set(names[0]!, [{ names, sorted }]);
  } else {
    if (kept.length >= KEPT_PER_FIRST_NAME) kept.pop();
    kept.unshift({ names, sorted });
  }
  return sorted;
}
