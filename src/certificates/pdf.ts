// The printable certificate: title, the KPCS statement, every field of the document, the QR code of the
// verify address, English beside the issuing Participant's language (en fr pt es ru).
// Fonts: DejaVu Sans (Latin and Cyrillic) when the system has it; else the PDF standard Helvetica, which
// has no Cyrillic — Russian labels are then left out rather than printed as garbage (English stays).
import { existsSync } from 'node:fs';
// pdfkit and qrcode are loaded on first use, so that every other kpcs verb starts faster
import { HS_CODES, type SignedCertificate } from './model.js';
import { pdfRows, type Words } from './fields.js';

export const PDF_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ru'] as const;
export type Language = (typeof PDF_LANGUAGES)[number];

const LABELS = {
  en: {
    title: 'Kimberley Process Certificate',
    statement: 'The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley Process Certification Scheme for rough diamonds.',
    number: 'Certificate number', issuedAt: 'Date of issue', expiresAt: 'Date of expiry', issuer: 'Issuing authority', countryOfExport: 'Country of export',
    exporter: 'Exporter', importer: 'Importer',
    goods: 'HS code, carat weight, value', carats: 'Carat weight', valueUsd: 'Value (US$)', totals: 'Total',
    validation: 'Validated by the exporting authority', log: 'Public log position', verify: 'Verify at', cancelled: 'CANCELLED', code: 'Verification code',
    hs: { '7102.10': 'unsorted', '7102.21': 'industrial', '7102.31': 'non-industrial' },
  },
  fr: {
    title: 'Certificat du Processus de Kimberley',
    statement: "Les diamants bruts de cette expédition ont été traités conformément aux dispositions du Système de certification du Processus de Kimberley pour les diamants bruts.",
    number: 'Numéro du certificat', issuedAt: 'Date de délivrance', expiresAt: "Date d'expiration", issuer: 'Autorité de délivrance', countryOfExport: "Pays d'exportation",
    exporter: 'Exportateur', importer: 'Importateur',
    goods: 'Code SH, poids en carats, valeur', carats: 'Poids en carats', valueUsd: 'Valeur (USD)', totals: 'Total',
    validation: "Validé par l'autorité exportatrice", log: 'Position dans le registre public', verify: 'Vérifier sur', cancelled: 'ANNULÉ', code: 'Code de vérification',
    hs: { '7102.10': 'non triés', '7102.21': 'industriels', '7102.31': 'non industriels' },
  },
  pt: {
    title: 'Certificado do Processo de Kimberley',
    statement: 'Os diamantes em bruto desta remessa foram tratados em conformidade com as disposições do Sistema de Certificação do Processo de Kimberley para diamantes em bruto.',
    number: 'Número do certificado', issuedAt: 'Data de emissão', expiresAt: 'Data de validade', issuer: 'Autoridade emissora', countryOfExport: 'País de exportação',
    exporter: 'Exportador', importer: 'Importador',
    goods: 'Código SH, peso em quilates, valor', carats: 'Peso em quilates', valueUsd: 'Valor (USD)', totals: 'Total',
    validation: 'Validado pela autoridade exportadora', log: 'Posição no registo público', verify: 'Verificar em', cancelled: 'ANULADO', code: 'Código de verificação',
    hs: { '7102.10': 'não selecionados', '7102.21': 'industriais', '7102.31': 'não industriais' },
  },
  es: {
    title: 'Certificado del Proceso de Kimberley',
    statement: 'Los diamantes en bruto de este envío han sido tratados de conformidad con las disposiciones del Sistema de Certificación del Proceso de Kimberley para los diamantes en bruto.',
    number: 'Número del certificado', issuedAt: 'Fecha de expedición', expiresAt: 'Fecha de vencimiento', issuer: 'Autoridad expedidora', countryOfExport: 'País de exportación',
    exporter: 'Exportador', importer: 'Importador',
    goods: 'Código SA, peso en quilates, valor', carats: 'Peso en quilates', valueUsd: 'Valor (USD)', totals: 'Total',
    validation: 'Validado por la autoridad exportadora', log: 'Posición en el registro público', verify: 'Verificar en', cancelled: 'ANULADO', code: 'Código de verificación',
    hs: { '7102.10': 'sin clasificar', '7102.21': 'industriales', '7102.31': 'no industriales' },
  },
  ru: {
    title: 'Сертификат Кимберлийского процесса',
    statement: 'Необработанные алмазы в данной партии обращались в соответствии с положениями Системы сертификации Кимберлийского процесса для необработанных алмазов.',
    number: 'Номер сертификата', issuedAt: 'Дата выдачи', expiresAt: 'Срок действия до', issuer: 'Выдавший орган', countryOfExport: 'Страна экспорта',
    exporter: 'Экспортер', importer: 'Импортер',
    goods: 'Код ТН ВЭД, вес в каратах, стоимость', carats: 'Вес в каратах', valueUsd: 'Стоимость (долл. США)', totals: 'Итого',
    validation: 'Заверено органом страны-экспортера', log: 'Позиция в открытом реестре', verify: 'Проверить на', cancelled: 'АННУЛИРОВАН', code: 'Код проверки',
    hs: { '7102.10': 'несортированные', '7102.21': 'технические', '7102.31': 'нетехнические' },
  },
} as const satisfies Record<Language, Record<string, unknown>>;

export const PDF_LABELS = LABELS;

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = { regular: `${FONT_DIR}/DejaVuSans.ttf`, bold: `${FONT_DIR}/DejaVuSans-Bold.ttf` };

export interface PdfOptions {
  /** the address the QR code carries (with the verification code when there is one) */
  verifyUrl: string;
  /** the certificate's verification code, printed beside the QR code; never in the signed document */
  verificationCode?: string;
  language: Language;
  cancelled?: boolean;
}

const money = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const day = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export async function renderPdf(doc: SignedCertificate, opts: PdfOptions): Promise<Buffer> {
  const unicode = existsSync(FONTS.regular) && existsSync(FONTS.bold);
  // without a Cyrillic font, Russian is left out (English is always there)
  const lang: Language = !unicode && opts.language === 'ru' ? 'en' : opts.language;
  const en = LABELS.en;
  const local = lang === 'en' ? undefined : LABELS[lang];
  const [{ default: PDFDocument }, { default: QRCode }] = await Promise.all([import('pdfkit'), import('qrcode')]);
  const qr = await QRCode.toBuffer(opts.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });

  const pdf = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${en.title} ${doc.number}`, Author: doc.issuer.name, Subject: doc.number } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  if (unicode) {
    pdf.registerFont('regular', FONTS.regular);
    pdf.registerFont('bold', FONTS.bold);
  } else {
    pdf.registerFont('regular', 'Helvetica');
    pdf.registerFont('bold', 'Helvetica-Bold');
  }
  const left = 40;
  const width = pdf.page.width - 80;
  const grey = '#555555';

  // header: titles, number, QR code
  pdf.image(qr, left + width - 100, 36, { width: 100 });
  pdf.font('bold').fontSize(20).fillColor('#0b3d5c').text(en.title, left, 44, { width: width - 120 });
  if (local) pdf.font('regular').fontSize(14).fillColor(grey).text(local.title, { width: width - 120 });
  pdf.moveDown(0.4).font('bold').fontSize(14).fillColor('black').text(doc.number, { width: width - 120 });
  if (opts.verificationCode) {
    // beside the QR code: what the holder types on the verify page to see more than the verdict
    pdf.font('regular').fontSize(6.5).fillColor(grey).text(`${en.code}${local ? ` / ${local.code}` : ''}`, left + width - 220, 104, { width: 112, align: 'right' });
    pdf.font('bold').fontSize(11).fillColor('black').text(opts.verificationCode, left + width - 220, 118, { width: 112, align: 'right' });
  }
  pdf.font('regular').fontSize(7).fillColor(grey).text(`${en.verify}${local ? ` / ${local.verify}` : ''}: ${opts.verifyUrl}`, left, 140, { width });
  pdf.moveTo(left, 156).lineTo(left + width, 156).strokeColor('#0b3d5c').lineWidth(1.5).stroke();

  pdf.y = 164;
  pdf.font('regular').fontSize(9).fillColor('black').text(en.statement, left, pdf.y, { width });
  if (local) pdf.fontSize(9).fillColor(grey).text(local.statement, { width });
  pdf.moveDown(0.6);

  const labelWidth = 190;
  // the request's simple fields (fields.ts) bring their own labels
  const labelled = (label: Words, value: string) => {
    const y = pdf.y;
    pdf.font('bold').fontSize(9).fillColor('black').text(label.en, left, y, { width: labelWidth });
    if (local) pdf.font('regular').fontSize(8).fillColor(grey).text(label[lang], left, pdf.y, { width: labelWidth });
    const afterLabel = pdf.y;
    pdf.font('regular').fontSize(9).fillColor('black').text(value, left + labelWidth + 10, y, { width: width - labelWidth - 10 });
    pdf.y = Math.max(afterLabel, pdf.y) + 5;
    pdf.moveTo(left, pdf.y - 2).lineTo(left + width, pdf.y - 2).strokeColor('#dddddd').lineWidth(0.5).stroke();
  };
  const row = (key: Exclude<keyof typeof en, 'hs'>, value: string) => labelled({ en: en[key], fr: LABELS.fr[key], pt: LABELS.pt[key], es: LABELS.es[key], ru: LABELS.ru[key] }, value);
  const party = (p: { name: string; address: string; country: string }) => `${p.name}\n${p.address}\n${p.country}`;
  const both = (w: Words) => `${w.en}${local ? ` / ${w[lang]}` : ''}`;

  // the rows are drawn in order: the simple fields' each after its anchor (origin and provenance after the importer, parcels after the goods and totals)
  const rows = pdfRows<() => void>(
    {
      number: () => row('number', doc.number),
      issuedAt: () => row('issuedAt', day(doc.issuedAt)),
      expiresAt: () => row('expiresAt', day(doc.expiresAt)),
      issuer: () => row('issuer', [doc.issuer.authority, `${doc.issuer.name} (${doc.issuer.participant})`].filter(Boolean).join('\n')),
      countryOfExport: () => row('countryOfExport', doc.issuer.countryOfExport),
      exporter: () => row('exporter', party(doc.exporter)),
      importer: () => row('importer', party(doc.importer)),
      goods: () => {
        row('goods', doc.goods.map((g) => `${g.hsCode} (${en.hs[g.hsCode]}${local ? ` / ${local.hs[g.hsCode]}` : ''}): ${money(g.carats)} ct, US$ ${money(g.valueUsd)}`).join('\n'));
        row('totals', `${money(doc.totals.carats)} ct, US$ ${money(doc.totals.valueUsd)}`);
      },
    },
    doc as unknown as Record<string, unknown>,
    (label, value) => () => labelled(label, value),
    both,
  );
  for (const r of rows) r();
  row('validation', `Ed25519, key ${doc.issuer.keyId}\n${doc.signature.value}`);
  row('log', `${doc.transparency.leafIndex} / ${doc.transparency.treeSize}, root ${doc.transparency.rootHash}`);

  if (opts.cancelled) {
    pdf.save().rotate(-30, { origin: [pdf.page.width / 2, pdf.page.height / 2] });
    pdf.font('bold').fontSize(72).fillColor('#c0392b', 0.35).text(`${en.cancelled}`, 0, pdf.page.height / 2 - 40, { width: pdf.page.width, align: 'center' });
    pdf.restore();
  }
  // keep HS_CODES referenced for the scope note at the foot
  pdf.font('regular').fontSize(7).fillColor(grey).text(`HS ${Object.keys(HS_CODES).join(', ')} — rough diamonds. This document is verified by its signature and the public log; the paper alone proves nothing.`, left, pdf.page.height - 60, { width, lineBreak: true });
  pdf.end();
  return done;
}
