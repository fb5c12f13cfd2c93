// Plurals in messages, by the language's own rules (Intl.PluralRules): a message says
// "{n, plural, one {# parcel} other {# parcels}}" and the count chooses the form — Russian has
// one/few/many ("1 посылка", "2 посылки", "5 посылок"), French counts 0 and 1 as one. `#` is the count
// in the language's number format; `=0 {…}` picks an exact count first. The count must be a number.
export type Vars = Record<string, string | number>;

const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const OPTION = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function interpolate(message: string, vars?: Vars, lang = 'en'): string {
  if (!vars) return message;
  const plural = message.includes(', plural,')
    ? message.replace(PLURAL, (whole, name: string, options: string) => {
        const n = vars[name];
        if (typeof n !== 'number') return whole;
        const forms = new Map([...options.matchAll(OPTION)].map((m) => [m[1]!, m[2]!]));
        const form = forms.get(`=${n}`) ?? forms.get(new Intl.PluralRules(lang).select(n)) ?? forms.get('other') ?? '';
        return form.replace(/#/g, new Intl.NumberFormat(lang).format(n));
      })
    : message;
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
