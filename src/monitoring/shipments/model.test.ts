// The rules of a suspicious-shipment report, without the store.
import { describe, expect, it } from 'vitest';
import { checkShipment } from './model.js';

const report = { suspectedOrigin: 'CI', carats: 120.5, exporter: 'unknown', description: 'stones of Séguéla type' };

describe('checkShipment', () => {
  it('accepts a plain report', () => {
    expect(checkShipment(report as never, '2006-12-01')).toEqual([]);
  });

  it('refuses carats that round to zero cents or exceed the column, naming the field (fuzzing found 5e-324 stored as 0.00)', () => {
    for (const carats of [5e-324, 0.004, 0, -1, 1e14]) {
      expect(checkShipment({ ...report, carats } as never, '2006-12-01').map((p) => p.path)).toEqual(['carats']);
    }
    expect(checkShipment({ ...report, carats: 0.01 } as never, '2006-12-01')).toEqual([]);
  });
});
