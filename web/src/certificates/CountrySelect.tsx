// A country chooser: every ISO 3166-1 country by its name in the page's language, with its code.
import { useMemo, type SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n';
import { allCountryCodes } from '../i18n/countries';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & { extra?: { value: string; label: string }[]; placeholder?: string };

export function CountrySelect({ extra = [], placeholder, ...rest }: Props) {
  const i18n = useI18n();
  const options = useMemo(
    () =>
      allCountryCodes()
        .map((code) => ({ code, name: i18n.country(code) }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.lang)),
    [i18n],
  );
  return (
    <select {...rest}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {extra.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name} ({o.code})
        </option>
      ))}
    </select>
  );
}
