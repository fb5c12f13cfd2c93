// Number formats the domain pages share: carats and US$ to two decimals (as the interchange formats
// keep them), US$ per carat, in the language of the page. Columns say their unit in the header.
import { useMemo } from 'react';
import { useI18n } from '../i18n';

export interface Formats {
  carats(n: number): string;
  usd(n: number): string;
  /** large US$ amounts without cents */
  usdWhole(n: number): string;
  /** a US$ amount standing alone, with the currency's code (USD), without cents */
  money(n: number): string;
  perCarat(n: number | null): string;
  integer(n: number): string;
  percent(n: number): string;
}

export function useFormats(): Formats {
  const { lang } = useI18n();
  return useMemo(() => {
    const two = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // amounts in columns headed "US$" are plain numbers; "$" alone would be ambiguous in some languages
    const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', currencyDisplay: 'code', maximumFractionDigits: 0 });
    const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    return {
      carats: (n) => two.format(n),
      usd: (n) => two.format(n),
      usdWhole: (n) => integer.format(n),
      money: (n) => money.format(n),
      perCarat: (n) => (n === null ? '—' : two.format(n)),
      integer: (n) => integer.format(n),
      percent: (n) => percent.format(n),
    };
  }, [lang]);
}

/** The server's error paths as form fields: "body/goods/0/carats" and "goods[0].carats" both become "goods.0.carats". */
export function fieldPath(path: string | undefined): string {
  if (!path) return '';
  return path
    .replace(/^body\/?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\./, '');
}

/** Groups error details by field path; details that name no field are returned under ''. */
export function errorsByField(details: readonly { path?: string; message: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of details) {
    const key = fieldPath(d.path);
    out.set(key, [...(out.get(key) ?? []), d.message]);
  }
  return out;
}

/** Saves text as a file in the browser. */
export function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
