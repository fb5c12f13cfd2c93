// Dates of the scheme are calendar days (ISO yyyy-mm-dd, UTC). Status, measures and certificates are
// judged "as on" a day, so most of the registry speaks in days rather than instants.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type IsoDay = string;

export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function today(now: Date = new Date()): IsoDay {
  return now.toISOString().slice(0, 10);
}

/** Accepts a day, or a year ("2006" → 2006-01-01) as the sources (A/61/589) sometimes only know the year. */
export function parseDay(value: string, what = 'date'): IsoDay {
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (!isIsoDay(value)) throw new Error(`${what} must be a day written yyyy-mm-dd, got "${value}"`);
  return value;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A period [from, to) contains the day when from <= day < to (to null = open ended). */
export function inPeriod(day: IsoDay, from: IsoDay, to: IsoDay | null): boolean {
  return from <= day && (to === null || day < to);
}
