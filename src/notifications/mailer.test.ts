// E-mail alerts go out through SMTP once each, survive a failing server with retries, and are not
// sent when SMTP is not configured. The SMTP server is a local test server on 127.0.0.1 and a
// random port, started here — never a real one.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { engines, freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { transaction } from '../db/transaction.js';
import { Mailer, mailConfig, redactUrl } from './mailer.js';
import { notify } from './service.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

async function startSmtp(opts: { failFirst?: number } = {}) {
  const received: Received[] = [];
  let failures = opts.failFirst ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failures > 0) {
          failures--;
          const err = new Error('mailbox busy, try later') as Error & { responseCode: number };
          err.responseCode = 451;
          return callback(err);
        }
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The raw mail with quoted-printable's soft line breaks joined (nodemailer wraps long lines). */
const unwrapped = (raw: string) => raw.replace(/=\r?\n/g, '');

const pending = (store: Store) => store.db.selectFrom('outbox').select('id').where('topic', '=', 'notification.email').where('processed_at', 'is', null).execute();

describe('the mail configuration', () => {
  it('is off without KPCS_SMTP_URL and never shows credentials', () => {
    expect(mailConfig({})).toBeNull();
    expect(mailConfig({ KPCS_SMTP_URL: 'smtp://u:secret@mail.example.org:587', KPCS_MAIL_FROM: 'kp@example.org' })).toEqual({ url: 'smtp://u:secret@mail.example.org:587', from: 'kp@example.org', baseUrl: undefined });
    expect(redactUrl('smtp://u:secret@mail.example.org:587')).toBe('smtp://mail.example.org:587');
    expect(redactUrl('smtp://u:secret@mail.example.org:587')).not.toContain('secret');
  });
});

describe.each(engines)('e-mail delivery on %s', (engine) => {
  let store: Store;
  let ghUser: string;
  beforeAll(async () => {
    store = await freshStore(engine);
    ghUser = (await auth.createUser(store.db, SYSTEM, { name: 'Ama Mensah', member: 'GH', roles: ['officer'], email: 'ama@minerals.gov.gh' })).id;
    await auth.createUser(store.db, SYSTEM, { name: 'No Address', member: 'GH', roles: ['officer'] });
  });
  afterAll(() => store.close());

  it('refuses an address that is not one', async () => {
    await expect(auth.createUser(store.db, SYSTEM, { name: 'Bad', member: 'GH', roles: ['officer'], email: 'not-an-address' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('delivers each alert once to the user’s address, with subject and body; nothing more on a second run or after a restart', async () => {
    const smtp = await startSmtp();
    try {
      await transaction(store.db, (tx) => notify(tx, { kind: 'submission.due', subject: 'GH: trade statistics for 2006-Q3 are due on 2006-11-30', body: 'Please submit them by that day.', link: '/statistics/submit', participant: 'GH', to: { participant: 'GH', roles: ['officer'] } }));
      expect(await pending(store)).toHaveLength(2);
      const config = { url: smtp.url, from: 'kpcs@kp.example.org', baseUrl: 'https://kp.example.org/' };
      const mailer = new Mailer(store.db, config, () => undefined);
      expect(await mailer.deliverPending()).toEqual({ sent: 1, failed: 0, skipped: 1 });
      expect(await mailer.deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
      await mailer.stop();
      // a new worker (a restart) finds nothing left to send
      const restarted = new Mailer(store.db, config, () => undefined);
      expect(await restarted.deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
      await restarted.stop();
      expect(smtp.received).toHaveLength(1);
      const m = smtp.received[0]!;
      expect(m.from).toBe('kpcs@kp.example.org');
      expect(m.to).toEqual(['ama@minerals.gov.gh']);
      expect(m.raw).toMatch(/^Subject: \[KPCS\] GH: trade statistics for 2006-Q3 are due on 2006-11-30$/m);
      expect(unwrapped(m.raw)).toContain('Please submit them by that day.');
      expect(unwrapped(m.raw)).toContain('https://kp.example.org/statistics/submit');
      expect(unwrapped(m.raw)).toMatch(/^Dear Ama Mensah,$/m);
      expect(unwrapped(m.raw)).toContain('Kimberley Process Certification Scheme (kpcs): this alert is also in your inbox.');
      expect(await pending(store)).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it('retries a refused mail later with backoff, then delivers it once', async () => {
    const smtp = await startSmtp({ failFirst: 1 });
    try {
      await transaction(store.db, (tx) => notify(tx, { kind: 'questionnaire', subject: 'Questionnaire on exports', body: 'Explain the jump.', to: { users: [ghUser] } }));
      const mailer = new Mailer(store.db, { url: smtp.url, from: 'kpcs@kp.example.org' }, () => undefined);
      expect(await mailer.deliverPending()).toEqual({ sent: 0, failed: 1, skipped: 0 });
      // not due again before the backoff (1 minute, by the database's clock)
      expect(await mailer.deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
      const attempt = await store.db.selectFrom('mail_attempts').select(['attempts', 'last_error', sql<number>`extract(epoch from next_attempt_at - now())::float8`.as('dueIn')]).executeTakeFirstOrThrow();
      expect(attempt.attempts).toBe(1);
      expect(attempt.last_error).toContain('mailbox busy');
      expect(attempt.dueIn).toBeGreaterThan(30);
      expect(attempt.dueIn).toBeLessThanOrEqual(60);
      // the minute passes (the row made due, as the clock would)
      await store.db.updateTable('mail_attempts').set({ next_attempt_at: sql<Date>`now() - interval '1 second'` }).execute();
      expect(await mailer.deliverPending()).toEqual({ sent: 1, failed: 0, skipped: 0 });
      await mailer.stop();
      expect(smtp.received.map((r) => r.to)).toEqual([['ama@minerals.gov.gh']]);
      expect(smtp.received[0]!.raw).toContain('Explain the jump.');
    } finally {
      await smtp.close();
    }
  });

  it('three mailers racing (three servers on one store) deliver each mail once, its Message-ID the outbox row’s', async () => {
    const smtp = await startSmtp();
    try {
      for (let i = 1; i <= 12; i++) await transaction(store.db, (tx) => notify(tx, { kind: 'questionnaire', subject: `Question ${i}`, body: `Question number ${i}.`, to: { users: [ghUser] } }));
      const ids = (await pending(store)).map((r) => r.id);
      expect(ids).toHaveLength(12);
      const config = { url: smtp.url, from: 'kpcs@kp.example.org' };
      const mailers = ['host-a:1', 'host-b:2', 'host-c:3'].map((holder) => new Mailer(store.db, config, () => undefined, holder));
      const runs = await Promise.all(mailers.map((m) => m.deliverPending()));
      await Promise.all(mailers.map((m) => m.stop()));
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(12);
      expect(runs.every((r) => r.failed === 0)).toBe(true);
      expect(smtp.received).toHaveLength(12);
      const messageIds = smtp.received.map((m) => /^Message-ID: <([^>]+)>/im.exec(m.raw)?.[1]);
      expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `${id}@kpcs`)));
      expect(await pending(store)).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it('a mail claimed by a process that died mid-send goes out once its claim has expired, and the dead claim cannot mark it', async () => {
    const { claimMail, markClaimedProcessed } = await import('./store.js');
    const smtp = await startSmtp();
    try {
      await transaction(store.db, (tx) => notify(tx, { kind: 'questionnaire', subject: 'Claimed', body: 'Claimed by a process that died.', to: { users: [ghUser] } }));
      const claimed = await transaction(store.db, (tx) => claimMail(tx, 'dead-host:9', 5 * 60_000));
      expect(claimed).toBeDefined();
      const mailer = new Mailer(store.db, { url: smtp.url, from: 'kpcs@kp.example.org' }, () => undefined, 'live-host:1');
      // still claimed: not sent
      expect(await mailer.deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
      // a mailer in a process whose clock runs an hour ahead does not see the claim as expired: claims
      // are judged by the database's clock (PostgreSQL's; PGlite runs in the process, on its clock, and
      // is one process anyway)
      if (engine === 'postgres') {
        vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3600_000 });
        const skewed = new Mailer(store.db, { url: smtp.url, from: 'kpcs@kp.example.org' }, () => undefined, 'skewed-host:2');
        try {
          expect(await skewed.deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
          await skewed.stop();
        } finally {
          vi.useRealTimers();
        }
      }
      // the claim expired (its time moved into the past, as the database's clock would): sent, once
      await store.db.updateTable('outbox').set({ claimed_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', claimed!.id).execute();
      expect(await mailer.deliverPending()).toEqual({ sent: 1, failed: 0, skipped: 0 });
      await mailer.stop();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.raw).toContain(`${claimed!.id}@kpcs`);
      // the process that died comes back: its claim is not its any more
      expect(await transaction(store.db, (tx) => markClaimedProcessed(tx, claimed!.id, 'dead-host:9'))).toBe(false);
    } finally {
      await smtp.close();
    }
  });

  it('sends nothing while SMTP is not configured: the mails wait in the outbox', async () => {
    const smtp = await startSmtp();
    try {
      await transaction(store.db, (tx) => notify(tx, { kind: 'questionnaire', subject: 'Waiting', body: 'x', to: { users: [ghUser] } }));
      const { startNotificationWorkers } = await import('./workers.js');
      const saved = process.env.KPCS_SMTP_URL;
      delete process.env.KPCS_SMTP_URL;
      const workers = startNotificationWorkers(store.db, () => undefined);
      expect(workers.mailing).toBe(false);
      await workers.stop();
      if (saved !== undefined) process.env.KPCS_SMTP_URL = saved;
      expect(await pending(store)).toHaveLength(1);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
