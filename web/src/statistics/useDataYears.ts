// The years the store holds statistics for (GET /api/statistics/years): the pages that open on a
// year (findings, statistics review, matrix, series and comparison, the Chair's reports, annual
// reports) open on the latest of them, not on the calendar's year — a demo's data end in 2006.
// Whoever may not ask (an officer, the public) or when the store has no statistics yet: the page's
// own fallback. The answer is kept for the page load, so a second page knows it at once.
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { Ok } from '../contract';

/** The answer (years with statistics, oldest first, and the latest or null; empty: none, or not known to
 * this user), and whether it came: false until the server answered (or refused). */
export type DataYears = Ok<'/api/statistics/years'> & { loaded: boolean };

let known: DataYears | undefined;

export function fetchDataYears(signal?: AbortSignal) {
  return api.get<Ok<'/api/statistics/years'>>('/api/statistics/years', signal);
}

export function useDataYears(): DataYears {
  const [state, setState] = useState<DataYears>(known ?? { years: [], latest: null, loaded: false });
  useEffect(() => {
    const controller = new AbortController();
    fetchDataYears(controller.signal).then(
      (r) => {
        known = { years: r.years, latest: r.latest, loaded: true };
        if (!controller.signal.aborted) setState(known);
      },
      () => {
        // refused (another user signed in since) or unreachable: the page falls back on its own default
        known = undefined;
        if (!controller.signal.aborted) setState({ years: [], latest: null, loaded: true });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}

/** The year a page opens on: the latest with data, else `fallback`; undefined while not known yet. */
export function defaultYear(d: DataYears, fallback: number): number | undefined {
  if (!d.loaded) return undefined;
  return d.latest ?? fallback;
}
