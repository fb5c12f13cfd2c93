// The goods of the scheme: rough diamonds by their Harmonized System code, and the sanity bounds of a
// shipment's figures. Shared by certificates (what a certificate may carry) and companies (their stock
// accounts by HS code), both above this module.

export const HS_CODES = {
  '7102.10': 'unsorted',
  '7102.21': 'industrial',
  '7102.31': 'non-industrial',
} as const;
export type HsCode = keyof typeof HS_CODES;

/** Sanity bounds: far above any real shipment (the world exports ~500 million carats a year), low enough to catch a slipped digit. */
export const LIMITS = { carats: 50_000_000, valueUsd: 5_000_000_000, parcels: 10_000, nameLength: 200, addressLength: 500 } as const;
