import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_LABELS, renderPdf, type Language } from './pdf.js';
import { certificateFixture } from '../../test/support/certificates.js';

const { signed } = certificateFixture;

describe('the printable certificate', () => {
  it('has every label in the five plenary languages', () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const lang of Object.keys(PDF_LABELS) as Language[]) {
      expect(keys(PDF_LABELS[lang])).toEqual(keys(PDF_LABELS.en));
      expect(keys(PDF_LABELS[lang].hs)).toEqual(keys(PDF_LABELS.en.hs));
      for (const value of Object.values(PDF_LABELS[lang])) if (typeof value === 'string') expect(value.trim()).not.toBe('');
    }
    expect(PDF_LABELS.en.title).toBe('Kimberley Process Certificate');
  });

  it('renders a one-page PDF with a Unicode font for Russian, and cancelled ones marked', async () => {
    for (const language of ['en', 'fr', 'ru'] as const) {
      const pdf = await renderPdf(signed(), { verifyUrl: 'https://kpcs.example.org/verify/ZA-2006-000123', language, cancelled: language === 'fr' });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
      expect(text).toContain('Kimberley Process Certificate ZA-2006-000123'); // the document title
      if (existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    }
  });
});
