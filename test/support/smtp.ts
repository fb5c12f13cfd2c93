// A mail server on 127.0.0.1 (any free port) that keeps every message it is given, raw, for the tests
// of the alerts' e-mails: `url` is what a Mailer (or KPCS_SMTP_URL) is pointed at.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Smtp {
  /** each message received, as sent (headers and body) */
  received: string[];
  url: string;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<Smtp> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}
