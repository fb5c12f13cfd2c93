// The shape of the world of rough diamonds that the simulator draws from: who produces what, at
// what US$ per carat, where it is sold, and how the trading centres pass it on. Figures are rounded
// public-record orders of magnitude for 2006 (KP statistics), scaled over the years by YEAR_FACTORS.

export interface Producer {
  code: string;
  /** production in 2006, million carats */
  mct: number;
  /** production value in 2006, million US$ */
  musd: number;
  /** share of carats from artisanal/alluvial mining */
  artisanal: number;
  /** share of production exported rough (the rest is cut at home) */
  exported: number;
  /** median value of one shipment, US$ */
  shipmentUsd: number;
  /** where the exports go, by weight (codes of Participants; EU = the European Community) */
  to: Record<string, number>;
}

export const PRODUCERS: Producer[] = [
  { code: 'RU', mct: 38.4, musd: 2630, artisanal: 0, exported: 0.75, shipmentUsd: 3_000_000, to: { EU: 0.5, IL: 0.15, IN: 0.1, AE: 0.1, CH: 0.1, US: 0.05 } },
  { code: 'BW', mct: 34.3, musd: 3000, artisanal: 0, exported: 1, shipmentUsd: 6_000_000, to: { EU: 0.6, IL: 0.1, IN: 0.1, AE: 0.1, CH: 0.05, US: 0.05 } },
  { code: 'AU', mct: 29.3, musd: 330, artisanal: 0, exported: 1, shipmentUsd: 2_000_000, to: { EU: 0.5, IN: 0.3, AE: 0.1, CN: 0.1 } },
  { code: 'CD', mct: 28.9, musd: 650, artisanal: 0.8, exported: 0.97, shipmentUsd: 300_000, to: { EU: 0.5, AE: 0.25, IN: 0.15, IL: 0.1 } },
  { code: 'ZA', mct: 15.2, musd: 1500, artisanal: 0.05, exported: 0.9, shipmentUsd: 2_000_000, to: { EU: 0.55, IL: 0.15, IN: 0.1, AE: 0.1, US: 0.1 } },
  { code: 'CA', mct: 13.3, musd: 1570, artisanal: 0, exported: 0.97, shipmentUsd: 4_000_000, to: { EU: 0.6, IN: 0.1, IL: 0.1, US: 0.1, AE: 0.1 } },
  { code: 'AO', mct: 9.2, musd: 1150, artisanal: 0.3, exported: 1, shipmentUsd: 2_000_000, to: { EU: 0.5, IL: 0.2, AE: 0.2, CH: 0.1 } },
  { code: 'NA', mct: 2.4, musd: 740, artisanal: 0, exported: 1, shipmentUsd: 3_000_000, to: { EU: 0.7, IL: 0.1, AE: 0.1, IN: 0.1 } },
  { code: 'ZW', mct: 1.0, musd: 31, artisanal: 0.1, exported: 1, shipmentUsd: 300_000, to: { EU: 0.4, AE: 0.3, IN: 0.2, CN: 0.1 } },
  { code: 'GH', mct: 0.97, musd: 30, artisanal: 0.8, exported: 1, shipmentUsd: 150_000, to: { AE: 0.5, EU: 0.3, IL: 0.1, IN: 0.1 } },
  { code: 'SL', mct: 0.6, musd: 125, artisanal: 0.7, exported: 1, shipmentUsd: 400_000, to: { EU: 0.6, AE: 0.2, IL: 0.1, US: 0.1 } },
  { code: 'GN', mct: 0.48, musd: 47, artisanal: 0.9, exported: 1, shipmentUsd: 200_000, to: { EU: 0.6, AE: 0.3, IL: 0.1 } },
  { code: 'CF', mct: 0.42, musd: 61, artisanal: 1, exported: 1, shipmentUsd: 300_000, to: { EU: 0.7, AE: 0.2, IL: 0.1 } },
  { code: 'GY', mct: 0.34, musd: 40, artisanal: 1, exported: 1, shipmentUsd: 100_000, to: { EU: 0.4, AE: 0.4, US: 0.2 } },
  { code: 'TZ', mct: 0.27, musd: 31, artisanal: 0.1, exported: 1, shipmentUsd: 500_000, to: { EU: 0.6, AE: 0.2, IN: 0.2 } },
  { code: 'BR', mct: 0.18, musd: 12, artisanal: 0.9, exported: 1, shipmentUsd: 100_000, to: { EU: 0.5, AE: 0.2, US: 0.2, IN: 0.1 } },
  { code: 'IN', mct: 0.06, musd: 3, artisanal: 0.5, exported: 0, shipmentUsd: 100_000, to: {} },
  { code: 'LS', mct: 0.05, musd: 60, artisanal: 0, exported: 1, shipmentUsd: 3_000_000, to: { EU: 0.9, AE: 0.1 } },
  { code: 'VE', mct: 0.05, musd: 5, artisanal: 1, exported: 1, shipmentUsd: 100_000, to: { AE: 0.5, EU: 0.5 } },
  { code: 'TG', mct: 0.01, musd: 1, artisanal: 1, exported: 1, shipmentUsd: 50_000, to: { EU: 0.5, AE: 0.5 } },
];

/** Illicit production of northern Côte d'Ivoire (Bobi-Séguéla, Tortiya) under embargo; used by `laundering`. */
export const IVORIAN_ILLICIT = { mct: 0.3, musd: 25 };

export interface Centre {
  code: string;
  /** share of what it imports that it sells on rough (before calibration) */
  reexport: number;
  shipmentUsd: number;
  to: Record<string, number>;
}

/** Trading and cutting centres: Antwerp and London (EU), Dubai, Tel Aviv, Mumbai, Geneva, New York… */
export const CENTRES: Centre[] = [
  { code: 'EU', reexport: 0.8, shipmentUsd: 800_000, to: { IN: 0.35, IL: 0.2, AE: 0.15, CH: 0.1, US: 0.05, TH: 0.05, CN: 0.05, ZA: 0.05 } },
  { code: 'AE', reexport: 0.85, shipmentUsd: 500_000, to: { EU: 0.35, IN: 0.35, IL: 0.1, CH: 0.05, TH: 0.05, CN: 0.05, US: 0.05 } },
  { code: 'IL', reexport: 0.6, shipmentUsd: 400_000, to: { EU: 0.4, IN: 0.2, US: 0.2, AE: 0.1, CH: 0.1 } },
  { code: 'IN', reexport: 0.3, shipmentUsd: 300_000, to: { EU: 0.5, AE: 0.3, IL: 0.15, US: 0.05 } },
  { code: 'CH', reexport: 0.9, shipmentUsd: 1_000_000, to: { EU: 0.5, IN: 0.2, IL: 0.1, AE: 0.1, US: 0.1 } },
  { code: 'US', reexport: 0.4, shipmentUsd: 300_000, to: { EU: 0.4, IL: 0.3, IN: 0.2, AE: 0.1 } },
  { code: 'CN', reexport: 0.05, shipmentUsd: 300_000, to: { EU: 0.5, AE: 0.5 } },
  { code: 'TH', reexport: 0.05, shipmentUsd: 200_000, to: { EU: 0.5, AE: 0.5 } },
  { code: 'ZA', reexport: 0.1, shipmentUsd: 500_000, to: { EU: 0.6, AE: 0.4 } },
];

/** Where in the European Community rough diamonds enter and leave: Antwerp above all, then London. */
export const EU_GATEWAYS: Record<string, number> = { BE: 0.8, GB: 0.15, DE: 0.02, NL: 0.02, PT: 0.01 };

/** The neighbours that matter to monitoring (borders through which diamonds can move). */
export const NEIGHBOURS: Record<string, string[]> = {
  CI: ['GH', 'GN', 'LR', 'ML', 'BF'],
  LR: ['SL', 'GN', 'CI'],
  CG: ['CD', 'CF', 'GA', 'CM', 'AO'],
  CD: ['CG', 'CF', 'AO', 'ZM', 'TZ', 'RW', 'BI', 'UG', 'SS'],
  VE: ['GY', 'BR', 'CO'],
  ZW: ['ZA', 'BW', 'MZ', 'ZM'],
};

/** World value and carats relative to 2006, by year (market cycles: 2009 crisis, 2020 pandemic). */
export const YEAR_FACTORS: Record<number, { value: number; carats: number }> = {
  2003: { value: 0.75, carats: 0.85 }, 2004: { value: 0.9, carats: 0.95 }, 2005: { value: 0.97, carats: 0.98 }, 2006: { value: 1, carats: 1 },
  2007: { value: 1.05, carats: 0.97 }, 2008: { value: 1.07, carats: 0.9 }, 2009: { value: 0.7, carats: 0.93 }, 2010: { value: 0.98, carats: 0.76 },
  2011: { value: 1.23, carats: 0.7 }, 2012: { value: 1.23, carats: 0.73 }, 2013: { value: 1.2, carats: 0.74 }, 2014: { value: 1.17, carats: 0.72 },
  2015: { value: 1.12, carats: 0.73 }, 2016: { value: 1.0, carats: 0.73 }, 2017: { value: 1.11, carats: 0.86 }, 2018: { value: 1.13, carats: 0.85 },
  2019: { value: 1.0, carats: 0.79 }, 2020: { value: 0.7, carats: 0.61 }, 2021: { value: 1.1, carats: 0.68 }, 2022: { value: 1.3, carats: 0.68 },
  2023: { value: 1.1, carats: 0.65 }, 2024: { value: 0.9, carats: 0.62 }, 2025: { value: 0.85, carats: 0.6 }, 2026: { value: 0.85, carats: 0.6 },
};

/** The 2006 totals of the report to the UN General Assembly (A/61/589): what the simulator is calibrated on. */
export const TARGETS_2006 = { exportsUsd: 37.6e9, exportsCarats: 500e6, certificates: 59_000 };
