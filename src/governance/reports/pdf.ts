// A report rendered to PDF with pdfkit: title, date, one bookmarked heading per section, paragraphs,
// headline figures and tables that break across pages. The DejaVu fonts come with the
// dejavu-fonts-ttf package, so Cyrillic (and every Latin accent) renders on any machine.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// pdfkit is loaded on first use, so that every other kpcs verb starts faster
import { t } from './catalogue.js';
import { quoted, type Block, type Cell, type Report, type ReportLanguage } from './model.js';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = { regular: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'), oblique: join(FONT_DIR, 'DejaVuSans-Oblique.ttf') };

const BLUE = '#0b3d5c';
const GREY = '#555555';
const MARGIN = 50;

export async function renderPdf(report: Report): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, lang: report.lang, displayTitle: true, info: { Title: report.title, Author: t(report.lang, 'scheme'), Subject: report.subtitle } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', FONTS.regular);
  pdf.registerFont('bold', FONTS.bold);
  pdf.registerFont('oblique', FONTS.oblique);
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = () => pdf.page.height - MARGIN - 20;
  const room = (h: number) => {
    if (pdf.y + h > bottom()) pdf.addPage();
  };

  pdf.font('bold').fontSize(18).fillColor(BLUE).text(report.title, { width });
  pdf.moveDown(0.3).font('regular').fontSize(9).fillColor(GREY).text(report.subtitle, { width });
  pdf.moveDown(1);

  report.sections.forEach((section, i) => {
    room(60);
    pdf.outline.addItem(section.heading);
    pdf.font('bold').fontSize(13).fillColor(BLUE).text(`${i + 1}. ${section.heading}`, MARGIN, pdf.y, { width });
    pdf.moveDown(0.4);
    for (const block of section.blocks) renderBlock(pdf, block, report.lang, width, room);
    pdf.moveDown(0.6);
  });

  // page numbers
  const range = pdf.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    pdf.switchToPage(p);
    // the footer sits in the bottom margin: without this pdfkit would start a new page for it
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('regular').fontSize(8).fillColor(GREY).text(`${report.title} — ${p + 1}/${range.count}`, MARGIN, pdf.page.height - MARGIN, { width, align: 'center', lineBreak: false, height: 10 });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  return done;
}

/** A cell as printed: a quotation in the language's quotation marks, followed by its source. */
const cellText = (c: Cell, lang: ReportLanguage) => (typeof c === 'string' ? c : `${quoted(lang, c.quote)} — ${c.source}`);

function renderBlock(pdf: PDFKit.PDFDocument, block: Block, lang: ReportLanguage, width: number, room: (h: number) => void): void {
  if (block.type === 'quote') {
    // set apart: indented, oblique, in the language's quotation marks, its source under it
    const indent = 24;
    const text = quoted(lang, block.text);
    pdf.font('oblique').fontSize(9.5).fillColor('#333333');
    room(pdf.heightOfString(text, { width: width - 2 * indent }) + 14);
    pdf.text(text, MARGIN + indent, pdf.y, { width: width - 2 * indent });
    pdf.font('regular').fontSize(8.5).fillColor(GREY).text(`— ${block.source}`, MARGIN + indent, pdf.y, { width: width - 2 * indent, align: 'right' });
    pdf.moveDown(0.5);
    return;
  }
  if (block.type === 'paragraph') {
    pdf.font('regular').fontSize(10).fillColor('black');
    room(pdf.heightOfString(block.text, { width }));
    pdf.text(block.text, MARGIN, pdf.y, { width, align: 'justify' });
    pdf.moveDown(0.5);
    return;
  }
  if (block.type === 'figures') {
    const labelWidth = width * 0.35;
    for (const item of block.items) {
      pdf.font('regular').fontSize(10);
      const h = Math.max(pdf.heightOfString(item.label, { width: labelWidth }), pdf.heightOfString(item.value, { width: width - labelWidth }));
      room(h + 2);
      const y = pdf.y;
      pdf.fillColor(GREY).text(item.label, MARGIN, y, { width: labelWidth });
      pdf.font('bold').fillColor('black').text(item.value, MARGIN + labelWidth, y, { width: width - labelWidth });
      pdf.y = y + h + 2;
    }
    pdf.moveDown(0.5);
    return;
  }
  // table: the first column and any long-text column get more room
  const n = block.columns.length;
  const weight = block.columns.map((_, c) => {
    const longest = Math.max(...block.rows.map((r) => cellText(r[c] ?? '', lang).length), block.columns[c]!.label.length);
    return Math.min(Math.max(longest, 6), 60);
  });
  const pad = 3;
  // every column at least as wide as its longest word (a header or a cell), so no word is cut; the
  // room left goes to the columns by their weight
  const longestWord = (text: string, font: 'regular' | 'bold') => {
    pdf.font(font).fontSize(8.5);
    return Math.max(0, ...text.split(/\s+/).map((w) => pdf.widthOfString(w)));
  };
  const least = block.columns.map((col, c) => Math.max(longestWord(col.label, 'bold'), ...block.rows.map((r) => longestWord(cellText(r[c] ?? '', lang), 'regular'))) + 2 * pad + 1);
  const leastTotal = least.reduce((a, b) => a + b, 0);
  const total = weight.reduce((a, b) => a + b, 0);
  const widths = leastTotal >= width ? least.map((w) => (w / leastTotal) * width) : least.map((w, c) => w + ((width - leastTotal) * weight[c]!) / total);
  const xs = widths.map((_, c) => MARGIN + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const h = Math.max(...cells.map((cell, c) => pdf.heightOfString(cell, { width: widths[c]! - 2 * pad }))) + 2 * pad;
    if (pdf.y + h > pdf.page.height - MARGIN - 20) {
      pdf.addPage();
      if (!bold) drawRow(block.columns.map((col) => col.label), true);
    }
    const y = pdf.y;
    if (bold) pdf.rect(MARGIN, y, width, h).fill('#e8eef3');
    cells.forEach((cell, c) => {
      pdf.fillColor('black').font(bold ? 'bold' : 'regular').fontSize(8.5).text(cell, xs[c]! + pad, y + pad, { width: widths[c]! - 2 * pad, align: block.columns[c]!.align === 'right' ? 'right' : 'left' });
    });
    pdf.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
    pdf.y = y + h;
  };
  if (block.caption) {
    pdf.font('bold').fontSize(9.5).fillColor(GREY);
    room(40);
    pdf.text(block.caption, MARGIN, pdf.y, { width });
    pdf.moveDown(0.2);
  }
  if (n === 0) return;
  drawRow(block.columns.map((col) => col.label), true);
  for (const row of block.rows) drawRow(block.columns.map((_, c) => cellText(row[c] ?? '', lang)), false);
  pdf.moveDown(0.8);
}
