// The e-mail worker: delivers the outbox's pending `notification.email` rows through SMTP when the
// installation configures it (KPCS_SMTP_URL, e.g. smtp://user:pass@host:587, and KPCS_MAIL_FROM).
//
// Delivery guarantee, with one mailer or several (one per `kpcs serve` on one PostgreSQL). Each mail is
// claimed in a short transaction (the row locked `for update skip locked`, then marked claimed by this
// process for 5 minutes), sent outside any transaction, then marked processed if the claim is still
// ours. Two mailers never hold one claim, and a retried transaction never re-sends (nothing is sent
// inside one). A restart never loses a mail (a claim whose holder died expires, and the mail is
// pending again). The one window left: a crash after the SMTP server accepted the message and before
// the mark — that mail is sent once more after the claim expires, with the same Message-ID
// (<outbox id@kpcs>), which mail systems recognise as the same message.
// A failed send is recorded (mail_attempts) and retried with backoff (1, 2, 4 … minutes, at most
// 6 hours); after MAX_MAIL_ATTEMPTS it is given up and the alert stays in the inbox only. A user
// without an e-mail address, or disabled, gets no mail: the row is marked processed at once.
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/store.js';
import { transaction } from '../db/transaction.js';
import { PROCESS_ID } from '../db/leases.js';
import { languageOr } from '../core/i18n.js';
import { backoffMs, mailOf, MAX_MAIL_ATTEMPTS } from './model.js';
import * as store from './store.js';

/** how long a claimed e-mail is this mailer's: a mailer that died mid-send gives it up after this */
const CLAIM_MS = 5 * 60_000;

export interface MailConfig {
  /** smtp://[user:pass@]host:port or smtps://… */
  url: string;
  from: string;
  /** the installation's public address, to make the alerts' links absolute */
  baseUrl?: string;
}

/** The SMTP configuration from the environment, or null when e-mail is not configured. */
export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const url = env.KPCS_SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: env.KPCS_MAIL_FROM?.trim() || 'kpcs@localhost', baseUrl: env.KPCS_PUBLIC_URL?.trim() || undefined };
}

/** The URL without its credentials: what may appear in a log line. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return '(an SMTP URL that does not parse)';
  }
}

export interface DeliveryRun {
  sent: number;
  failed: number;
  /** processed without a mail: no address, disabled user, or the notification is gone */
  skipped: number;
}

export class Mailer {
  /** made at the first mail (nodemailer is loaded then: a command that sends nothing never loads it) */
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DeliveryRun> | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: MailConfig,
    private readonly log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
    /** this mailer's name in claims (db/leases.ts PROCESS_ID; tests give several mailers their own) */
    private readonly holder: string = PROCESS_ID,
  ) {
  }

  private async sender(): Promise<Transporter> {
    if (!this.transport) {
      const { default: nodemailer } = await import('nodemailer');
      this.transport ??= nodemailer.createTransport({ url: this.config.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as Parameters<typeof nodemailer.createTransport>[0]);
    }
    return this.transport;
  }

  /** Delivers every pending mail that is due now (by the database's clock); returns what happened. One run at a time. */
  deliverPending(max = 500): Promise<DeliveryRun> {
    if (this.running) return this.running;
    this.running = this.run(max).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(max: number): Promise<DeliveryRun> {
    const result: DeliveryRun = { sent: 0, failed: 0, skipped: 0 };
    for (let i = 0; i < max; i++) {
      const outcome = await this.deliverOne();
      if (!outcome) break;
      result[outcome]++;
    }
    return result;
  }

  private async deliverOne(): Promise<keyof DeliveryRun | null> {
    // 1. claim, in a short transaction of its own: no other mailer (process) takes this row now
    const claimed = await transaction(this.db, async (tx) => {
      const row = await store.claimMail(tx, this.holder, CLAIM_MS);
      if (!row) return null;
      const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as { notification?: string };
      const content = payload.notification ? await store.mailContent(tx, payload.notification) : undefined;
      return { row, content };
    });
    if (!claimed) return null;
    const { row, content } = claimed;
    if (!content || !content.email || content.disabled) {
      await transaction(this.db, (tx) => store.markClaimedProcessed(tx, row.id, this.holder));
      return 'skipped';
    }
    // 2. send, outside any transaction (nothing the database retries can send it twice); the
    // Message-ID is the outbox row's, so a mail sent again after a crash is the same message
    try {
      const mail = mailOf(content, this.config.baseUrl, languageOr(content.language));
      await (await this.sender()).sendMail({
        from: this.config.from,
        to: `"${content.name.replace(/["\\]/g, '')}" <${content.email}>`,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${row.id}@kpcs>`,
        headers: { 'X-KPCS-Notification': content.id },
      });
    } catch (e) {
      const attempts = (row.attempts ?? 0) + 1;
      const gaveUp = attempts >= MAX_MAIL_ATTEMPTS;
      const error = (e as Error).message.slice(0, 500);
      await transaction(this.db, async (tx) => {
        await store.recordAttempt(tx, row.id, { attempts, nextInMs: backoffMs(attempts), error, gaveUp });
        if (gaveUp) await store.markClaimedProcessed(tx, row.id, this.holder);
        else await store.releaseClaim(tx, row.id, this.holder);
      });
      this.log(`kpcs: e-mail ${row.id} to user of notification ${content.id} failed (attempt ${attempts}${gaveUp ? ', given up' : ''}): ${error}`);
      return 'failed';
    }
    // 3. mark: sent once
    await transaction(this.db, (tx) => store.markClaimedProcessed(tx, row.id, this.holder));
    return 'sent';
  }

  /** Runs deliverPending every intervalMs; the timer does not keep the process alive. */
  start(intervalMs = 30_000): void {
    if (this.timer) return;
    this.log(`kpcs: e-mail alerts go out through ${redactUrl(this.config.url)} from ${this.config.from}`);
    const tick = () => {
      this.deliverPending().catch((e) => this.log(`kpcs: e-mail delivery failed: ${(e as Error).message}`));
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }
}
