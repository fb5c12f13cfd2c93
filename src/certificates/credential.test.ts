// The status list's encoding (W3C Bitstring Status List v1.0): GZIP of the bitstring, index 0 the
// left-most bit, Multibase base64url; and what the reader refuses.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeStatusList, STATUS_LIST_BITS, statusBit, statusPosition } from './credential.js';

describe('the status list bitstring', () => {
  it('sets index 0 as the left-most bit of the first byte, and the last index as the right-most of the last', () => {
    const encoded = encodeStatusList([0, 7, 9, STATUS_LIST_BITS - 1]);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).not.toMatch(/[=+/]/);
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bytes.length).toBe(16_384);
    expect([bytes[0], bytes[1], bytes[16_383]]).toEqual([0x81, 0x40, 0x01]);
    for (const [i, set] of [[0, true], [1, false], [7, true], [8, false], [9, true], [STATUS_LIST_BITS - 1, true], [STATUS_LIST_BITS - 2, false]] as const) expect(statusBit(encoded, i)).toEqual({ ok: true, set });
  });

  it('refuses an index outside the list, a list too short, a text that is not GZIP or not base64url multibase', () => {
    expect(() => encodeStatusList([STATUS_LIST_BITS])).toThrow('outside the list');
    const encoded = encodeStatusList([]);
    expect(statusBit(encoded, STATUS_LIST_BITS)).toMatchObject({ ok: false, reason: expect.stringContaining('outside the list') });
    expect(statusBit(`u${gzipSync(Buffer.alloc(1024)).toString('base64url')}`, 0)).toMatchObject({ ok: false, reason: expect.stringContaining('fewer than the 131072') });
    expect(statusBit('uAAAA', 0)).toMatchObject({ ok: false, reason: 'the status list is not a GZIP-compressed bitstring' });
    expect(statusBit(encoded.replace(/^u/, 'z'), 0)).toMatchObject({ ok: false });
  });

  it('places a status index in its list', () => {
    expect(statusPosition(0)).toEqual({ list: 0, index: 0 });
    expect(statusPosition(STATUS_LIST_BITS + 5)).toEqual({ list: 1, index: 5 });
  });
});
