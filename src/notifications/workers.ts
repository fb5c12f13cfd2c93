// The background work of notifications in `kpcs serve`: the e-mail worker (only when SMTP is
// configured), the daily submission-due sweep, and the daily sweeps of other domains that raise
// alerts (given by the assembly, e.g. certificates' unconfirmed-certificates sweep: notifications
// imports no domain that raises alerts). Timers are unref'd: they never keep the process up. Each
// sweep is safe when several servers run it on one store (dedupe keys, unique marks), and runs in
// one of them only: the holder of the background lease.
import type { Db } from '../db/store.js';
import { Mailer, mailConfig } from './mailer.js';

const DAY_MS = 24 * 3600_000;

/** A domain's daily sweep: runs it, and says in a log line what it did (null: nothing to say). */
export interface DailySweep {
  name: string;
  run: (db: Db) => Promise<string | null>;
}

export function startNotificationWorkers(
  db: Db,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  sweeps: DailySweep[] = [],
  /** several servers on one store: the sweeps run only in the holder of the background lease (db/leases.ts); the mailer runs everywhere (each e-mail is claimed) */
  holds: () => boolean = () => true,
  /** the sweep that runs before the others (the submission-due reminders, statistics/reminders.ts) */
  before?: DailySweep,
): { stop: () => Promise<void>; mailing: boolean } {
  const config = mailConfig();
  const mailer = config ? new Mailer(db, config, log) : undefined;
  mailer?.start(Number(process.env.KPCS_MAIL_INTERVAL_MS) || 30_000);
  const sweep = () =>
    holds() &&
    (before ? before.run(db).then((line) => line && log(`kpcs: ${line}`), (e) => log(`kpcs: ${before.name} failed: ${(e as Error).message}`)) : Promise.resolve())
      .then(() => Promise.all(sweeps.map((s) => s.run(db).then((line) => line && log(`kpcs: ${line}`), (e) => log(`kpcs: ${s.name} failed: ${(e as Error).message}`)))));
  // the first sweep some minutes after start (default 5; KPCS_REMIND_DELAY_MS), then daily
  const first = setTimeout(sweep, Number(process.env.KPCS_REMIND_DELAY_MS) || 5 * 60_000);
  first.unref();
  const daily = setInterval(sweep, DAY_MS);
  daily.unref();
  return {
    mailing: mailer !== undefined,
    stop: async () => {
      clearTimeout(first);
      clearInterval(daily);
      await mailer?.stop();
    },
  };
}
