// The registry as the generator needs it: may a Participant trade on a day? Built from status
// periods (the seed's or the store's), answered from memory because the generator asks millions of times.
import { isGoodStanding, statusOn, type StatusPeriod } from '../participants/model.js';
import { OWING_STATUSES } from '../statistics/model.js';
import type { RegistryView } from './generate.js';

const owes = (status: StatusPeriod['status'] | undefined) => status !== undefined && (OWING_STATUSES as readonly string[]).includes(status);

export function registryView(periods: { participant: string; status: StatusPeriod['status']; validFrom: string; validTo: string | null }[]): RegistryView {
  const byCode = new Map<string, StatusPeriod[]>();
  for (const p of periods) {
    const list = byCode.get(p.participant) ?? [];
    list.push({ status: p.status, validFrom: p.validFrom, validTo: p.validTo, fromPrecision: 'day', basis: null, note: null });
    byCode.set(p.participant, list);
  }
  const memo = new Map<string, boolean>();
  return {
    goodStanding(code, day) {
      const key = `${code}|${day}`;
      let answer = memo.get(key);
      if (answer === undefined) {
        answer = isGoodStanding(statusOn(byCode.get(code) ?? [], day)?.status);
        memo.set(key, answer);
      }
      return answer;
    },
    owing(day) {
      return [...byCode].filter(([, history]) => owes(statusOn(history, day)?.status)).map(([code]) => code).sort();
    },
    everOwing() {
      return [...byCode].filter(([, history]) => history.some((p) => owes(p.status))).map(([code]) => code).sort();
    },
  };
}
