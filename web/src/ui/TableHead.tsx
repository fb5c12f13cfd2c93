// A data table's header row: each column's label, numbers' columns aligned right (className "num"),
// an empty label for a column of buttons. One declaration for the tables that share columns.
import type { I18n } from '../i18n';

export interface Column {
  label?: string;
  num?: boolean;
}

export function TableHead({ columns }: { columns: readonly (string | Column)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          const { label, num } = typeof c === 'string' ? { label: c, num: false } : c;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a header's columns never move
            <th key={i} scope="col" className={num ? 'num' : undefined}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** The columns of a certificate's goods: HS code, carats, value. */
export const goodsColumns = (t: I18n['t']) => [t('cert.hsCode'), t('cert.carats'), t('cert.valueUsd')];
