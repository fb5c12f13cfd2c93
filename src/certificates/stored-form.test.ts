import { describe, expect, it } from 'vitest';
import { documentOf, storedForm } from './stored-form.js';
import { STATEMENT, type SignedCertificate } from './model.js';

const doc = {
  type: 'kp-certificate', version: 1, title: 'Kimberley Process Certificate', statement: STATEMENT,
  number: 'BW-2006-000001', issuedAt: '2006-01-01T12:00:00.000Z', goods: [{ hsCode: '7102.31', carats: 1.5, valueUsd: 10 }],
  transparency: { leafIndex: 0, treeSize: 1, rootHash: 'ab' }, signature: { alg: 'Ed25519', value: 'x' }, logProof: ['cd'],
} as unknown as SignedCertificate;

describe('the stored form of a certificate document', () => {
  it('leaves out the proof and the fields of form 1, and reads back the same document, keys in the same order', () => {
    const text = storedForm(doc);
    expect(text).not.toContain('logProof');
    expect(text).not.toContain(STATEMENT);
    expect(text.startsWith('{"@stored":1,"number":')).toBe(true);
    const { logProof: _p, ...rest } = doc;
    expect(JSON.stringify(documentOf(text))).toBe(JSON.stringify(rest));
  });

  it('reads a document stored whole (before, or received from another log) as it is', () => {
    const whole = JSON.stringify(doc);
    expect(documentOf(whole)).toEqual(doc);
    // a document that states anything else is stored whole
    const other = { ...doc, title: 'Another title' } as unknown as SignedCertificate;
    expect((documentOf(storedForm(other)) as { title: string }).title).toBe('Another title');
    expect(storedForm(other)).toContain('"type":"kp-certificate"');
  });

  it('keeps an own "__proto__" field a field, and refuses a form it does not know', () => {
    const odd = JSON.parse(JSON.stringify(doc).replace('"number"', '"__proto__":{"a":1},"number"')) as SignedCertificate;
    expect(Object.keys(documentOf(storedForm(odd)))).toContain('__proto__');
    expect(() => documentOf('{"@stored":2,"number":"x"}')).toThrow(/unknown form/);
  });
});
