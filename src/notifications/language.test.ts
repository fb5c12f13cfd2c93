// An alert reaches each recipient in the language they read (their setting, else English): the same
// discrepancy, raised by its real workflow, is written in French for a French reader, in Russian for a
// Russian one and in English for one who chose no language — countries by name, figures as each
// language writes them — and the e-mail of each says its greeting and footer in that language too. The
// batched path (notifyMany: a sweep's alert to a Participant's officers) renders per reader as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshStore } from '../../test/support/store.js';
import { startSmtp } from '../../test/support/smtp.js';
import type { Store } from '../db/store.js';
import { localOperator, SYSTEM, type Actor } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { transaction } from '../db/transaction.js';
import * as statistics from '../statistics/service.js';
import * as reconciliation from '../statistics/reconciliation.js';
import { differenceMessage, unconfirmedAlert } from '../certificates/alerts.js';
import { Mailer } from './mailer.js';
import { mailOf } from './model.js';
import { notifyMany } from './service.js';
import * as service from './service.js';

const ADMIN = localOperator();
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

/** The decoded subject and text of a raw single-part mail (quoted-printable or base64, as nodemailer chose). */
function decode(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_w, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(unfolded)?.[1]?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

describe.each(engines)('alerts in the reader’s language on %s', (engine) => {
  let store: Store;
  const actor: Record<string, Actor> = {};
  const box = async (key: string, kind: string) => (await service.inbox(store.db, actor[key]!, { kind })).notifications;
  beforeAll(async () => {
    store = await freshStore(engine);
    const cast = [
      ['fr', 'BW', 'Claire Dubois', 'fr'],
      ['ru', 'BW', 'Анна Петрова', 'ru'],
      ['en', 'BW', 'Neo Molefe', null],
      ['za', 'ZA', 'Thabo Nkosi', 'pt'],
    ] as const;
    for (const [key, member, name, language] of cast) {
      const u = await auth.createUser(store.db, SYSTEM, { name, login: `${key}.officer`, member, roles: ['officer'], email: `${key}.officer@kp.example.org` });
      actor[key] = await auth.actorFromToken(store.db, (await auth.issueToken(store.db, SYSTEM, u.id)).token);
      // each sets their language as the web app does (the user's own setting, audited)
      if (language) await auth.setOwnLanguage(store.db, actor[key]!, language);
    }
    actor.wgs = await auth.actorFromToken(store.db, (await auth.issueToken(store.db, SYSTEM, (await auth.createUser(store.db, SYSTEM, { name: 'WGS member', member: 'CA', roles: ['wg-member'], groups: ['WGS'] })).id)).token);
    await statistics.importFile(store.db, ADMIN, 'trade', 'csv', csv(['reporter,period,flow,partner,hs_code,carats,value_usd,certificates', 'ZA,2006-Q3,export,BW,7102.10,1234.5,200000,1', 'BW,2006-Q3,import,ZA,7102.10,1500,150000,1']), { source: 'test' });
    await reconciliation.open(store.db, actor.wgs!, { exporter: 'ZA', importer: 'BW', period: '2006-Q3' });
  });
  afterAll(() => store.close());

  it('the same discrepancy reaches a French, a Russian and an English reader each in their language', async () => {
    const [fr] = await box('fr', 'discrepancy.assigned');
    const [ru] = await box('ru', 'discrepancy.assigned');
    const [en] = await box('en', 'discrepancy.assigned');
    const [pt] = await box('za', 'discrepancy.assigned');
    // French: countries by their French names, figures with a comma and grouped thousands
    expect(fr!.subject).toBe('Écart ouvert : Afrique du Sud → Botswana, 2006-Q3');
    expect(fr!.body).toMatch(/^Le groupe de travail sur les statistiques a ouvert un écart/);
    expect(fr!.body).toMatch(/exportations de 1\s234,50 ct/u);
    expect(fr!.body).toMatch(/importations de 1\s500,00 ct/u);
    // Russian: Cyrillic names, no Latin word but the unit codes' absence (ct is written кар.)
    expect(ru!.subject).toMatch(/^Открыто расхождение: ЮАР → Ботсвана, 2006-Q3$/);
    expect(ru!.body).toMatch(/1\s234,50 кар\./u);
    expect(ru!.body.replace(/2006-Q3/g, '')).not.toMatch(/[A-Za-z]/);
    // no language chosen: English, countries by their English names, figures as English writes them
    expect(en!.subject).toBe('Discrepancy opened: South Africa → Botswana, 2006-Q3');
    expect(en!.body).toContain('South Africa reported exports of 1,234.50 ct, Botswana imports of 1,500.00 ct');
    // the other side's officer reads Portuguese
    expect(pt!.subject).toBe('Divergência aberta: África do Sul → Botsuana, 2006-Q3');
    // the working group's member chose no language: English
    expect((await box('wgs', 'discrepancy.assigned'))[0]!.subject).toBe(en!.subject);
    // the same alert: one kind, link and data for all
    expect(new Set([fr, ru, en].map((n) => `${n!.kind} ${n!.link} ${n!.participant}`)).size).toBe(1);
  });

  it('the stored text is each recipient’s: a later change of language does not rewrite it', async () => {
    const before = (await box('fr', 'discrepancy.assigned'))[0]!.subject;
    await auth.setOwnLanguage(store.db, actor.fr!, 'es');
    expect((await box('fr', 'discrepancy.assigned'))[0]!.subject).toBe(before);
    await auth.setOwnLanguage(store.db, actor.fr!, 'fr');
  });

  it('a batched alert (notifyMany) is rendered per reader too: days and country names in each language', async () => {
    const alert = unconfirmedAlert('importer', 'BW', [{ number: 'ZA-2006-000123', issuer: 'ZA', importer: 'BW', expiresAt: '2006-09-01T00:00:00.000Z' }], 30);
    expect(await transaction(store.db, (tx) => notifyMany(tx, [alert]))).toEqual([3]);
    const [fr] = await box('fr', 'certificate.unconfirmed');
    const [ru] = await box('ru', 'certificate.unconfirmed');
    const [en] = await box('en', 'certificate.unconfirmed');
    expect(fr!.subject).toBe('ZA-2006-000123 n’est toujours pas confirmé 30 jours après son expiration');
    expect(fr!.body).toContain('ZA-2006-000123 (émetteur : Afrique du Sud, expiré le 1 septembre 2006)');
    expect(ru!.body).toContain('ZA-2006-000123 (выдан: ЮАР; срок истёк 1 сентября 2006 г.)');
    expect(en!.body).toContain('ZA-2006-000123 (from South Africa, expired 1 September 2006)');
  });

  it('the e-mail of each says its greeting and footer in the reader’s language', async () => {
    const smtp = await startSmtp();
    try {
      const mailer = new Mailer(store.db, { url: smtp.url, from: 'kpcs@kp.example.org', baseUrl: 'https://kp.example.org/' }, () => undefined);
      await mailer.deliverPending();
      await mailer.stop();
    } finally {
      await smtp.close();
    }
    const mails = smtp.received.map(decode);
    const to = (name: string) => mails.filter((m) => m.text.includes(name));
    const fr = to('Claire Dubois').find((m) => m.subject.includes('Écart ouvert'))!;
    expect(fr.subject).toBe('[KPCS] Écart ouvert : Afrique du Sud → Botswana, 2006-Q3');
    expect(fr.text).toMatch(/^Bonjour Claire Dubois,\n/);
    expect(fr.text).toContain('https://kp.example.org/statistics/submit');
    expect(fr.text).toMatch(/cette alerte figure aussi dans votre boîte de réception\.\n?$/);
    const ru = to('Анна Петрова').find((m) => m.subject.includes('Открыто расхождение'))!;
    expect(ru.text).toMatch(/^Здравствуйте, Анна Петрова!\n/);
    expect(ru.text).toContain('Система сертификации Кимберлийского процесса: это оповещение есть и в вашем почтовом ящике на платформе.');
    const en = to('Neo Molefe').find((m) => m.subject.includes('Discrepancy opened'))!;
    expect(en.text).toMatch(/^Dear Neo Molefe,\n/);
    expect(en.text).toContain('Kimberley Process Certification Scheme (kpcs): this alert is also in your inbox.');
  });

  it('mailOf writes the footer in the language given, English by default', () => {
    const n = { subject: 's', body: 'b', link: null };
    expect(mailOf(n, undefined).text).toContain('this alert is also in your inbox');
    expect(mailOf(n, undefined, 'es').text).toContain('esta alerta figura también en su bandeja de entrada');
    expect(mailOf(n, undefined, 'pt').text).toContain('este alerta está também na sua caixa de entrada');
  });
});

describe('a mismatch’s differences', () => {
  it('are said in the reader’s language, figures as it writes them', () => {
    const carats = differenceMessage({ field: 'carats', stated: 1200.5, received: 1100 });
    expect(carats.render('en')).toBe('1,100 carats received, the certificate states 1,200.5');
    expect(carats.render('fr')).toMatch(/^1\s100 carats reçus, le certificat en indique 1\s200,5$/u);
    expect(carats.render('ru')).toMatch(/^получено карат: 1\s100, в сертификате: 1\s200,5$/u);
    const line = differenceMessage({ field: 'line.missing', hsCode: '7102.31', stated: 200.5, received: null });
    expect(line.render('es')).toBe('SA 7102.31: el certificado indica 200,5 quilates, no se recibió ninguno con ese código');
    expect(differenceMessage({ field: 'seals', stated: true, received: false }).render('pt')).toBe('os selos não estavam intactos à chegada');
  });
});
